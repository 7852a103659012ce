import { Skeleton } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useMemo } from 'react'
import { useSession } from '../../features/auth/hooks/use-session'
import { goToLogin } from '../../features/auth/require-sign-in'
import { SetupView } from '../../features/campaign-setup/components/setup-view'
import { useCampaignSetup } from '../../features/campaign-setup/hooks/use-campaign-setup'
import { consoleCampaigns, pickConsoleCampaign } from '../../features/organiser-console/console-campaigns'
import { StateView } from '../../shared/ui/state-view'
import { A11yPageMeta } from '../../features/accessibility/components/a11y-page-meta'
import './index.scss'

/**
 * 活动月设置 (?campaignId=): an organiser sets up their campaign from its notice; anyone who can see
 * a campaign they do not run (a seeded notice) reads it as an example and may copy it.
 */
export default function CampaignSetupPage() {
  const { params } = useRouter<{ campaignId?: string }>()
  const session = useSession()
  const memberships = session.status === 'signed_in' ? session.user.memberships : []
  const campaigns = useMemo(() => consoleCampaigns(memberships), [memberships])
  const campaignId = params.campaignId ?? pickConsoleCampaign(campaigns, undefined)?.campaignId
  const state = useCampaignSetup(session.status === 'signed_in' ? campaignId : undefined)
  const canCreate = memberships.some((m) => m.role === 'organiser')
  usePullDownRefresh(() => {
    void state.reload().finally(() => Taro.stopPullDownRefresh())
  })

  let content
  if (session.status === 'signed_out') content = <StateView kind='empty' title='登录后设置活动月' actionText='去登录' onAction={() => goToLogin('请先登录')} />
  else if (session.status === 'signed_in' && !campaignId) content = <StateView kind='empty' title='没有指定活动月' description='请从组织方工作台进入。' />
  else if (state.error) content = <StateView kind='error' title='活动月设置打不开' description={state.error} actionText='重新加载' onAction={state.reload} />
  else if (!state.setup)
    content = (
      <View className='setup-page__skeleton'>
        <Skeleton rows={3} animated />
        <Skeleton rows={6} animated />
      </View>
    )
  else content = <SetupView setup={state.setup} state={state} canCreate={canCreate} />
  return (
    <>
      <A11yPageMeta />
      <View className='setup-page console-desk'>{content}</View>
    </>
  )
}
