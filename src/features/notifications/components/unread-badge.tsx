import { Text } from '@tarojs/components'
import { useUnreadCount } from '../unread-badge'
import './unread-badge.scss'

/** A red count on the 消息 entry; nothing when everything is read. */
export function UnreadBadge({ className }: { className?: string }) {
  const count = useUnreadCount()
  if (count <= 0) return null
  return (
    <Text className={`unread-badge ${className ?? ''}`} aria-label={`${count} 条未读消息`}>
      {count > 99 ? '99+' : count}
    </Text>
  )
}
