import { ZCampaignDetail, type TCampaignDetail } from '../../../../types/api/campaigns'
import { request } from '../../../shared/request'

/** GET /api/campaigns/:id */
export function getCampaign(id: string): Promise<TCampaignDetail> {
  return request({ path: `/api/campaigns/${encodeURIComponent(id)}`, schema: ZCampaignDetail })
}
