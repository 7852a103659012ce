import { ZCreateRegistrationResponse, type TCreateRegistrationResponse } from '../../../../types/api/registrations'
import { request } from '../../../shared/request'

/** POST /api/registrations — confirmed while seats are left, otherwise on the waitlist. */
export function createRegistration(activityId: string): Promise<TCreateRegistrationResponse> {
  return request({ path: '/api/registrations', method: 'POST', body: { activityId }, schema: ZCreateRegistrationResponse, idempotent: true })
}
