import { Text, View } from '@tarojs/components'
import type { TActivitySummary } from '../../../../types/api/activities'
import { dateParts, formatTime } from '../../../shared/date'
import { CategoryTag, KeyActivityTag } from './category-tag'
import { SeatsBadge } from './seats-badge'
import { SignupBadge } from './signup-badge'
import './activity-card.scss'

interface ActivityCardProps {
  activity: TActivitySummary
  onOpen: (id: string) => void
}

export function ActivityCard({ activity, onOpen }: ActivityCardProps) {
  const start = dateParts(activity.startsAt)
  const place = [activity.districtName, activity.locationName].filter(Boolean).join(' · ')
  return (
    <View className='activity-card' hoverClass='activity-card--pressed' onClick={() => onOpen(activity.id)}>
      <View className='activity-card__date activity-date'>
        <Text className='activity-card__month'>{start.month}月</Text>
        <Text className='activity-card__day'>{start.day}</Text>
        <Text className='activity-card__weekday'>{start.weekday}</Text>
      </View>
      <View className='activity-card__body'>
        <Text className='activity-card__title activity-title'>{activity.title}</Text>
        <View className='activity-card__tags'>
          <CategoryTag category={activity.category} />
          {activity.isKeyActivity ? <KeyActivityTag /> : null}
          <View className='activity-signup-state'>
            <SignupBadge state={activity.signupState} waitlistCount={activity.waitlistCount} />
          </View>
        </View>
        <Text className='activity-card__meta activity-time'>
          {formatTime(activity.startsAt)}–{formatTime(activity.endsAt)}
        </Text>
        <Text className='activity-card__meta activity-place'>{place}</Text>
        <View className='activity-card__footer'>
          <Text className='activity-card__unit activity-unit'>{activity.unitName}</Text>
          <View className='activity-seats'>
            <SeatsBadge confirmed={activity.confirmedCount} capacity={activity.capacity} />
          </View>
        </View>
      </View>
    </View>
  )
}
