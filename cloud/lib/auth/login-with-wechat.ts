import type { TSessionResponse, TWechatLoginRequest } from '../../../types/api/auth'
import { withServiceTx } from '../db/transaction'
import type { TClient } from '../rate-limits/client-address'
import { enforceRateLimits } from '../rate-limits/enforce-rate-limits'
import { issueSession } from './issue-session'
import { upsertWechatUser } from './repository'
import type { TExchangeCode } from './wechat-client'

export async function loginWithWechat(request: TWechatLoginRequest, exchangeCode: TExchangeCode, client: TClient): Promise<TSessionResponse> {
  // The address first, before WeChat is asked (a flood of made-up codes never reaches WeChat); the
  // account once WeChat has said whose code it is.
  await enforceRateLimits({ operation: 'login', client })
  // Ask WeChat before opening a transaction: no connection is held while waiting on the network.
  const identity = await exchangeCode(request.code)
  await enforceRateLimits({ operation: 'login', userId: `wechat:${identity.openid}` })
  return withServiceTx(async (tx) => issueSession(tx, await upsertWechatUser(tx, identity.openid, identity.unionid)))
}
