import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import type { TExportPeriod, TExportPeriodOption } from '../../../types/api/campaign-exports'
import { AppError } from '../errors/app-error'
import { fromShanghaiLocal, toShanghaiIso } from '../time/shanghai'
import { deadlineLabel, dueDay, shortDay, statsPeriod } from '../weekly-stats/stats-period'
import type { TStatsDeadlineRow } from './repository'

dayjs.extend(utc)

/**
 * The days a statistics export covers, in whole Asia/Shanghai days as the half-open [from, to):
 * a Friday's return (or the summary) exactly as the unit's own return counts it (statsPeriod of
 * the weekly statistics), a calendar month clipped to the campaign, or the whole campaign.
 */
export type TResolvedPeriod = {
  kind: TExportPeriod['kind']
  deadline: TStatsDeadlineRow | null
  from: Date
  to: Date
  firstDay: string
  lastDay: string
  /** "3月8日" / "总结" / "2025年3月" / "整个活动期". */
  label: string
  /** "3月1日—3月8日". */
  range: string
}

type TCampaignDays = { period_start: string; period_end: string }

/** A campaign longer than this (a year-round programme) offers its first 24 months. */
const MAX_MONTHS = 24

function addDays(day: string, days: number): string {
  return dayjs.utc(`${day}T00:00:00Z`).add(days, 'day').format('YYYY-MM-DD')
}

function rangeText(firstDay: string, lastDay: string): string {
  return firstDay === lastDay ? shortDay(firstDay) : `${shortDay(firstDay)}—${shortDay(lastDay)}`
}

function ofDays(kind: TExportPeriod['kind'], firstDay: string, lastDay: string, label: string): TResolvedPeriod {
  return {
    kind,
    deadline: null,
    from: fromShanghaiLocal(`${firstDay} 00:00`),
    to: fromShanghaiLocal(`${addDays(lastDay, 1)} 00:00`),
    firstDay,
    lastDay,
    label,
    range: rangeText(firstDay, lastDay),
  }
}

function ofDeadline(deadline: TStatsDeadlineRow, deadlines: TStatsDeadlineRow[], campaign: TCampaignDays): TResolvedPeriod {
  const period = statsPeriod(deadline, deadlines, { periodStart: campaign.period_start, periodEnd: campaign.period_end })
  const firstDay = toShanghaiIso(period.from).slice(0, 10)
  const lastDay = toShanghaiIso(new Date(Math.max(period.from.getTime(), period.to.getTime() - 1))).slice(0, 10)
  return { kind: 'deadline', deadline, from: period.from, to: period.to, firstDay, lastDay, label: deadlineLabel(deadline), range: period.label }
}

/** The calendar months the campaign touches, "YYYY-MM". */
function campaignMonths(campaign: TCampaignDays): string[] {
  const months: string[] = []
  let month = campaign.period_start.slice(0, 7)
  const last = campaign.period_end.slice(0, 7)
  while (month <= last && months.length < MAX_MONTHS) {
    months.push(month)
    month = dayjs.utc(`${month}-01T00:00:00Z`).add(1, 'month').format('YYYY-MM')
  }
  return months
}

function ofMonth(month: string, campaign: TCampaignDays): TResolvedPeriod | null {
  const monthStart = `${month}-01`
  const monthEnd = dayjs.utc(`${monthStart}T00:00:00Z`).endOf('month').format('YYYY-MM-DD')
  const firstDay = monthStart > campaign.period_start ? monthStart : campaign.period_start
  const lastDay = monthEnd < campaign.period_end ? monthEnd : campaign.period_end
  if (firstDay > lastDay) return null
  return ofDays('month', firstDay, lastDay, `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`)
}

export function resolvePeriod(period: TExportPeriod, campaign: TCampaignDays, deadlines: TStatsDeadlineRow[]): TResolvedPeriod {
  if (period.kind === 'deadline') {
    const deadline = deadlines.find((d) => d.id === period.deadlineId)
    if (!deadline) throw new AppError('not_found', { userMessage: '这一期不是本活动月的每周统计表或活动总结' })
    return ofDeadline(deadline, deadlines, campaign)
  }
  if (period.kind === 'month') {
    const resolved = ofMonth(period.month, campaign)
    if (!resolved) {
      throw new AppError('validation_failed', {
        userMessage: `${period.month.slice(0, 4)}年${Number(period.month.slice(5, 7))}月不在活动期内`,
        issues: [{ path: 'period.month', message: '不在活动期内' }],
      })
    }
    return resolved
  }
  return ofDays('campaign', campaign.period_start, campaign.period_end, '整个活动期')
}

/** Every period the page offers: each Friday and the summary (by due date), each month, the whole campaign. */
export function listPeriodOptions(campaign: TCampaignDays, deadlines: TStatsDeadlineRow[]): TExportPeriodOption[] {
  const resolved: Array<{ period: TExportPeriod; at: TResolvedPeriod }> = [
    ...[...deadlines]
      .sort((a, b) => dueDay(a).localeCompare(dueDay(b)) || (a.kind === 'summary' ? 1 : 0) - (b.kind === 'summary' ? 1 : 0))
      .map((d) => ({ period: { kind: 'deadline' as const, deadlineId: d.id }, at: ofDeadline(d, deadlines, campaign) })),
    ...campaignMonths(campaign).flatMap((month) => {
      const at = ofMonth(month, campaign)
      return at ? [{ period: { kind: 'month' as const, month }, at }] : []
    }),
    { period: { kind: 'campaign' }, at: resolvePeriod({ kind: 'campaign' }, campaign, deadlines) },
  ]
  return resolved.map(({ period, at }) => ({ period, label: at.label, range: at.range, firstDay: at.firstDay, lastDay: at.lastDay }))
}
