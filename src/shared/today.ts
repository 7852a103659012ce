import { toShanghai } from './date'

/** Today's calendar date in Beijing time, YYYY-MM-DD. */
export function todayInShanghai(now: Date = new Date()): string {
  return toShanghai(now).format('YYYY-MM-DD')
}
