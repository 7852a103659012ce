import type { TDemoAccountsResponse, TDemoLoginRequest, TSessionResponse } from '../../../types/api/auth'
import { hasWechatCredentials, isProduction } from '../config/env'
import { withServiceTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import type { TClient } from '../rate-limits/client-address'
import { enforceRateLimits } from '../rate-limits/enforce-rate-limits'
import { issueSession } from './issue-session'
import { findDemoAccounts, isDemoUser } from './repository'

/** The local demo login exists only where real login cannot: never in production, never with WeChat set up. */
export function assertDemoLoginAllowed(): void {
  if (isProduction() || hasWechatCredentials()) throw new AppError('demo_login_disabled')
}

export async function listDemoAccounts(): Promise<TDemoAccountsResponse> {
  assertDemoLoginAllowed()
  return withServiceTx(async (tx) => ({ items: await findDemoAccounts(tx) }))
}

export async function loginAsDemoUser(request: TDemoLoginRequest, client: TClient): Promise<TSessionResponse> {
  assertDemoLoginAllowed()
  await enforceRateLimits({ operation: 'login', userId: request.userId, client })
  return withServiceTx(async (tx) => {
    // Only seeded demo accounts: this must never become a way to act as a real person.
    if (!(await isDemoUser(tx, request.userId))) throw new AppError('not_found', { userMessage: '演示账号不存在' })
    return issueSession(tx, request.userId)
  })
}
