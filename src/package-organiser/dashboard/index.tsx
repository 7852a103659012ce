import { Skeleton } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useMemo, useState } from 'react'
import { useSession } from '../../features/auth/hooks/use-session'
import { goToLogin } from '../../features/auth/require-sign-in'
import { DashboardView } from '../../features/dashboard/components/dashboard-view'
import { useDashboard } from '../../features/dashboard/hooks/use-dashboard'
import { consoleCampaigns, pickConsoleCampaign } from '../../features/organiser-console/console-campaigns'
import { StateView } from '../../shared/ui/state-view'
import { A11yPageMeta } from '../../features/accessibility/components/a11y-page-meta'
import './index.scss'

/**
 * 数据看板 (?campaignId=[&districtId=]): charts with their figures as tables, for an organiser
 * (every district, or one) and a 区县管理员 (its own district).
 */
export default function DashboardPage() {
  const { params } = useRouter<{ campaignId?: string; districtId?: string }>()
  const session = useSession()
  const memberships = session.status === 'signed_in' ? session.user.memberships : []
  const campaigns = useMemo(() => consoleCampaigns(memberships), [memberships])
  const campaign = pickConsoleCampaign(campaigns, params.campaignId)
  const [districtId, setDistrictId] = useState<string | null>(params.districtId || null)
  const state = useDashboard(campaign?.campaignId ?? null, districtId)
  usePullDownRefresh(() => {
    void state.reload().finally(() => Taro.stopPullDownRefresh())
  })

  let content
  if (session.status === 'signed_out') {
    content = <StateView kind='empty' title='登录后查看数据看板' actionText='去登录' onAction={() => goToLogin('请先登录')} />
  } else if (session.status === 'signed_in' && !campaign) {
    content = <StateView kind='empty' title='你还不是组织方或区县管理员' description='数据看板只对活动月的组织方和区县管理员开放。' />
  } else if (state.error && !state.loading) {
    content = <StateView kind='error' title='数据看板打不开' description={state.error} actionText='重新加载' onAction={state.reload} />
  } else if (!state.data || state.data.campaign.id !== campaign?.campaignId) {
    content = (
      <View className='dashboard-page__skeleton'>
        <Skeleton rows={3} animated />
        <Skeleton rows={6} animated />
      </View>
    )
  } else {
    content = (
      <DashboardView
        data={state.data}
        districtId={districtId}
        onPickDistrict={setDistrictId}
        stale={state.loading && state.data.districtId !== districtId}
      />
    )
  }
  return (
    <>
      <A11yPageMeta />
      <View className='dashboard-page console-desk'>{content}</View>
    </>
  )
}
