import { ZSignOutEverywhereResponse, type TSignOutEverywhereResponse } from '../../../../types/api/auth'
import { request } from '../../../shared/request'

/** POST /api/auth/sign-out-everywhere */
export function signOutEverywhere(): Promise<TSignOutEverywhereResponse> {
  return request({ path: '/api/auth/sign-out-everywhere', method: 'POST', body: {}, schema: ZSignOutEverywhereResponse })
}
