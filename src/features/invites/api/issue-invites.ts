import { ZIssueInvitesResponse, type TIssueInvitesRequest, type TIssueInvitesResponse } from '../../../../types/api/invites'
import { request } from '../../../shared/request'

/** POST /api/campaigns/:id/invites */
export function issueInvites(campaignId: string, body: TIssueInvitesRequest): Promise<TIssueInvitesResponse> {
  return request({ path: `/api/campaigns/${encodeURIComponent(campaignId)}/invites`, method: 'POST', body, schema: ZIssueInvitesResponse })
}
