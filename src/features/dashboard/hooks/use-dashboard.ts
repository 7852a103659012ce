import type { TDashboardResponse } from '../../../../types/api/dashboard'
import { useRemote, type RemoteState } from '../../../shared/use-remote'
import { getDashboard } from '../api/get-dashboard'

export function useDashboard(campaignId: string | null, districtId: string | null): RemoteState<TDashboardResponse> {
  return useRemote(campaignId ? () => getDashboard(campaignId, districtId) : null, [campaignId, districtId])
}
