import { SPECIAL_DAYS, WATER_WEEK } from '../../../types/domain'

/** A chip of the special-days row: one day (3·5 学雷锋纪念日) or a range (中国水周 3·22–28). */
export interface SpecialDayChip {
  key: string
  label: string
  short: string
  from: string
  to: string
}

/** The special days of SPECIAL_DAYS and 中国水周 that fall inside the campaign's period. */
export function specialDaysIn(period: { year: number; periodStart: string; periodEnd: string }): SpecialDayChip[] {
  const inside = (date: string) => date >= period.periodStart && date <= period.periodEnd
  const days: SpecialDayChip[] = SPECIAL_DAYS.map((d) => {
    const date = `${period.year}-${d.day}`
    return { key: date, label: d.label, short: d.short, from: date, to: date }
  })
  const waterFrom = `${period.year}-${WATER_WEEK.from}`
  const waterTo = `${period.year}-${WATER_WEEK.to}`
  const toShort = (monthDay: string) => monthDay.replace(/^0?(\d+)-0?(\d+)$/, '$1·$2')
  const water: SpecialDayChip = {
    key: `${waterFrom}..${waterTo}`,
    label: WATER_WEEK.label,
    short: `${toShort(WATER_WEEK.from)}–${Number(WATER_WEEK.to.slice(3))}`,
    from: waterFrom,
    to: waterTo,
  }
  return [...days.filter((d) => inside(d.from)), ...(inside(waterFrom) ? [water] : [])]
}

/** Every YYYY-MM-DD from `start` to `end`, inclusive (calendar arithmetic in UTC: no DST, no zone). */
export function daysBetween(start: string, end: string): string[] {
  const result: string[] = []
  const cursor = new Date(`${start}T00:00:00Z`)
  const last = new Date(`${end}T00:00:00Z`)
  while (cursor <= last && result.length < 400) {
    result.push(cursor.toISOString().slice(0, 10))
    cursor.setUTCDate(cursor.getUTCDate() + 1)
  }
  return result
}
