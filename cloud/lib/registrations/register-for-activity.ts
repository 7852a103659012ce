import type { TCreateRegistrationRequest, TCreateRegistrationResponse } from '../../../types/api/registrations'
import type { TSessionClaims } from '../auth/session-token'
import { registerInSql, toRegistration } from './repository'

/**
 * Sign-up: every rule (capacity, waitlist order, duplicates, overlap, deadline, profile) is decided
 * in one SQL function inside one transaction, so a failure halfway leaves nothing behind.
 */
export async function registerForActivity(session: TSessionClaims, request: TCreateRegistrationRequest): Promise<TCreateRegistrationResponse> {
  const result = await registerInSql(session, request.activityId)
  return {
    registration: toRegistration(result.row, result.waitlistRank),
    confirmedCount: result.confirmedCount,
    waitlistCount: result.waitlistCount,
  }
}
