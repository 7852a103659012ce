import { ZListInvitesResponse, type TListInvitesResponse } from '../../../../types/api/invites'
import { request } from '../../../shared/request'

/** GET /api/campaigns/:id/invites */
export function listInvites(campaignId: string): Promise<TListInvitesResponse> {
  return request({ path: `/api/campaigns/${encodeURIComponent(campaignId)}/invites`, schema: ZListInvitesResponse })
}
