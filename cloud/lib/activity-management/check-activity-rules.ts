import type { TActivityField, TActivityInput, TUnitContext } from '../../../types/api/unit-activities'

export type TRuleIssue = { field: TActivityField; message: string }

const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000
const DAY_MS = 86_400_000

/** 2030-03-01 → the instant 2030-03-01 00:00 in Shanghai. */
function shanghaiMidnight(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) - SHANGHAI_OFFSET_MS
}

/** 2030-03-01 → 2030年3月1日 */
export function formatChineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

/** How the period reads in a message: 2030年3月1日—3月31日, or 2021年3月5日起（全年）. */
export function describePeriod(unit: Pick<TUnitContext, 'periodStart' | 'periodEnd' | 'yearRound'>): string {
  if (unit.yearRound) return `${formatChineseDate(unit.periodStart)}起（全年开展，至${formatChineseDate(unit.periodEnd)}）`
  const [, m, d] = unit.periodEnd.split('-').map(Number)
  return `${formatChineseDate(unit.periodStart)}—${m}月${d}日`
}

/**
 * The rules an activity must meet that the input schema cannot know: its dates lie in the
 * campaign's period (a year-round campaign: after its start, within its year), and a start that is
 * set or changed now lies in the future. Pure, so the 附件2 import can apply the same rules.
 */
export function checkActivityRules(
  input: Pick<TActivityInput, 'startsAt' | 'endsAt'>,
  unit: Pick<TUnitContext, 'periodStart' | 'periodEnd' | 'yearRound'>,
  options: { now: Date; startIsNew: boolean },
): TRuleIssue[] {
  const issues: TRuleIssue[] = []
  const starts = Date.parse(input.startsAt)
  const ends = Date.parse(input.endsAt)
  const periodStart = shanghaiMidnight(unit.periodStart)
  const periodEnd = shanghaiMidnight(unit.periodEnd) + DAY_MS
  const period = describePeriod(unit)
  if (starts < periodStart) {
    issues.push({
      field: 'startsAt',
      message: unit.yearRound
        ? `开始时间不能早于活动启动日（${formatChineseDate(unit.periodStart)}）`
        : `开始时间应在活动期间内（${period}）`,
    })
  } else if (starts >= periodEnd) {
    issues.push({ field: 'startsAt', message: `开始时间应在活动期间内（${period}）` })
  }
  if (ends > periodEnd && starts < periodEnd) issues.push({ field: 'endsAt', message: `结束时间应在活动期间内（${period}）` })
  if (options.startIsNew && starts <= options.now.getTime()) {
    issues.push({ field: 'startsAt', message: '开始时间已过，请选择现在之后的时间' })
  }
  return issues
}
