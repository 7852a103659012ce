import { Skeleton } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro'
import { A11yPageMeta } from '../../features/accessibility/components/a11y-page-meta'
import { useSession } from '../../features/auth/hooks/use-session'
import { goToLogin } from '../../features/auth/require-sign-in'
import { InviteManager } from '../../features/invites/components/invite-manager'
import { InvitePoster } from '../../features/invites/components/invite-poster'
import { InvitePosterWeapp } from '../../features/invites/components/invite-poster-weapp'
import { useInvitePoster } from '../../features/invites/hooks/use-invite-poster'
import { useInvites } from '../../features/invites/hooks/use-invites'
import { isWeapp } from '../../shared/platform'
import { StateView } from '../../shared/ui/state-view'
import './index.scss'

/**
 * 邀请码 (organisers): ?campaignId=. With &view=poster the printable QR cards of every unit (or
 * &unitId= one unit); weapp shows them one at a time with 保存图片.
 */
export default function InvitesPage() {
  const { params } = useRouter<{ campaignId?: string; view?: string; unitId?: string }>()
  const poster = params.view === 'poster'
  // Both views share this page: the title says which (also when coming back from the poster).
  useDidShow(() => {
    void Taro.setNavigationBarTitle({ title: poster ? '邀请码海报' : '邀请码' })
  })
  return (
    <>
      <A11yPageMeta title={poster ? '邀请码海报' : '邀请码'} />
      <View className='invite-page console-desk'>{poster ? <PosterView campaignId={params.campaignId} unitId={params.unitId} /> : <ManagerView campaignId={params.campaignId} />}</View>
    </>
  )
}

function ManagerView({ campaignId }: { campaignId: string | undefined }) {
  const session = useSession()
  const state = useInvites(session.status === 'signed_in' ? campaignId : undefined)
  usePullDownRefresh(() => {
    void state.reload().finally(() => Taro.stopPullDownRefresh())
  })
  if (!campaignId) return <StateView kind='error' title='没有指定活动月' description='请从组织方工作台进入。' />
  if (session.status === 'signed_out') return <StateView kind='empty' title='登录后管理邀请码' actionText='去登录' onAction={() => goToLogin('请先登录')} />
  if (state.error) return <StateView kind='error' title='邀请码打不开' description={state.error} actionText='重新加载' onAction={state.reload} />
  if (!state.data) return <Loading />
  return <InviteManager data={state.data} reload={state.reload} />
}

function PosterView({ campaignId, unitId }: { campaignId: string | undefined; unitId: string | undefined }) {
  const session = useSession()
  const state = useInvitePoster(session.status === 'signed_in' ? campaignId : undefined, unitId)
  if (!campaignId) return <StateView kind='error' title='没有指定活动月' description='请从组织方工作台进入。' />
  if (session.status === 'signed_out') return <StateView kind='empty' title='登录后打印海报' actionText='去登录' onAction={() => goToLogin('请先登录')} />
  if (state.error) return <StateView kind='error' title='海报打不开' description={state.error} actionText='重新加载' onAction={state.reload} />
  if (!state.data) return <Loading />
  if (state.data.cards.length === 0) return <StateView kind='empty' title='还没有有效的单位邀请码' description='请先在邀请码页面为单位生成邀请码。' />
  return isWeapp ? <InvitePosterWeapp poster={state.data} /> : <InvitePoster poster={state.data} />
}

function Loading() {
  return (
    <View className='invite-page__skeleton'>
      <Skeleton rows={3} animated />
      <Skeleton rows={5} animated />
    </View>
  )
}
