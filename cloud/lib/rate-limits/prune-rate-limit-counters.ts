import { withServiceTx } from '../db/transaction'
import { pruneCounters } from './repository'

/** The tick's share: counters whose window ended over an hour ago are deleted. */
export async function pruneRateLimitCounters(): Promise<number> {
  return withServiceTx((tx) => pruneCounters(tx))
}
