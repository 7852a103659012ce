import { Skeleton } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { ZStatusCellState } from '../../../types/api/submission-status'
import { A11yPageMeta } from '../../features/accessibility/components/a11y-page-meta'
import { useSession } from '../../features/auth/hooks/use-session'
import { goToLogin } from '../../features/auth/require-sign-in'
import type { TStatusFilters } from '../../features/submission-status/api/status-api'
import { StatusView } from '../../features/submission-status/components/status-view'
import { useStatusMatrix } from '../../features/submission-status/hooks/use-status-matrix'
import { StateView } from '../../shared/ui/state-view'
import '../../features/submission-status/components/status.scss'

type TParams = { campaignId?: string; districtId?: string; state?: string; deliverable?: string; q?: string }

/**
 * 报送情况 (organisers and 区县管理员): ?campaignId=, and optionally the filters to open with
 * (&districtId=, &state=, &deliverable=, &q=).
 */
export default function SubmissionStatusPage() {
  const { params } = useRouter<TParams>()
  const session = useSession()
  const [filters, setFilters] = useState<TStatusFilters>(() => readFilters(params))
  const campaignId = params.campaignId
  const state = useStatusMatrix(session.status === 'signed_in' && campaignId ? campaignId : null, filters)

  let content
  if (!campaignId) content = <StateView kind='error' title='没有指定活动月' description='请从组织方工作台进入。' />
  else if (session.status === 'signed_out') content = <StateView kind='empty' title='登录后查看报送情况' actionText='去登录' onAction={() => goToLogin('请先登录')} />
  else if (state.error && !state.data) content = <StateView kind='error' title='报送情况打不开' description={state.error} actionText='重新加载' onAction={state.reload} />
  else if (!state.data) {
    content = (
      <View className='status-page__skeleton'>
        <Skeleton rows={3} animated />
        <Skeleton rows={8} animated />
      </View>
    )
  } else {
    content = <StatusView campaignId={campaignId} data={state.data} loading={state.loading} filters={filters} onFilters={setFilters} reload={state.reload} />
  }
  return (
    <>
      <A11yPageMeta />
      <View className='status-page console-desk'>{content}</View>
    </>
  )
}

function readFilters(params: TParams): TStatusFilters {
  const decode = (value: string | undefined) => (value ? decodeURIComponent(value) : undefined)
  const state = ZStatusCellState.safeParse(params.state)
  return {
    districtId: decode(params.districtId),
    state: state.success ? state.data : undefined,
    deliverable: decode(params.deliverable),
    q: decode(params.q),
  }
}
