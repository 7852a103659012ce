import { ZMeResponse, type TMeResponse, type TWechatPhoneRequest } from '../../../../types/api/auth'
import { request } from '../../../shared/request'

/** POST /api/me/phone — the code from the getPhoneNumber button; the server exchanges it for the number. */
export function submitWechatPhone(body: TWechatPhoneRequest): Promise<TMeResponse> {
  return request({ path: '/api/me/phone', method: 'POST', body, schema: ZMeResponse })
}
