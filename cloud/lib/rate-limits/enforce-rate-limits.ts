import { AppError } from '../errors/app-error'
import { consumeRateLimits, type TRateLimitCheck } from './consume-rate-limits'
import type { TCounterHit } from './repository'

/**
 * The guard the limited operations call first (login, invite redemption, sign-up, upload URLs):
 * one hit per counter, and a 429 `too_many_requests` with Retry-After and the wait in the message
 * when one is over its limit.
 */
export async function enforceRateLimits(check: TRateLimitCheck): Promise<TCounterHit[]> {
  const outcome = await consumeRateLimits(check)
  if (!outcome.allowed) {
    const seconds = outcome.retryAfterSeconds
    throw new AppError('too_many_requests', {
      userMessage: `操作太频繁，请 ${seconds} 秒后再试`,
      retryAfterSeconds: seconds,
      detail: `rate limit ${check.operation}`,
    })
  }
  return outcome.hits
}
