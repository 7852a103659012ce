import { ZSessionResponse, type TSessionResponse } from '../../../../types/api/auth'
import { request } from '../../../shared/request'

/** POST /api/auth/join — answers with a new token that includes the new membership. */
export function joinWithInviteCode(inviteCode: string): Promise<TSessionResponse> {
  return request({ path: '/api/auth/join', method: 'POST', body: { inviteCode }, schema: ZSessionResponse })
}
