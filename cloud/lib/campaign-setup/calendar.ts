/**
 * Calendar dates (YYYY-MM-DD) as plain days: no time zone can shift them. Deadlines become
 * instants only when a Shanghai wall-clock time is attached (fromShanghaiLocal).
 */

const pad = (n: number) => String(n).padStart(2, '0')

function parts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))]
}

export function toDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** 0 = Sunday … 5 = Friday. */
export function weekday(date: string): number {
  const [y, m, d] = parts(date)
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay()
}

/** Every Friday of a month ('2027-03' → 5, 12, 19, 26 March 2027). */
export function fridaysOfMonth(month: string): string[] {
  const year = Number(month.slice(0, 4))
  const m = Number(month.slice(5, 7))
  const first = toDate(year, m, 1)
  const offset = (5 - weekday(first) + 7) % 7
  const fridays: string[] = []
  for (let day = 1 + offset; day <= daysInMonth(year, m); day += 7) fridays.push(toDate(year, m, day))
  return fridays
}

/** The same month and day `delta` years later; 29 February becomes 28 February in a common year. */
export function shiftYears(date: string, delta: number): string {
  const [y, m, d] = parts(date)
  return toDate(y + delta, m, Math.min(d, daysInMonth(y + delta, m)))
}

/** '2027-03-05' → '3月5日'; with the year → '2027年3月5日'. */
export function chineseDate(date: string, withYear = false): string {
  const [y, m, d] = parts(date)
  return `${withYear ? `${y}年` : ''}${m}月${d}日`
}

export function lastDayOfMonth(month: string): string {
  const year = Number(month.slice(0, 4))
  const m = Number(month.slice(5, 7))
  return toDate(year, m, daysInMonth(year, m))
}

export function endOfYear(date: string): string {
  return `${date.slice(0, 4)}-12-31`
}
