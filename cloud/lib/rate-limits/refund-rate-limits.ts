import { withServiceTx } from '../db/transaction'
import { refundCounter, type TCounterHit } from './repository'

/**
 * Takes back the hits of an attempt that turned out not to count against the person (a correct
 * check-in code): consuming first and refunding after keeps parallel guesses from slipping past
 * the limit between a count and a write.
 */
export async function refundRateLimits(hits: TCounterHit[]): Promise<void> {
  if (hits.length === 0) return
  await withServiceTx(async (tx) => {
    for (const hit of hits) await refundCounter(tx, hit)
  })
}
