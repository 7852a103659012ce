import { Text, View } from '@tarojs/components'
import type { TMyHoursResponse } from '../../../../types/api/checkins'
import { formatDay, formatTime } from '../../../shared/date'
import { formatHours } from '../../checkins/announce-checkin'
import './hours.scss'

type HoursItem = TMyHoursResponse['items'][number]

/** Hours per activity, with the check-in and check-out they came from. */
export function HoursList({ items, onOpen }: { items: HoursItem[]; onOpen: (activityId: string) => void }) {
  return (
    <View className='hours-list'>
      <Text className='hours-list__title'>服务记录</Text>
      {items.map((item) => (
        <View key={item.activityId} className='hours-item' hoverClass='hours-item--pressed' onClick={() => onOpen(item.activityId)}>
          <View className='hours-item__text'>
            <Text className='hours-item__title hours-item-title'>{item.title}</Text>
            <Text className='hours-item__meta'>
              {formatDay(item.startsAt)} · {item.unitName}
            </Text>
            <Text className='hours-item__meta'>
              签到 {formatTime(item.checkIn.checkedInAt)} · 签退 {item.checkIn.checkedOutAt ? formatTime(item.checkIn.checkedOutAt) : '未签退'}
              {item.checkIn.autoClosed ? '（系统按结束时间签退）' : ''}
            </Text>
          </View>
          <Text className='hours-item__hours hours-item-hours'>{formatHours(item.checkIn.hours)}</Text>
        </View>
      ))}
    </View>
  )
}
