import { Text, View } from '@tarojs/components'
import type { TNotification } from '../../../../types/api/notifications'
import { formatDateTime } from '../../../shared/date'
import { a11yButton } from '../../accessibility/a11y-props'
import './notifications.scss'

const KIND_LABELS: Record<TNotification['kind'], string> = {
  activity_tomorrow: '活动提醒',
  activity_soon: '即将开始',
  waitlist_promoted: '候补递补',
  activity_changed: '活动变更',
  activity_withdrawn: '活动取消',
  deadline_reminder: '报送提醒',
  organiser_reminder: '组织方提醒',
  submission_returned: '材料退回',
}

interface NotificationListProps {
  items: TNotification[]
  /** Opening a message marks it read (before it navigates). */
  onRead: (notification: TNotification) => void
  onOpenActivity: (activityId: string) => void
  /** deadline_reminder, organiser_reminder, submission_returned: the unit's 单位工作台. */
  onOpenUnit: (unitId: string) => void
}

export function NotificationList({ items, onRead, onOpenActivity, onOpenUnit }: NotificationListProps) {
  return (
    <View className='notification-list'>
      {items.map((n) => (
        <View
          key={n.id}
          className={`notification notification--${n.kind}${n.readAt ? '' : ' notification--unread'}`}
          hoverClass='notification--pressed'
          {...a11yButton(`${n.readAt ? '' : '未读，'}${KIND_LABELS[n.kind]}：${n.title}`)}
          onClick={() => {
            if (!n.readAt) onRead(n)
            if (n.activityId) onOpenActivity(n.activityId)
            else if (n.unitId) onOpenUnit(n.unitId)
          }}
        >
          <View className='notification__header'>
            <View className='notification__tags'>
              {n.readAt ? null : <Text className='notification__dot notification-unread-dot' aria-hidden />}
              <Text className='notification__kind'>{KIND_LABELS[n.kind]}</Text>
            </View>
            <Text className='notification__time'>{formatDateTime(n.createdAt)}</Text>
          </View>
          <Text className='notification__title notification-title'>{n.title}</Text>
          <Text className='notification__body'>{n.body}</Text>
          {n.activityId ? <Text className='notification__link'>查看活动 ›</Text> : null}
          {!n.activityId && n.unitId ? <Text className='notification__link notification-unit-link'>打开单位工作台 ›</Text> : null}
        </View>
      ))}
    </View>
  )
}
