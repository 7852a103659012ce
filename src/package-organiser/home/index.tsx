import { Skeleton } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useSession } from '../../features/auth/hooks/use-session'
import { goToLogin, ME_PAGE } from '../../features/auth/require-sign-in'
import { ConsoleHomeView } from '../../features/organiser-console/components/console-home-view'
import { consoleCampaigns, pickConsoleCampaign, rememberConsoleCampaign } from '../../features/organiser-console/console-campaigns'
import { useConsoleHome } from '../../features/organiser-console/hooks/use-console-home'
import { StateView } from '../../shared/ui/state-view'
import { A11yPageMeta } from '../../features/accessibility/components/a11y-page-meta'
import './index.scss'

/**
 * 组织方工作台 (and a 区县管理员's): opened from 我的. ?campaignId picks the campaign; without it
 * the one chosen last time, else the first the person runs.
 */
export default function ConsoleHomePage() {
  const { params } = useRouter<{ campaignId?: string }>()
  const session = useSession()
  const memberships = session.status === 'signed_in' ? session.user.memberships : []
  const campaigns = useMemo(() => consoleCampaigns(memberships), [memberships])
  const [asked, setAsked] = useState(params.campaignId)
  const chosen = pickConsoleCampaign(campaigns, asked)
  const state = useConsoleHome(chosen?.campaignId ?? null)
  usePullDownRefresh(() => {
    void state.reload().finally(() => Taro.stopPullDownRefresh())
  })
  // Back from a section (codes issued, settings saved): show the new figures. Not on the first show.
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current && state.data) void state.reload()
    shown.current = true
  })

  // A district admin's console is its district's: say so in the title.
  const role = state.data?.role
  useEffect(() => {
    if (role) void Taro.setNavigationBarTitle({ title: role === 'district_admin' ? '区县工作台' : '组织方工作台' })
  }, [role])

  const pick = (campaignId: string) => {
    rememberConsoleCampaign(campaignId)
    setAsked(campaignId)
  }

  let content
  if (session.status === 'signed_out') {
    content = <StateView kind='empty' title='登录后使用工作台' actionText='去登录' onAction={() => goToLogin('请先登录')} />
  } else if (session.status === 'signed_in' && !chosen) {
    content = (
      <StateView
        kind='empty'
        title='你还不是组织方或区县管理员'
        description='请在「我的」输入文明办下发的邀请码。'
        actionText='去输入邀请码'
        onAction={() => void Taro.switchTab({ url: ME_PAGE })}
      />
    )
  } else if (state.error) {
    content = <StateView kind='error' title='工作台打不开' description={state.error} actionText='重新加载' onAction={state.reload} />
  } else if (!state.data || state.data.campaign.id !== chosen?.campaignId) {
    content = (
      <View className='console-page__skeleton'>
        <Skeleton rows={3} animated />
        <Skeleton rows={4} animated />
      </View>
    )
  } else {
    content = <ConsoleHomeView home={state.data} campaigns={campaigns} onPickCampaign={pick} />
  }
  return (
    <>
      <A11yPageMeta title={role === 'district_admin' ? '区县工作台' : '组织方工作台'} />
      <View className='console-page console-desk'>{content}</View>
    </>
  )
}
