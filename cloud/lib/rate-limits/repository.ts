import type { TSql, TTx } from '../db/client'

/** The only SQL of the rate-limits domain. */

export type TCounterHit = { bucket: string; subject: string; windowStart: Date; hits: number; maxHits: number; retryAfterSeconds: number }

export type TWantedCounter = { bucket: string; subject: string; limit: number; windowSeconds: number }

const SAFE_TEXT = /^[A-Za-z0-9_-]{1,120}$/

/**
 * One round trip, as the service role, in the implicit transaction of a simple-protocol message:
 * the counter rows are locked only for the statement itself, never across a network wait, which
 * matters for the one hot row of a big NAT's address on the 3·5 morning. Only our own bucket names,
 * base64url hashes and integers are written into the statement, each checked here first.
 */
export async function consumeCounters(sql: TSql, wanted: TWantedCounter[]): Promise<TCounterHit[]> {
  for (const w of wanted) {
    if (!SAFE_TEXT.test(w.bucket) || !SAFE_TEXT.test(w.subject) || !Number.isInteger(w.limit) || !Number.isInteger(w.windowSeconds)) {
      throw new Error('rate limit counter with unsafe key')
    }
  }
  const texts = (values: string[]) => `array[${values.map((v) => `'${v}'`).join(',')}]::text[]`
  const ints = (values: number[]) => `array[${values.join(',')}]::int[]`
  const results = await sql
    .unsafe(
      `select set_config('role', 'service_role', true), set_config('request.jwt.claims', '{"role":"service_role"}', true); ` +
        `select bucket, subject, window_start as "windowStart", hits, max_hits as "maxHits", retry_after_seconds as "retryAfterSeconds" ` +
        `from app_private.consume_rate_limits(${texts(wanted.map((w) => w.bucket))}, ${texts(wanted.map((w) => w.subject))}, ` +
        `${ints(wanted.map((w) => w.limit))}, ${ints(wanted.map((w) => w.windowSeconds))})`,
    )
    .simple()
  const last: unknown = Array.isArray(results[1]) ? results[1] : results
  return (last as Array<TCounterHit & { windowStart: Date | string }>).map((row) => ({ ...row, windowStart: new Date(row.windowStart) }))
}

export async function refundCounter(tx: TTx, hit: { bucket: string; subject: string; windowStart: Date }): Promise<void> {
  await tx`select app_private.refund_rate_limit(${hit.bucket}, ${hit.subject}, ${hit.windowStart})`
}

export async function pruneCounters(tx: TTx): Promise<number> {
  const [row] = await tx<{ pruned: number }[]>`select app_private.prune_rate_limit_counters() as pruned`
  return row?.pruned ?? 0
}
