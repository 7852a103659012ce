import { toShanghai } from '../../shared/date'

/** "截止 2月19日 18:00，还剩 3 天" / "今天 18:00 截止" / "已于 2月19日 18:00 截止" (Asia/Shanghai). */
export function describeDeadline(dueAt: string, now: Date = new Date()): { text: string; overdue: boolean } {
  const due = toShanghai(dueAt)
  const label = `${due.month() + 1}月${due.date()}日 ${due.format('HH:mm')}`
  if (due.valueOf() < now.getTime()) return { text: `已于 ${label} 截止`, overdue: true }
  const days = due.startOf('day').diff(toShanghai(now).startOf('day'), 'day')
  if (days === 0) return { text: `今天 ${due.format('HH:mm')} 截止`, overdue: false }
  return { text: `截止 ${label}，还剩 ${days} 天`, overdue: false }
}
