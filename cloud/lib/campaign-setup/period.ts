import type { TPeriod, TPeriodInput } from '../../../types/api/campaign-setup'
import { AppError } from '../errors/app-error'
import { chineseDate, endOfYear, lastDayOfMonth } from './calendar'

export type TStoredPeriod = { start: string; end: string; yearRound: boolean }

function invalid(message: string): AppError {
  return new AppError('validation_failed', { userMessage: message, issues: [{ path: 'period', message }] })
}

/**
 * The period as stored: a month is its first to last day; a year-round programme runs from its
 * start to 31 December with the year-round flag (the schema needs an end; the flag says "no end").
 * The period starts in the campaign's year.
 */
export function resolvePeriod(input: TPeriodInput, year: number): TStoredPeriod {
  let period: TStoredPeriod
  if (input.kind === 'month') period = { start: `${input.month}-01`, end: lastDayOfMonth(input.month), yearRound: false }
  else if (input.kind === 'year_round') period = { start: input.start, end: endOfYear(input.start), yearRound: true }
  else {
    if (input.end < input.start) throw invalid(`活动期间的结束日期（${chineseDate(input.end, true)}）不能早于开始日期（${chineseDate(input.start, true)}）`)
    if (Number(input.end.slice(0, 4)) - Number(input.start.slice(0, 4)) > 1) throw invalid('活动期间不能超过两个年度，请分成两个活动月')
    period = { start: input.start, end: input.end, yearRound: false }
  }
  if (Number(period.start.slice(0, 4)) !== year) {
    throw invalid(`活动期间应从 ${year} 年开始（与年份一致），现在是 ${chineseDate(period.start, true)}`)
  }
  return period
}

/** How the period reads: "2024年3月", "2023年3月1日至10月10日", "2021年3月5日起，全年". */
export function describePeriod(stored: TStoredPeriod): TPeriod {
  const { start, end, yearRound } = stored
  if (yearRound) return { kind: 'year_round', start, end, text: `${chineseDate(start, true)}起，全年` }
  if (start.endsWith('-01') && end === lastDayOfMonth(start.slice(0, 7))) {
    return { kind: 'month', start, end, text: `${Number(start.slice(0, 4))}年${Number(start.slice(5, 7))}月` }
  }
  const sameYear = start.slice(0, 4) === end.slice(0, 4)
  return { kind: 'range', start, end, text: `${chineseDate(start, true)}至${chineseDate(end, !sameYear)}` }
}
