import { Text, View } from '@tarojs/components'
import { isWeapp } from '../../../shared/platform'
import { describeSeats } from '../describe-seats'
import './seats-badge.scss'

interface SeatsBadgeProps {
  confirmed: number
  capacity: number | null
}

/**
 * In the mini-program this is the native `seats-badge` component (src/components-native, tested
 * with miniprogram-simulate); H5 cannot run native components, so it renders the same markup here.
 * Pages that show it must list `seats-badge` in their weapp `usingComponents`.
 */
export function SeatsBadge({ confirmed, capacity }: SeatsBadgeProps) {
  if (isWeapp) return <seats-badge confirmed={confirmed} capacity={capacity ?? 0} />
  const seats = describeSeats(confirmed, capacity ?? 0)
  return (
    <View className={`seats-badge seats-badge--${seats.tone}`}>
      <View className='seats-badge__row'>
        <Text className='seats-badge__text'>{seats.text}</Text>
        {seats.hint ? <Text className='seats-badge__hint'>{seats.hint}</Text> : null}
      </View>
      {seats.tone !== 'unlimited' ? (
        <View className='seats-badge__bar'>
          <View className='seats-badge__fill' style={{ width: `${seats.percent}%` }} />
        </View>
      ) : null}
    </View>
  )
}
