import type { TDemoAccountsResponse } from '../../../types/api/auth'
import { listDemoAccounts } from '../../lib/auth/login-as-demo-user'
import { defineHandler } from '../../lib/http/define-handler'

export default defineHandler({
  GET: async (): Promise<TDemoAccountsResponse> => listDemoAccounts(),
})
