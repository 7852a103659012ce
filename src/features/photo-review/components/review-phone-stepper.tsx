import { Text, View } from '@tarojs/components'
import { useRef } from 'react'
import type { ReviewQueueState } from '../hooks/use-review-queue'
import { ReviewViewer } from './review-viewer'
import './photo-review.scss'

/** Phone: the open photo with its place in the queue; a sideways swipe steps to the next or previous. */
export function ReviewPhoneStepper({ state, total }: { state: ReviewQueueState; total: number }) {
  const start = useRef<{ x: number; y: number } | null>(null)
  const item = state.current
  if (!item) return null
  return (
    <View
      className='review-phone__stage'
      onTouchStart={(e) => {
        start.current = touchPoint(e, 'touches')
      }}
      onTouchEnd={(e) => {
        const from = start.current
        const touch = touchPoint(e, 'changedTouches')
        start.current = null
        if (!from || !touch) return
        const dx = touch.x - from.x
        const dy = touch.y - from.y
        // A clear sideways swipe only; scrolling the page stays scrolling.
        if (Math.abs(dx) > 60 && Math.abs(dx) > Math.abs(dy) * 1.5) state.step(dx < 0 ? 1 : -1)
      }}
    >
      <View className='review-phone__progress'>
        <Text className='review-phone__position review-position'>
          第 {state.currentIndex + 1} / {Math.max(total, state.items.length)} 张
        </Text>
        <Text className='review-phone__swipe'>左右滑动切换</Text>
      </View>
      <ReviewViewer item={item} />
    </View>
  )
}

/** The first touch of a touch event (H5 TouchList or weapp array); View types its touch handlers loosely. */
function touchPoint(event: object, field: 'touches' | 'changedTouches'): { x: number; y: number } | null {
  const list: unknown = Reflect.get(event, field)
  const touch: unknown = typeof list === 'object' && list !== null ? Reflect.get(list, 0) : undefined
  if (typeof touch !== 'object' || touch === null) return null
  const x: unknown = Reflect.get(touch, 'clientX')
  const y: unknown = Reflect.get(touch, 'clientY')
  return typeof x === 'number' && typeof y === 'number' ? { x, y } : null
}
