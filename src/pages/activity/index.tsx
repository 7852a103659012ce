import { Skeleton } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useEffect, useRef } from 'react'
import { ActivityDetail } from '../../features/activities/components/activity-detail'
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
import { A11yPageMeta } from '../../features/accessibility/components/a11y-page-meta'
import { OfflineBanner } from '../../features/offline-cache/components/offline-banner'
import { useActivityOrCache } from '../../features/offline-cache/hooks/use-activity-or-cache'
import './index.scss'

export default function ActivityPage() {
  const { params } = useRouter<{ id?: string; then?: string }>()
  // From the API, or with no network the phone's saved copy of one of my confirmed activities (activity.offline).
  const activity = useActivityOrCache(params.id)
  const missing = activity.data === 'missing'
  const loaded = activity.data === 'missing' ? undefined : activity.data
  const session = useSession()
  const appConfig = useAppConfig()
  const signup = useSignup(loaded, activity.reload)
  const checkin = useCheckin(params.id, activity.reload, loaded ? { ...loaded, viewerId: activity.offline?.viewerId } : loaded)
  const sharePath = params.id ? `${ACTIVITY_DETAIL_PATH}?id=${encodeURIComponent(params.id)}` : ACTIVITY_DETAIL_PATH

  useShareToChat(() => (loaded ? { title: `【学雷锋】${loaded.title}`, path: sharePath } : null))
  // Back from 签到管理, 活动照片 or after logging in on 我的: seats and my registration may have changed.
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) void activity.reload()
    shown.current = true
  })

  // Back from 登录后报名 (then=signup): the sign-up goes on by itself, once, if it is still open.
  const resumed = useRef(false)
  // Offline the session cannot be checked; the saved copy is the stored token's owner's.
  const signedIn = session.status === 'signed_in' || activity.offline !== null
  useEffect(() => {
    if (params.then !== 'signup' || resumed.current || !loaded || !signedIn) return
    resumed.current = true
    if (choosePrimaryAction(loaded, { signedIn, canScan: canScanCode }).kind === 'signup') void signup.signUp()
  }, [params.then, loaded, signedIn, signup])

  if (!params.id || missing) {
    return (
      <View className='activity-page'>
        <StateView
          kind='empty'
          title='活动不存在'
          description='链接可能不完整，或活动已被主办单位下线。可以在活动列表里找找其他活动。'
          actionText='查看全部活动'
          onAction={() => void Taro.switchTab({ url: '/pages/index/index' })}
        />
      </View>
    )
  }
  if (activity.error && !loaded) {
    return (
      <View className='activity-page'>
        <StateView kind='error' title='活动加载失败' description={activity.error} actionText='重新加载' onAction={activity.reload} />
      </View>
    )
  }
  if (!loaded) {
    return (
      <View className='activity-page'>
        <View className='activity-page__skeleton'>
          <Skeleton rows={1} size='large' animated />
          <Skeleton rows={4} animated />
        </View>
      </View>
    )
  }

  const data = loaded
  const chosen = choosePrimaryAction(data, { signedIn, canScan: canScanCode })
  // Offline only scanning works (it is queued); cancelling waits for the network.
  const action = activity.offline && chosen.kind === 'cancel' ? { kind: 'none' as const, label: '已报名' } : chosen
  const onPrimary = () => {
    if (action.kind === 'signup' || action.kind === 'login') void signup.signUp()
    else if (action.kind === 'cancel') void signup.cancel()
    else if (action.kind === 'scan') void checkin.scan()
  }
  const mine = data.myRegistration ? <MyRegistrationCard activity={data} registration={data.myRegistration} checkin={checkin} /> : null
  return (
    <>
      <A11yPageMeta />
      <View className='activity-page activity-page--with-bar'>
        {activity.offline ? <OfflineBanner savedAt={activity.offline.savedAt} /> : null}
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
    </>
  )
}
