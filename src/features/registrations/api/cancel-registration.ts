import { ZCancelRegistrationResponse, type TCancelRegistrationResponse } from '../../../../types/api/registrations'
import { request } from '../../../shared/request'

/** POST /api/registrations/:id/cancel */
export function cancelRegistration(id: string): Promise<TCancelRegistrationResponse> {
  return request({ path: `/api/registrations/${encodeURIComponent(id)}/cancel`, method: 'POST', body: {}, schema: ZCancelRegistrationResponse, idempotent: true })
}
