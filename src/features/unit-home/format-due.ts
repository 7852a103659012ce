import { formatDateTime, formatDay, formatTime, toShanghai } from '../../shared/date'

/** 3月8日 周五 18:00 within the current year; 2019年3月8日 18:00 otherwise. */
export function formatDue(dueAt: string, now: string): string {
  if (toShanghai(dueAt).year() !== toShanghai(now).year()) return formatDateTime(dueAt)
  return `${formatDay(dueAt)} ${formatTime(dueAt)}`
}
