import { ZMyRegistrationsResponse, type TMyRegistrationsResponse } from '../../../../types/api/registrations'
import { request } from '../../../shared/request'

export type MyRegistrationsTab = 'upcoming' | 'waitlisted' | 'past'

/** GET /api/me/registrations?tab= — 我的活动 */
export function listMyRegistrations(tab: MyRegistrationsTab): Promise<TMyRegistrationsResponse> {
  return request({ path: '/api/me/registrations', query: { tab }, schema: ZMyRegistrationsResponse })
}
