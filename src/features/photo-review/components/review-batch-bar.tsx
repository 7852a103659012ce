import { Text, View } from '@tarojs/components'
import './photo-review.scss'

interface ReviewBatchBarProps {
  chosen: number
  total: number
  onAll: () => void
  onClear: () => void
}

/** Desk: how many photos are ticked; the decision buttons then act on all of them. */
export function ReviewBatchBar({ chosen, total, onAll, onClear }: ReviewBatchBarProps) {
  return (
    <View className={`review-batch review-batch-bar${chosen > 0 ? ' review-batch--on' : ''}`}>
      <Text className='review-batch__count'>{chosen > 0 ? `已勾选 ${chosen} 张，通过/不通过将一起处理` : '勾选多张照片可一起处理（X 勾选当前照片）'}</Text>
      <View className='review-batch__links'>
        {chosen < total ? (
          <Text className='review-batch__link review-choose-all' onClick={onAll}>
            全选已加载的 {total} 张
          </Text>
        ) : null}
        {chosen > 0 ? (
          <Text className='review-batch__link review-choose-none' onClick={onClear}>
            取消勾选
          </Text>
        ) : null}
      </View>
    </View>
  )
}
