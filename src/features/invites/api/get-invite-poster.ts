import { ZInvitePosterResponse, type TInvitePosterResponse } from '../../../../types/api/invites'
import { request } from '../../../shared/request'

/** GET /api/campaigns/:id/invites/poster?unitId= */
export function getInvitePoster(campaignId: string, unitId?: string): Promise<TInvitePosterResponse> {
  return request({ path: `/api/campaigns/${encodeURIComponent(campaignId)}/invites/poster`, query: { unitId }, schema: ZInvitePosterResponse })
}
