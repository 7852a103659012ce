import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import './photo-review.scss'

interface ReviewActionsProps {
  busy: boolean
  onPass: () => void
  onReject: () => void
  /** The keys that do the same (desk). */
  showKeys: boolean
  /** 通过 3 张 when several are ticked. */
  count?: number
  /** Desk: what each decision changes, under its button. */
  effects?: { ifPassed: string; ifFailed: string }
}

/** 不通过 (asks for the reason) and 通过. */
export function ReviewActions({ busy, onPass, onReject, showKeys, count, effects }: ReviewActionsProps) {
  const many = count && count > 1 ? ` ${count} 张` : ''
  return (
    <View className={`review-actions${effects ? ' review-actions--explained' : ''}`}>
      <View className='review-actions__side'>
        <Button className='review-actions__reject review-reject' type='danger' fill='outline' block disabled={busy} onClick={onReject}>
          不通过{many}
          {showKeys ? <Text className='review-actions__key'>（R）</Text> : null}
        </Button>
        {effects ? <Text className='review-actions__effect review-effect-fail'>{effects.ifFailed}</Text> : null}
      </View>
      <View className='review-actions__side'>
        <Button className='review-actions__pass review-pass' type='success' block disabled={busy} onClick={onPass}>
          通过{many}
          {showKeys ? <Text className='review-actions__key'>（A）</Text> : null}
        </Button>
        {effects ? <Text className='review-actions__effect review-effect-pass'>{effects.ifPassed}</Text> : null}
      </View>
    </View>
  )
}
