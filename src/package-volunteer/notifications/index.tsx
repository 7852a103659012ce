import { Skeleton } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { TNotification } from '../../../types/api/notifications'
import { openActivity } from '../../features/activities/navigation'
import { useSession } from '../../features/auth/hooks/use-session'
import { goToLogin } from '../../features/auth/require-sign-in'
import { listNotifications } from '../../features/notifications/api/list-notifications'
import { markNotificationsRead } from '../../features/notifications/api/mark-notifications-read'
import { NotificationList } from '../../features/notifications/components/notification-list'
import { applyUnreadCount } from '../../features/notifications/unread-badge'
import { openUnitHome } from '../../features/unit-home/navigation'
import { describeError } from '../../shared/api-error'
import { showMessage } from '../../shared/toast'
import { StateView } from '../../shared/ui/state-view'
import { useRemote } from '../../shared/use-remote'
import { a11yButton } from '../../features/accessibility/a11y-props'
import { A11yPageMeta } from '../../features/accessibility/components/a11y-page-meta'
import './index.scss'

export default function NotificationsPage() {
  const session = useSession()
  const signedIn = session.status === 'signed_in'
  const notifications = useRemote(signedIn ? listNotifications : null, [signedIn])
  // Read marks made here, shown at once (the server has them too; a reload agrees).
  const [readNow, setReadNow] = useState<Set<string> | 'all'>(new Set())
  usePullDownRefresh(() => {
    void notifications.reload().finally(() => Taro.stopPullDownRefresh())
  })
  useEffect(() => {
    if (!notifications.data) return
    setReadNow(new Set())
    applyUnreadCount(notifications.data.unreadCount)
  }, [notifications.data])

  async function markRead(body: { ids: string[] } | { all: true }) {
    try {
      applyUnreadCount((await markNotificationsRead(body)).unreadCount)
    } catch (error) {
      showMessage(describeError(error))
    }
  }

  let content
  if (session.status === 'signed_out') {
    content = <StateView kind='empty' title='登录后查看消息' actionText='去登录' onAction={() => goToLogin('请先登录')} />
  } else if (notifications.error) {
    content = <StateView kind='error' title='加载失败' description={notifications.error} actionText='重新加载' onAction={notifications.reload} />
  } else if (!notifications.data) {
    content = (
      <View className='notifications-page__skeleton'>
        <Skeleton rows={3} animated />
      </View>
    )
  } else if (notifications.data.items.length === 0) {
    content = <StateView kind='empty' title='暂无消息' description='活动前一天和开始前两小时的提醒、候补递补和报送截止提醒会出现在这里' />
  } else {
    const items: TNotification[] = notifications.data.items.map((n) =>
      n.readAt || !(readNow === 'all' || readNow.has(n.id)) ? n : { ...n, readAt: new Date().toISOString() },
    )
    const unread = items.filter((n) => !n.readAt).length
    content = (
      <>
        <View className='notifications-toolbar'>
          <Text className='notifications-toolbar__count notifications-unread-count'>{unread > 0 ? `${unread} 条未读` : '全部已读'}</Text>
          {unread > 0 ? (
            <View
              className='notifications-toolbar__all notifications-read-all'
              {...a11yButton('全部标为已读')}
              onClick={() => {
                setReadNow('all')
                void markRead({ all: true })
              }}
            >
              <Text>全部已读</Text>
            </View>
          ) : null}
        </View>
        <NotificationList
          items={items}
          onRead={(n) => {
            setReadNow((before) => (before === 'all' ? before : new Set(before).add(n.id)))
            void markRead({ ids: [n.id] })
          }}
          onOpenActivity={openActivity}
          onOpenUnit={openUnitHome}
        />
      </>
    )
  }
  return (
    <>
      <A11yPageMeta />
      <View className='notifications-page'>{content}</View>
    </>
  )
}
