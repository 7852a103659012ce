import { Text, View } from '@tarojs/components'
import { openCertificate, openMyHours } from '../../hours/navigation'
import { UnreadBadge } from '../../notifications/components/unread-badge'
import { openNotifications } from '../../notifications/navigation'
import { openMyActivities } from '../../registrations/navigation'
import './me.scss'

const ENTRIES = [
  { key: 'my-activities', icon: '▤', label: '我的活动', open: openMyActivities },
  { key: 'my-hours', icon: '◷', label: '我的时长', open: openMyHours },
  { key: 'certificate', icon: '✪', label: '服务证明', open: openCertificate },
  { key: 'notifications', icon: '✉', label: '消息', open: openNotifications },
] as const

/** The volunteer's own pages, one tap from 我的. */
export function MeMenu() {
  return (
    <View className='me-card me-menu'>
      {ENTRIES.map((entry) => (
        <View key={entry.key} className={`me-menu__item me-menu-${entry.key}`} hoverClass='me-menu__item--pressed' onClick={entry.open}>
          <View className='me-menu__icon'>
            <Text>{entry.icon}</Text>
            {entry.key === 'notifications' ? <UnreadBadge className='me-menu__badge' /> : null}
          </View>
          <Text className='me-menu__label'>{entry.label}</Text>
        </View>
      ))}
    </View>
  )
}
