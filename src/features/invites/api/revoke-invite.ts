import { ZRevokeInviteResponse, type TRevokeInviteResponse } from '../../../../types/api/invites'
import { request } from '../../../shared/request'

/** POST /api/campaigns/:id/invites/revoke */
export function revokeInvite(campaignId: string, code: string): Promise<TRevokeInviteResponse> {
  return request({ path: `/api/campaigns/${encodeURIComponent(campaignId)}/invites/revoke`, method: 'POST', body: { code }, schema: ZRevokeInviteResponse })
}
