import { ZDemoAccountsResponse, type TDemoAccountsResponse } from '../../../../types/api/auth'
import { request } from '../../../shared/request'

/** GET /api/auth/demo-accounts — the server answers only in demo mode. */
export function listDemoAccounts(): Promise<TDemoAccountsResponse> {
  return request({ path: '/api/auth/demo-accounts', schema: ZDemoAccountsResponse })
}
