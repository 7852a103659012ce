import { Skeleton } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { useDidShow, useRouter } from '@tarojs/taro'
import { useRef } from 'react'
import { ActivityDetail } from '../../features/activities/components/activity-detail'
import { useActivity } from '../../features/activities/hooks/use-activity'
import { ACTIVITY_DETAIL_PATH } from '../../features/activities/navigation'
import { useAppConfig } from '../../features/app-config/hooks/use-app-config'
import { useSession } from '../../features/auth/hooks/use-session'
import { useCheckin } from '../../features/checkins/hooks/use-checkin'
import { openCheckinManage } from '../../features/checkins/navigation'
import { openActivityPhotos } from '../../features/photos/navigation'
import { ProfileSheet } from '../../features/profile/components/profile-sheet'
import { ActivityActionBar } from '../../features/registrations/components/activity-action-bar'
import { MyRegistrationCard } from '../../features/registrations/components/my-registration-card'
import { useSignup } from '../../features/registrations/hooks/use-signup'
import { choosePrimaryAction } from '../../features/registrations/primary-action'
import { canScanCode } from '../../shared/scan-code'
import { copyPageLink, useShareToChat } from '../../shared/share'
import { StateView } from '../../shared/ui/state-view'
import './index.scss'

export default function ActivityPage() {
  const { params } = useRouter<{ id?: string }>()
  const activity = useActivity(params.id)
  const session = useSession()
  const appConfig = useAppConfig()
  const signup = useSignup(activity.data, activity.reload)
  const checkin = useCheckin(params.id, activity.reload)
  const sharePath = params.id ? `${ACTIVITY_DETAIL_PATH}?id=${encodeURIComponent(params.id)}` : ACTIVITY_DETAIL_PATH

  useShareToChat(() => (activity.data ? { title: `【学雷锋】${activity.data.title}`, path: sharePath } : null))
  // Back from 签到管理, 活动照片 or after logging in on 我的: seats and my registration may have changed.
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) void activity.reload()
    shown.current = true
  })

  if (!params.id) {
    return (
      <View className='activity-page'>
        <StateView kind='error' title='缺少活动编号' description='请从活动列表进入' />
      </View>
    )
  }
  if (activity.error && !activity.data) {
    return (
      <View className='activity-page'>
        <StateView kind='error' title='活动加载失败' description={activity.error} actionText='重新加载' onAction={activity.reload} />
      </View>
    )
  }
  if (!activity.data) {
    return (
      <View className='activity-page'>
        <View className='activity-page__skeleton'>
          <Skeleton rows={1} size='large' animated />
          <Skeleton rows={4} animated />
        </View>
      </View>
    )
  }

  const data = activity.data
  const action = choosePrimaryAction(data, { signedIn: session.status === 'signed_in', canScan: canScanCode })
  const onPrimary = () => {
    if (action.kind === 'signup' || action.kind === 'login') void signup.signUp()
    else if (action.kind === 'cancel') void signup.cancel()
    else if (action.kind === 'scan') void checkin.scan()
  }
  const mine = data.myRegistration ? <MyRegistrationCard activity={data} registration={data.myRegistration} checkin={checkin} /> : null
  return (
    <View className='activity-page activity-page--with-bar'>
      <ActivityDetail activity={data} mine={mine} />
      <ActivityActionBar
        action={action}
        busy={signup.busy !== null || checkin.busy}
        canManage={data.canManage}
        onPrimary={onPrimary}
        onManage={() => openCheckinManage(data.id)}
        onPhotos={() => openActivityPhotos(data.id)}
        onCopyLink={() => void copyPageLink(sharePath)}
      />
      <ProfileSheet
        open={signup.profileOpen}
        loginMode={appConfig.data?.loginMode ?? 'demo'}
        initialName={session.status === 'signed_in' ? session.user.profile.realName : null}
        onClose={signup.closeProfile}
        onSaved={signup.continueAfterProfile}
      />
    </View>
  )
}
