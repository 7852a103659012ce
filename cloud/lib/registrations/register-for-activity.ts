import type { TCreateRegistrationRequest, TCreateRegistrationResponse } from '../../../types/api/registrations'
import type { TSessionClaims } from '../auth/session-token'
import type { TClient } from '../rate-limits/client-address'
import { enforceRateLimits } from '../rate-limits/enforce-rate-limits'
import { registerInSql, toRegistration } from './repository'

/**
 * Sign-up: every rule (capacity, waitlist order, duplicates, overlap, deadline, profile) is decided
 * in one SQL function inside one transaction, so a failure halfway leaves nothing behind.
 */
export async function registerForActivity(session: TSessionClaims, request: TCreateRegistrationRequest, client: TClient): Promise<TCreateRegistrationResponse> {
  await enforceRateLimits({ operation: 'registration', userId: session.sub, client })
  const result = await registerInSql(session, request.activityId)
  return {
    registration: toRegistration(result.row, result.waitlistRank),
    confirmedCount: result.confirmedCount,
    waitlistCount: result.waitlistCount,
  }
}
