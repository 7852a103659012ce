import { Text, View } from '@tarojs/components'
import type { TNotification } from '../../../../types/api/notifications'
import { formatDateTime } from '../../../shared/date'
import './notifications.scss'

const KIND_LABELS: Record<TNotification['kind'], string> = {
  activity_tomorrow: '活动提醒',
  waitlist_promoted: '候补递补',
  activity_changed: '活动变更',
  activity_withdrawn: '活动取消',
  deadline_reminder: '报送提醒',
}

export function NotificationList({ items, onOpen }: { items: TNotification[]; onOpen: (activityId: string) => void }) {
  return (
    <View className='notification-list'>
      {items.map((n) => (
        <View
          key={n.id}
          className={`notification notification--${n.kind}`}
          hoverClass={n.activityId ? 'notification--pressed' : 'none'}
          onClick={() => {
            if (n.activityId) onOpen(n.activityId)
          }}
        >
          <View className='notification__header'>
            <Text className='notification__kind'>{KIND_LABELS[n.kind]}</Text>
            <Text className='notification__time'>{formatDateTime(n.createdAt)}</Text>
          </View>
          <Text className='notification__title notification-title'>{n.title}</Text>
          <Text className='notification__body'>{n.body}</Text>
          {n.activityId ? <Text className='notification__link'>查看活动 ›</Text> : null}
        </View>
      ))}
    </View>
  )
}
