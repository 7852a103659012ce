import { toShanghai } from '../../shared/date'

/** "3月7日 18:00截止" in Shanghai time. */
export function formatDue(iso: string): string {
  const d = toShanghai(iso)
  return `${d.month() + 1}月${d.date()}日 ${d.format('HH:mm')}截止`
}

/** "3月7日 18:00" in Shanghai time. */
export function formatMoment(iso: string): string {
  const d = toShanghai(iso)
  return `${d.month() + 1}月${d.date()}日 ${d.format('HH:mm')}`
}
