/**
 * When scanning counts: from 1 hour before the start to 2 hours after the end (the same window
 * app_private.scan_check_in enforces, and the one the per-activity key is good for).
 */
export const OPENS_BEFORE_START_MS = 60 * 60 * 1000
export const CLOSES_AFTER_END_MS = 2 * 60 * 60 * 1000

export function checkinWindowOf(activity: { startsAt: Date; endsAt: Date }): { from: Date; until: Date } {
  return {
    from: new Date(activity.startsAt.getTime() - OPENS_BEFORE_START_MS),
    until: new Date(activity.endsAt.getTime() + CLOSES_AFTER_END_MS),
  }
}
