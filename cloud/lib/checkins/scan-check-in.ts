import type { TCheckinRequest, TCheckinResponse } from '../../../types/api/checkins'
import { resolveSessionSecret } from '../auth/session-secret'
import type { TSessionClaims } from '../auth/session-token'
import { requireEnv } from '../config/env'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { verifyCheckinToken } from './checkin-token'
import { findActivityTitle, scanInSql } from './repository'

/** The volunteer's scan: the token proves presence at the contact's phone; SQL does the rest. */
export async function scanCheckIn(session: TSessionClaims, request: TCheckinRequest): Promise<TCheckinResponse> {
  verifyCheckinToken(request.code, request.activityId, resolveSessionSecret(requireEnv()))
  return withUserTx(session, async (tx) => {
    const title = await findActivityTitle(tx, request.activityId)
    if (!title) throw new AppError('activity_not_found')
    const result = await scanInSql(tx, request)
    return { ...result, activityTitle: title }
  })
}
