import type { TSessionResponse } from '../../../types/api/auth'
import { requireEnv } from '../config/env'
import type { TTx } from '../db/client'
import { AppError } from '../errors/app-error'
import { toShanghaiIso } from '../time/shanghai'
import { findSessionEpoch, findSessionUser } from './repository'
import { resolveSessionSecret } from './session-secret'
import { issueSessionToken } from './session-token'

/** Every login ends here: a signed token plus who it belongs to. */
export async function issueSession(tx: TTx, userId: string): Promise<TSessionResponse> {
  const user = await findSessionUser(tx, userId)
  if (!user) throw new AppError('unauthenticated', { detail: `user ${userId} vanished` })
  const env = requireEnv()
  // The current epoch: a token issued after 退出所有设备 carries the raised one and stays valid.
  const sessionEpoch = await findSessionEpoch(tx, userId)
  const { token, expiresAt } = issueSessionToken(
    { userId, demo: user.isDemo, sessionEpoch, ttlHours: env.SESSION_TTL_HOURS },
    resolveSessionSecret(env),
  )
  return { token, expiresAt: toShanghaiIso(expiresAt), user }
}
