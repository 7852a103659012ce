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
  const distance = describeDistance(activity.distanceM)
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
        <Text className='activity-card__meta activity-place'>
          {distance ? <Text className='activity-card__distance activity-distance'>{distance} · </Text> : null}
          {place}
        </Text>
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

/** 离我最近's distance: metres up to 1 km, then kilometres with one decimal. */
export function describeDistance(metres: number | null | undefined): string | null {
  if (metres === null || metres === undefined) return null
  if (metres < 1000) return `${Math.max(10, Math.round(metres / 10) * 10)} m`
  return `${(metres / 1000).toFixed(metres < 10_000 ? 1 : 0)} km`
}
