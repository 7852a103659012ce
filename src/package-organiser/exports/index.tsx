import { Skeleton } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useSession } from '../../features/auth/hooks/use-session'
import { goToLogin } from '../../features/auth/require-sign-in'
import { CampaignExportsView } from '../../features/campaign-exports/components/campaign-exports-view'
import { useExportOptions } from '../../features/campaign-exports/hooks/use-export-options'
import { StateView } from '../../shared/ui/state-view'
import { A11yPageMeta } from '../../features/accessibility/components/a11y-page-meta'
import './index.scss'

/** 导出报表 (?campaignId=): the official tables of every unit, or of the district admin's own. */
export default function CampaignExportsPage() {
  const { params } = useRouter<{ campaignId?: string }>()
  const session = useSession()
  const state = useExportOptions(session.status === 'signed_in' ? params.campaignId : undefined)
  usePullDownRefresh(() => {
    void state.reload().finally(() => Taro.stopPullDownRefresh())
  })

  let content
  if (!params.campaignId) content = <StateView kind='error' title='没有指定活动月' description='请从组织方工作台进入。' />
  else if (session.status === 'signed_out') content = <StateView kind='empty' title='登录后导出报表' actionText='去登录' onAction={() => goToLogin('请先登录')} />
  else if (state.error) content = <StateView kind='error' title='导出报表打不开' description={state.error} actionText='重新加载' onAction={state.reload} />
  else if (!state.data) {
    content = (
      <View className='exports-page__skeleton'>
        <Skeleton rows={3} animated />
        <Skeleton rows={5} animated />
      </View>
    )
  } else content = <CampaignExportsView options={state.data} />
  return (
    <>
      <A11yPageMeta />
      <View className='exports-page console-desk'>{content}</View>
    </>
  )
}
