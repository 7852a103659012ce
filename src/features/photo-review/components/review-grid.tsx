import { Image, Text, View } from '@tarojs/components'
import type { TPhotoReviewItem } from '../../../../types/api/photo-review'
import { describeCheckerVerdict } from '../describe-review'
import './photo-review.scss'

interface ReviewGridProps {
  items: TPhotoReviewItem[]
  currentId: string | null
  chosen: Set<string>
  canChoose: boolean
  onOpen: (photoId: string) => void
  onToggle: (photoId: string) => void
  hasMore: boolean
  loadingMore: boolean
  onMore: () => void
}

/** Desk: the queue as thumbnails, the open one outlined, each with a tick box for a batch. */
export function ReviewGrid({ items, currentId, chosen, canChoose, onOpen, onToggle, hasMore, loadingMore, onMore }: ReviewGridProps) {
  return (
    <View className='review-grid'>
      {items.map((item, index) => {
        const id = item.photo.id
        const checker = describeCheckerVerdict(item)
        const ticked = chosen.has(id)
        return (
          <View
            key={id}
            className={`review-tile review-grid-tile${id === currentId ? ' review-tile--current' : ''}${ticked ? ' review-tile--chosen' : ''}`}
            data-photo-id={id}
            onClick={() => onOpen(id)}
          >
            <View className='review-tile__frame'>
              <Image className='review-tile__image' src={item.photo.url} mode='aspectFill' lazyLoad />
              <Text className='review-tile__index'>{index + 1}</Text>
              {canChoose ? (
                <View
                  className={`review-tile__tick review-tile-tick${ticked ? ' review-tile__tick--on' : ''}`}
                  onClick={(e) => {
                    e.stopPropagation()
                    onToggle(id)
                  }}
                >
                  <Text>{ticked ? '✓' : ''}</Text>
                </View>
              ) : null}
              {item.handedIn ? <Text className='review-tile__handed-in'>已提交</Text> : null}
              {item.review ? (
                <Text className={`review-tile__decision review-tile__decision--${item.review.verdict}`}>{item.review.verdict === 'passed' ? '已通过' : '不通过'}</Text>
              ) : null}
            </View>
            <View className='review-tile__text'>
              <Text className='review-tile__unit'>{item.unit.name}</Text>
              <Text className={`review-tile__verdict review-tile__verdict--${checker.tone}`}>{checker.text.replace('自动检查：', '')}</Text>
            </View>
          </View>
        )
      })}
      {hasMore ? (
        <View className='review-grid__more' onClick={loadingMore ? undefined : onMore}>
          <Text>{loadingMore ? '加载中…' : '加载更多'}</Text>
        </View>
      ) : null}
    </View>
  )
}
