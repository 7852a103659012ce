import { getSql } from '../db/client'
import { isLoopback, type TClient } from './client-address'
import { RATE_LIMITS, type TRateLimitedOperation } from './config'
import { rateLimitSubject } from './rate-limit-subject'
import { consumeCounters, type TCounterHit } from './repository'

export type TRateLimitCheck = {
  operation: TRateLimitedOperation
  /** The signed-in user, or the account being logged into. */
  userId?: string | null
  /** Extra key for limits that are per user and thing (the check-in code: per activity). */
  scope?: string
  client?: TClient | null
}

export type TRateLimitOutcome = { allowed: boolean; retryAfterSeconds: number; hits: TCounterHit[] }

/**
 * Adds one hit to each counter the operation has (per user, per address) and says whether the
 * request may go on. Runs in a transaction of its own (one statement), committed before the
 * operation starts, so an operation that then fails (a wrong invite code) still counted. Service
 * rights: the counters are the server's own bookkeeping, keyed by identities already verified.
 */
export async function consumeRateLimits(check: TRateLimitCheck): Promise<TRateLimitOutcome> {
  const rules: Record<string, { limit: number; windowSeconds: number } | undefined> = RATE_LIMITS[check.operation]
  const wanted: Array<{ bucket: string; subject: string; limit: number; windowSeconds: number }> = []
  const perUser = rules.perUser
  if (perUser && check.userId) {
    const value = check.scope ? `${check.userId}\n${check.scope}` : check.userId
    wanted.push({ bucket: `${check.operation}_user`, subject: rateLimitSubject('user', value), ...perUser })
  }
  const perAddress = rules.perAddress
  const address = check.client?.address
  if (perAddress && address && !isLoopback(address)) {
    wanted.push({ bucket: `${check.operation}_address`, subject: rateLimitSubject('address', address), ...perAddress })
  }
  if (wanted.length === 0) return { allowed: true, retryAfterSeconds: 0, hits: [] }
  const hits = await consumeCounters(getSql(), wanted)
  const over = hits.filter((hit) => hit.hits > hit.maxHits)
  return { allowed: over.length === 0, retryAfterSeconds: Math.max(0, ...over.map((hit) => hit.retryAfterSeconds)), hits }
}
