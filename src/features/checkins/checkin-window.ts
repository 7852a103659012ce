/**
 * When scanning makes sense: from 1 hour before the start to 2 hours after the end. The server
 * enforces the same window (checkin_not_open / checkin_closed); this only decides what to offer.
 */
const OPENS_BEFORE_START_MS = 60 * 60 * 1000
const CLOSES_AFTER_END_MS = 2 * 60 * 60 * 1000

export type CheckinWindow = 'before' | 'open' | 'after'

export function checkinWindow(startsAt: string, endsAt: string, now: Date = new Date()): CheckinWindow {
  const time = now.getTime()
  if (time < new Date(startsAt).getTime() - OPENS_BEFORE_START_MS) return 'before'
  if (time > new Date(endsAt).getTime() + CLOSES_AFTER_END_MS) return 'after'
  return 'open'
}
