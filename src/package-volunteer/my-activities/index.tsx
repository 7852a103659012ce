import { Skeleton } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { openActivity } from '../../features/activities/navigation'
import { useSession } from '../../features/auth/hooks/use-session'
import { refreshSession } from '../../features/auth/session-store'
import { OfflineActivities } from '../../features/offline-cache/components/offline-activities'
import { describeError } from '../../shared/api-error'
import { goToLogin } from '../../features/auth/require-sign-in'
import type { MyRegistrationsTab } from '../../features/registrations/api/list-my-registrations'
import { MyRegistrationItem } from '../../features/registrations/components/my-registration-item'
import { useMyRegistrations } from '../../features/registrations/hooks/use-my-registrations'
import { StateView } from '../../shared/ui/state-view'
import { Tabs } from '../../shared/ui/tabs'
import { A11yPageMeta } from '../../features/accessibility/components/a11y-page-meta'
import './index.scss'

const TABS = [
  { key: 'upcoming', label: '即将参加' },
  { key: 'waitlisted', label: '候补中' },
  { key: 'past', label: '已参加' },
] as const satisfies ReadonlyArray<{ key: MyRegistrationsTab; label: string }>

const EMPTY: Record<MyRegistrationsTab, { title: string; description: string }> = {
  upcoming: { title: '还没有报名的活动', description: '去「活动」里找一个感兴趣的志愿服务吧' },
  waitlisted: { title: '没有候补中的活动', description: '活动满员时可以加入候补，有人取消会自动递补' },
  past: { title: '还没有参加过的活动', description: '参加活动并签到签退后，服务时长会记录在这里' },
}

export default function MyActivitiesPage() {
  const session = useSession()
  const [tab, setTab] = useState<MyRegistrationsTab>('upcoming')
  const list = useMyRegistrations(tab, session.status === 'signed_in')
  // Opened with no network: who is signed in cannot be checked, so say so (with what the phone saved) instead of loading forever.
  const [sessionError, setSessionError] = useState<string | null>(null)
  useEffect(() => {
    if (session.status !== 'unknown') setSessionError(null)
    else refreshSession().catch((e: unknown) => setSessionError(describeError(e)))
  }, [session.status])
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) void list.reload()
    shown.current = true
  })
  usePullDownRefresh(() => {
    void list.reload().finally(() => Taro.stopPullDownRefresh())
  })

  let content
  if (session.status === 'signed_out') {
    content = <StateView kind='empty' title='登录后查看我的活动' actionText='去登录' onAction={() => goToLogin('请先登录')} />
  } else if (list.error || sessionError) {
    const retry = () => {
      setSessionError(null)
      if (session.status === 'unknown') refreshSession().catch((e: unknown) => setSessionError(describeError(e)))
      else void list.reload()
    }
    content = (
      <>
        <StateView kind='error' title='加载失败' description={list.error ?? sessionError ?? undefined} actionText='重新加载' onAction={retry} />
        <OfflineActivities />
      </>
    )
  } else if (!list.data || list.loading) {
    content = (
      <View className='my-activities__skeleton'>
        <Skeleton rows={3} animated />
      </View>
    )
  } else if (list.data.items.length === 0) {
    content = <StateView kind='empty' title={EMPTY[tab].title} description={EMPTY[tab].description} />
  } else {
    content = (
      <View className='my-activities__list'>
        {list.data.items.map((item) => (
          <MyRegistrationItem key={item.registration.id} item={item} onOpen={openActivity} />
        ))}
      </View>
    )
  }

  return (
    <>
      <A11yPageMeta />
      <View className='my-activities'>
        <Tabs tabs={TABS} value={tab} onChange={setTab} />
        {content}
      </View>
    </>
  )
}
