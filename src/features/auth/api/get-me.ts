import { ZMeResponse, type TMeResponse } from '../../../../types/api/auth'
import { request } from '../../../shared/request'

/** GET /api/me */
export function getMe(): Promise<TMeResponse> {
  return request({ path: '/api/me', schema: ZMeResponse })
}
