import { toShanghai } from '../../shared/date'

/** "08:30" when saved today (Beijing time), else "3月4日 20:15". */
export function describeSavedAt(savedAt: string, now: Date = new Date()): string {
  const saved = toShanghai(savedAt)
  const sameDay = saved.format('YYYY-MM-DD') === toShanghai(now).format('YYYY-MM-DD')
  return sameDay ? saved.format('HH:mm') : `${saved.month() + 1}月${saved.date()}日 ${saved.format('HH:mm')}`
}
