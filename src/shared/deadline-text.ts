import { toShanghai } from './date'

/**
 * A deadline as a unit contact reads it: "截止 2月19日 18:00 · 还剩 3 天" (calendar days in
 * Shanghai; "今天截止" on the day) or "已于 2月19日 18:00 截止".
 */
export function describeDeadline(dueAt: string, now: Date = new Date()): { text: string; passed: boolean; urgent: boolean } {
  const due = toShanghai(dueAt)
  const when = `${due.month() + 1}月${due.date()}日 ${due.format('HH:mm')}`
  const passed = due.valueOf() < now.getTime()
  if (passed) return { text: `已于 ${due.year()}年${when} 截止`, passed, urgent: false }
  const days = due.startOf('day').diff(toShanghai(now).startOf('day'), 'day')
  const left = days === 0 ? '今天截止' : `还剩 ${days} 天`
  return { text: `截止 ${due.year()}年${when} · ${left}`, passed, urgent: days <= 3 }
}
