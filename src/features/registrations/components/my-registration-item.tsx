import { Text, View } from '@tarojs/components'
import type { TMyRegistrationItem } from '../../../../types/api/registrations'
import { dateParts, formatTime } from '../../../shared/date'
import { SignupBadge } from '../../activities/components/signup-badge'
import { formatHours } from '../../checkins/announce-checkin'
import './my-registrations.scss'

interface MyRegistrationItemProps {
  item: TMyRegistrationItem
  onOpen: (activityId: string) => void
}

/** One row of 我的活动: when, what, where, where I stand (rank), and for past ones the hours. */
export function MyRegistrationItem({ item, onOpen }: MyRegistrationItemProps) {
  const { activity, registration, checkIn } = item
  const start = dateParts(activity.startsAt)
  const mine = registration.status === 'cancelled' ? null : registration.status
  return (
    <View className='my-item' hoverClass='my-item--pressed' onClick={() => onOpen(activity.id)}>
      <View className='my-item__date'>
        <Text className='my-item__month'>{start.month}月</Text>
        <Text className='my-item__day'>{start.day}</Text>
        <Text className='my-item__weekday'>{start.weekday}</Text>
      </View>
      <View className='my-item__body'>
        <Text className='my-item__title my-item-title'>{activity.title}</Text>
        <Text className='my-item__meta'>
          {formatTime(activity.startsAt)}–{formatTime(activity.endsAt)} · {activity.locationName}
        </Text>
        <View className='my-item__footer'>
          <View className='my-item-status'>
            <SignupBadge state={activity.signupState} mine={mine} rank={registration.waitlistRank} />
          </View>
          {checkIn ? (
            <Text className='my-item__hours my-item-hours'>
              {checkIn.checkedOutAt ? `服务 ${formatHours(checkIn.hours)}${checkIn.autoClosed ? '（系统签退）' : ''}` : `已签到 ${formatTime(checkIn.checkedInAt)}`}
            </Text>
          ) : activity.signupState === 'ended' && mine === 'confirmed' ? (
            <Text className='my-item__hours my-item__hours--missing'>未签到</Text>
          ) : null}
        </View>
      </View>
    </View>
  )
}
