import { Skeleton } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { openActivity } from '../../features/activities/navigation'
import { useSession } from '../../features/auth/hooks/use-session'
import { goToLogin } from '../../features/auth/require-sign-in'
import { listNotifications } from '../../features/notifications/api/list-notifications'
import { NotificationList } from '../../features/notifications/components/notification-list'
import { openUnitHome } from '../../features/unit-home/navigation'
import { StateView } from '../../shared/ui/state-view'
import { useRemote } from '../../shared/use-remote'
import './index.scss'

export default function NotificationsPage() {
  const session = useSession()
  const signedIn = session.status === 'signed_in'
  const notifications = useRemote(signedIn ? listNotifications : null, [signedIn])
  usePullDownRefresh(() => {
    void notifications.reload().finally(() => Taro.stopPullDownRefresh())
  })

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
    content = <StateView kind='empty' title='暂无消息' description='活动前一天的提醒、候补递补和报送截止提醒会出现在这里' />
  } else {
    content = <NotificationList items={notifications.data.items} onOpenActivity={openActivity} onOpenUnit={openUnitHome} />
  }
  return <View className='notifications-page'>{content}</View>
}
