/**
 * How full an activity is, in the words the cards use. Shared by the native `seats-badge`
 * mini-program component and its H5 stand-in, so both builds say the same thing.
 *
 * `capacity` 0 (or less) means 不限名额 — the native component's Number property cannot carry null.
 */
export type SeatsTone = 'open' | 'few' | 'full' | 'unlimited'

export interface SeatsDescription {
  /** 已报 12/30 */
  text: string
  /** 仅剩 3 席 · 已满 · 不限名额 · '' */
  hint: string
  tone: SeatsTone
  /** Filled share of the bar, 0–100. */
  percent: number
}

export function describeSeats(confirmed: number, capacity: number): SeatsDescription {
  const taken = Math.max(0, Math.floor(Number(confirmed) || 0))
  const total = Math.max(0, Math.floor(Number(capacity) || 0))
  if (total === 0) {
    return { text: `已报 ${taken} 人`, hint: '不限名额', tone: 'unlimited', percent: 0 }
  }
  const remaining = total - taken
  const percent = Math.min(100, Math.round((taken / total) * 100))
  if (remaining <= 0) return { text: `已报 ${taken}/${total}`, hint: '已满', tone: 'full', percent: 100 }
  // "Few" = the last fifth, but never fewer than 3 seats for small activities.
  if (remaining <= Math.max(3, Math.ceil(total * 0.2))) {
    return { text: `已报 ${taken}/${total}`, hint: `仅剩 ${remaining} 席`, tone: 'few', percent }
  }
  return { text: `已报 ${taken}/${total}`, hint: '', tone: 'open', percent }
}
