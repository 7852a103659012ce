import { ZDashboardResponse, type TDashboardResponse } from '../../../../types/api/dashboard'
import { request } from '../../../shared/request'

/** GET /api/campaigns/:id/dashboard[?districtId=] */
export function getDashboard(campaignId: string, districtId: string | null): Promise<TDashboardResponse> {
  return request({
    path: `/api/campaigns/${encodeURIComponent(campaignId)}/dashboard`,
    query: { districtId },
    schema: ZDashboardResponse,
  })
}
