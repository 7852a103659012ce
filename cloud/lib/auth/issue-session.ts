import type { TSessionResponse } from '../../../types/api/auth'
import { requireEnv } from '../config/env'
import type { TTx } from '../db/client'
import { AppError } from '../errors/app-error'
import { toShanghaiIso } from '../time/shanghai'
import { findSessionUser } from './repository'
import { resolveSessionSecret } from './session-secret'
import { issueSessionToken } from './session-token'

/** Every login ends here: a signed token plus who it belongs to. */
export async function issueSession(tx: TTx, userId: string): Promise<TSessionResponse> {
  const user = await findSessionUser(tx, userId)
  if (!user) throw new AppError('unauthenticated', { detail: `user ${userId} vanished` })
  const env = requireEnv()
  const { token, expiresAt } = issueSessionToken(
    { userId, demo: user.isDemo, ttlHours: env.SESSION_TTL_HOURS },
    resolveSessionSecret(env),
  )
  return { token, expiresAt: toShanghaiIso(expiresAt), user }
}
