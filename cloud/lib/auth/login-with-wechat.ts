import type { TSessionResponse, TWechatLoginRequest } from '../../../types/api/auth'
import { withServiceTx } from '../db/transaction'
import { issueSession } from './issue-session'
import { upsertWechatUser } from './repository'
import type { TExchangeCode } from './wechat-client'

export async function loginWithWechat(request: TWechatLoginRequest, exchangeCode: TExchangeCode): Promise<TSessionResponse> {
  // Ask WeChat before opening a transaction: no connection is held while waiting on the network.
  const identity = await exchangeCode(request.code)
  return withServiceTx(async (tx) => issueSession(tx, await upsertWechatUser(tx, identity.openid, identity.unionid)))
}
