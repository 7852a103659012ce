/**
 * One cell of the March day strip. Shared by the native `day-cell` mini-program component and
 * its H5 stand-in. Works on the YYYY-MM-DD string alone (no time zone can shift the day).
 */
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']

export type DayTone = 'none' | 'some' | 'busy'

export interface DayDescription {
  /** 5 */
  day: string
  /** 周二, or 今天 */
  weekday: string
  /** 12 项 · 无 */
  countText: string
  tone: DayTone
  weekend: boolean
}

/** Days with this many activities or more are drawn as "busy". */
export const BUSY_DAY_COUNT = 10

export function describeDay(date: string, count: number, today = ''): DayDescription {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) return { day: '', weekday: '', countText: '', tone: 'none', weekend: false }
  const weekdayIndex = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).getUTCDay()
  const total = Math.max(0, Math.floor(Number(count) || 0))
  return {
    day: String(Number(match[3])),
    weekday: date === today ? '今天' : `周${WEEKDAYS[weekdayIndex] ?? ''}`,
    countText: total > 0 ? `${total} 项` : '无',
    tone: total === 0 ? 'none' : total >= BUSY_DAY_COUNT ? 'busy' : 'some',
    weekend: weekdayIndex === 0 || weekdayIndex === 6,
  }
}
