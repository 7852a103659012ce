/**
 * When the app sends a request again by itself: only operations that are safe to repeat (every GET,
 * and the POSTs whose server side is idempotent — signing up is one row per person and activity,
 * cancelling twice changes nothing), and only for answers that say "try again": 503 (the database
 * restarting or failing over, storage away) and a request that never got an answer.
 */
export type TAttemptOutcome = { status: number; retryAfter?: string | null }

/** Backoff between tries, before jitter. About 15 s in all: longer than a Postgres restart or a pooler failover. */
export const RETRY_DELAYS_MS = [400, 800, 1600, 3200, 6400, 3000]
/**
 * A request that got no answer at all is tried again only this many times (≈ 1 s): a dropped
 * connection recovers at once, while a phone with no network should say so now, not after 15 s —
 * offline screens (the check-in code, queued scans) take over from there. A server that is up but
 * restarting its database answers 503, which keeps the full backoff.
 */
export const LOST_ANSWER_RETRIES = 2
/** A Retry-After longer than this is not waited for inside one tap; the person sees the message instead. */
const MAX_WAIT_MS = 8000

export function isRetryable(outcome: TAttemptOutcome, idempotent: boolean, attempt = 0): boolean {
  if (!idempotent) return false
  if (outcome.status === 503) return attempt < RETRY_DELAYS_MS.length
  return outcome.status === 0 && attempt < LOST_ANSWER_RETRIES
}

/** The wait before try `attempt + 1`: the server's Retry-After when it gave one, else backoff; ±25 % jitter so clients do not return in step. */
export function retryDelayMs(attempt: number, outcome: TAttemptOutcome, random: () => number = Math.random): number {
  const backoff = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)] ?? 1000
  const seconds = Number(outcome.retryAfter)
  const base = Number.isFinite(seconds) && seconds > 0 ? Math.max(seconds * 1000, backoff / 2) : backoff
  return Math.round(Math.min(base, MAX_WAIT_MS) * (0.75 + random() * 0.5))
}

/**
 * Sends, and for a retryable outcome waits and sends again, up to RETRY_DELAYS_MS.length more
 * times. `send` answers status 0 for a request that got no answer at all.
 */
export async function sendWithRetries<T extends TAttemptOutcome>(
  send: () => Promise<T>,
  options: { idempotent: boolean; sleep?: (ms: number) => Promise<void> },
): Promise<T> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  for (let attempt = 0; ; attempt += 1) {
    const outcome = await send()
    if (!isRetryable(outcome, options.idempotent, attempt)) return outcome
    await sleep(retryDelayMs(attempt, outcome))
  }
}
