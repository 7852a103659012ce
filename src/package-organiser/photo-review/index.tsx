import { Skeleton } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useSession } from '../../features/auth/hooks/use-session'
import { goToLogin } from '../../features/auth/require-sign-in'
import { ReviewWorkspace } from '../../features/photo-review/components/review-workspace'
import { useDeskLayout } from '../../features/photo-review/hooks/use-desk-layout'
import { useReviewQueue } from '../../features/photo-review/hooks/use-review-queue'
import { StateView } from '../../shared/ui/state-view'
import { A11yPageMeta } from '../../features/accessibility/components/a11y-page-meta'
import './index.scss'

/**
 * 照片复核 (?campaignId=, optionally &districtId= / &unitId= to open on one district or unit): the campaign's organisers decide the photos the checker sent to review
 * or failed; a district admin reads its district's. Desk: grid + large viewer + shortcuts; phone:
 * one photo at a time.
 */
export default function PhotoReviewPage() {
  const { params } = useRouter<{ campaignId?: string; districtId?: string; unitId?: string }>()
  const session = useSession()
  const desk = useDeskLayout()
  const state = useReviewQueue(session.status === 'signed_in' ? params.campaignId : undefined, { districtId: params.districtId, unitId: params.unitId })
  usePullDownRefresh(() => {
    void state.reload().finally(() => Taro.stopPullDownRefresh())
  })

  let content
  if (!params.campaignId) content = <StateView kind='error' title='没有指定活动月' description='请从组织方工作台进入。' />
  else if (session.status === 'signed_out') content = <StateView kind='empty' title='登录后复核照片' actionText='去登录' onAction={() => goToLogin('请先登录')} />
  else if (state.error && !state.meta) content = <StateView kind='error' title='照片复核打不开' description={state.error} actionText='重新加载' onAction={state.reload} />
  else if (!state.meta)
    content = (
      <View className='review-page__skeleton'>
        <Skeleton rows={3} animated />
        <Skeleton rows={6} animated />
      </View>
    )
  else content = <ReviewWorkspace state={state} desk={desk} />
  return (
    <>
      <A11yPageMeta />
      <View className='review-page console-desk'>{content}</View>
    </>
  )
}
