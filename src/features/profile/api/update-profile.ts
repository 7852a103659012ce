import { ZMeResponse, type TMeResponse, type TUpdateProfileRequest } from '../../../../types/api/auth'
import { request } from '../../../shared/request'

/** PUT /api/me/profile — real name, typed phone and the privacy consent, in one request. */
export function updateProfile(body: TUpdateProfileRequest): Promise<TMeResponse> {
  return request({ path: '/api/me/profile', method: 'PUT', body, schema: ZMeResponse })
}
