import type { TDeadlineKind } from '../../../types/domain'
import { fridaysOfMonth, shiftYears } from './calendar'
import { fridayTitle, weeklyTitleSuffix } from './deadline-rules'

export type TLocalDeadline = { kind: TDeadlineKind; title: string; local: string }

/**
 * Last year's deadlines for the new year. One-off deadlines keep their month, day and time
 * (29 February → 28 February), and "2024年" in a title becomes the new year. Weekly statistics
 * are "every Friday of a month", not fixed dates: each month that had them gets one deadline per
 * Friday of that month in the new year (4 or 5 of them), at the old time, with the old title text
 * after the new date.
 */
export function planCopiedDeadlines(source: TLocalDeadline[], sourceYear: number, targetYear: number): TLocalDeadline[] {
  const delta = targetYear - sourceYear
  const retitle = (title: string) => title.split(`${sourceYear}年`).join(`${targetYear}年`)
  const planned: TLocalDeadline[] = []
  const weeklyMonths = new Map<string, TLocalDeadline>()
  for (const d of source) {
    const day = shiftYears(d.local.slice(0, 10), delta)
    if (d.kind === 'weekly_stats') {
      const month = day.slice(0, 7)
      if (!weeklyMonths.has(month)) weeklyMonths.set(month, d)
      continue
    }
    planned.push({ kind: d.kind, title: retitle(d.title), local: `${day} ${d.local.slice(11, 16)}` })
  }
  for (const [month, first] of weeklyMonths) {
    const suffix = retitle(weeklyTitleSuffix(first.title))
    for (const friday of fridaysOfMonth(month)) {
      planned.push({ kind: 'weekly_stats', title: fridayTitle(friday, suffix), local: `${friday} ${first.local.slice(11, 16)}` })
    }
  }
  return planned.sort((a, b) => a.local.localeCompare(b.local) || a.title.localeCompare(b.title))
}
