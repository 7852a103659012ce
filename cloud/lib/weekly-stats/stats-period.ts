import dayjs from 'dayjs'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'
import { TIME_ZONE } from '../time/shanghai'

dayjs.extend(utc)
dayjs.extend(timezone)

export type TStatsDeadlineRow = { id: string; kind: 'weekly_stats' | 'summary'; title: string; due_at: Date }
export type TStatsPeriod = { from: Date; to: Date; label: string; weekEnding: string }

/** The deadline's calendar day in Shanghai (the Friday of a weekly return), YYYY-MM-DD. */
export function dueDay(deadline: { due_at: Date }): string {
  return dayjs(deadline.due_at).tz(TIME_ZONE).format('YYYY-MM-DD')
}

function startOfShanghaiDay(day: string): Date {
  return dayjs.tz(`${day} 00:00`, 'YYYY-MM-DD HH:mm', TIME_ZONE).toDate()
}

function nextDay(day: string): string {
  return dayjs(`${day}T00:00:00Z`).utc().add(1, 'day').format('YYYY-MM-DD')
}

/** "3月8日" */
export function shortDay(day: string): string {
  return `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`
}

/**
 * Which days a return covers, in whole Shanghai calendar days, as the half-open interval [from, to):
 *
 * - A Friday's return (kind weekly_stats) covers the week that ends with its Friday: from 00:00 of the
 *   day after the previous weekly deadline's day (for the first Friday: 00:00 of the campaign's
 *   period_start) up to 24:00 of its own Friday. An activity on Friday evening belongs to that
 *   Friday's return, one on Saturday to the next. Whole days, not the due time (18:00): a return
 *   sent at noon on Friday still covers that day, and the summary catches what happened after.
 * - The summary covers the whole campaign: from 00:00 of period_start up to 24:00 of period_end, or
 *   of the summary's own day when that comes first (a summary cannot report the future).
 *
 * An activity is in the return when its scheduled time overlaps [from, to) or someone checked in
 * to it within [from, to); its figures count only the check-ins within [from, to), so an activity
 * running over several weeks is reported in each of them with that week's check-ins.
 */
export function statsPeriod(
  deadline: TStatsDeadlineRow,
  allDeadlines: readonly TStatsDeadlineRow[],
  campaign: { periodStart: string; periodEnd: string },
): TStatsPeriod {
  const ownDay = dueDay(deadline)
  let firstDay: string
  let lastDay: string
  if (deadline.kind === 'summary') {
    firstDay = campaign.periodStart
    lastDay = campaign.periodEnd < ownDay ? campaign.periodEnd : ownDay
  } else {
    const previous = allDeadlines
      .filter((d) => d.kind === 'weekly_stats' && dueDay(d) < ownDay)
      .map(dueDay)
      .sort()
      .pop()
    firstDay = previous ? nextDay(previous) : campaign.periodStart
    lastDay = ownDay
  }
  const from = startOfShanghaiDay(firstDay)
  const to = startOfShanghaiDay(nextDay(lastDay))
  return {
    from,
    to: to > from ? to : from,
    label: firstDay === lastDay ? shortDay(firstDay) : `${shortDay(firstDay)}—${shortDay(lastDay)}`,
    weekEnding: ownDay,
  }
}

/** Short name of a deadline for a tab: its day for a Friday, 总结 for the summary. */
export function deadlineLabel(deadline: TStatsDeadlineRow): string {
  return deadline.kind === 'summary' ? '总结' : shortDay(dueDay(deadline))
}
