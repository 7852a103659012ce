import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import './state-view.scss'

interface StateViewProps {
  kind: 'empty' | 'error'
  title: string
  description?: string
  /** Shown as a button when given (e.g. 重新加载). */
  actionText?: string
  onAction?: () => void
}

/** Empty and error states, drawn locally (NutUI's Empty loads its pictures from a CDN). */
export function StateView({ kind, title, description, actionText, onAction }: StateViewProps) {
  return (
    <View className={`state-view state-view--${kind}`}>
      <View className='state-view__icon'>
        <Text className='state-view__glyph'>{kind === 'error' ? '!' : '∅'}</Text>
      </View>
      <Text className='state-view__title'>{title}</Text>
      {description ? <Text className='state-view__description'>{description}</Text> : null}
      {actionText && onAction ? (
        <Button className='state-view__action' type='primary' fill='outline' size='small' onClick={onAction}>
          {actionText}
        </Button>
      ) : null}
    </View>
  )
}
