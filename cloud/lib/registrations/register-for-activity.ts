import type { TCreateRegistrationRequest, TCreateRegistrationResponse } from '../../../types/api/registrations'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { registerInSql, toRegistration } from './repository'

/**
 * Sign-up: every rule (capacity, waitlist order, duplicates, overlap, deadline, profile) is decided
 * in one SQL function inside one transaction, so a failure halfway leaves nothing behind.
 */
export async function registerForActivity(session: TSessionClaims, request: TCreateRegistrationRequest): Promise<TCreateRegistrationResponse> {
  return withUserTx(session, async (tx) => {
    const result = await registerInSql(tx, request.activityId)
    return {
      registration: toRegistration(result.row, result.waitlistRank),
      confirmedCount: result.confirmedCount,
      waitlistCount: result.waitlistCount,
    }
  })
}
