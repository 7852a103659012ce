import type { TSignOutEverywhereResponse } from '../../../types/api/auth'
import { withUserTx } from '../db/transaction'
import { toShanghaiIso } from '../time/shanghai'
import type { TSessionClaims } from './session-token'
import { signOutEverywhereInSql } from './repository'

/**
 * 退出所有设备 (a lost phone, a shared computer): raises the caller's session epoch, so every token
 * issued before — on any device, this one included — is refused from the next request on.
 */
export async function signOutEverywhere(session: TSessionClaims): Promise<TSignOutEverywhereResponse> {
  const signedOutAt = await withUserTx(session, (tx) => signOutEverywhereInSql(tx))
  return { signedOutAt: toShanghaiIso(signedOutAt) }
}
