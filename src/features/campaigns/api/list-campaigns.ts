import { ZListCampaignsResponse, type TListCampaignsResponse } from '../../../../types/api/campaigns'
import { request } from '../../../shared/request'

/** GET /api/campaigns — the published ones, and those the person belongs to (RLS). */
export function listCampaigns(): Promise<TListCampaignsResponse> {
  return request({ path: '/api/campaigns', schema: ZListCampaignsResponse })
}
