import { TextArea } from '@nutui/nutui-react-taro'
import { Image, Text, View } from '@tarojs/components'
import type { TStatsPicture } from '../../../../types/api/weekly-stats'
import { MAX_BODY_LENGTH, MAX_PICTURES } from '../../../../types/weekly-stats'
import { ProgressBar } from '../../../shared/ui/progress-bar'
import { PENDING_STAGE_TEXT, type PendingPicture } from '../../../shared/use-picture-uploads'
import './weekly-stats.scss'

interface NewsSectionProps {
  kind: 'weekly_stats' | 'summary'
  body: string
  editable: boolean
  pictures: TStatsPicture[]
  pending: PendingPicture[]
  working: boolean
  onBody: (body: string) => void
  onAdd: () => void
  onRemove: (pictureId: string) => void
  onDismiss: (key: string) => void
}

/** 新闻稿 (the weekly return) or 活动总结 (the summary), with its pictures. */
export function NewsSection({ kind, body, editable, pictures, pending, working, onBody, onAdd, onRemove, onDismiss }: NewsSectionProps) {
  const title = kind === 'summary' ? '活动总结' : '新闻稿'
  return (
    <View className='stats-section stats-news'>
      <View className='stats-section__head'>
        <Text className='stats-section__title'>{title}</Text>
        <Text className='stats-section__extra'>{body.length} 字</Text>
      </View>
      <Text className='stats-section__hint'>
        {kind === 'summary'
          ? '总结本单位行动月开展情况，含新闻宣传链接、截图以及先进典型事迹素材'
          : '本周活动的新闻稿，随统计表一并报送（导出的 Excel 中另有一页“新闻稿”）'}
      </Text>
      {editable ? (
        <TextArea className='stats-body' value={body} placeholder={`请填写${title}`} maxLength={MAX_BODY_LENGTH} autoSize rows={6} onChange={onBody} />
      ) : (
        <Text className='stats-body-text' userSelect>
          {body || '（未填写）'}
        </Text>
      )}
      <View className='stats-section__head stats-news__pictures-head'>
        <Text className='stats-section__subtitle'>图片</Text>
        <Text className='stats-section__extra'>
          {pictures.length}/{MAX_PICTURES}
        </Text>
      </View>
      <View className='stats-pictures'>
        {pictures.map((picture) => (
          <View key={picture.id} className='stats-picture' data-picture={picture.id}>
            <Image className='stats-picture__image' src={picture.url} mode='aspectFill' lazyLoad />
            {editable ? (
              <Text className='stats-picture__remove' onClick={() => !working && onRemove(picture.id)}>
                删除
              </Text>
            ) : null}
          </View>
        ))}
        {pending.map((item) => (
          <View key={item.key} className={`stats-picture stats-picture--pending stats-picture--${item.stage}`}>
            <Image className='stats-picture__image' src={item.image.previewUrl} mode='aspectFill' />
            <View className='stats-picture__overlay'>
              <Text className='stats-picture__stage'>{item.stage === 'failed' ? (item.message ?? PENDING_STAGE_TEXT.failed) : PENDING_STAGE_TEXT[item.stage]}</Text>
              {item.stage === 'uploading' || item.stage === 'saving' ? <ProgressBar className='stats-picture__progress' ratio={item.progress} /> : null}
              {item.stage === 'failed' ? (
                <Text className='stats-picture__dismiss' onClick={() => onDismiss(item.key)}>
                  移除
                </Text>
              ) : null}
            </View>
          </View>
        ))}
        {editable && pictures.length + pending.length < MAX_PICTURES ? (
          <View className='stats-picture stats-picture--add' onClick={() => !working && onAdd()}>
            <Text className='stats-picture__plus'>+</Text>
            <Text className='stats-picture__add-text'>添加图片</Text>
          </View>
        ) : null}
      </View>
      {!editable && pictures.length === 0 ? <Text className='stats-section__hint'>没有图片</Text> : null}
    </View>
  )
}
