import type { TExportPeriod } from '../../../types/api/campaign-exports'
import type { TWeeklyStatsRow } from '../../../types/api/weekly-stats'
import type { TTx } from '../db/client'
import { resolvePeriod, type TResolvedPeriod } from './export-periods'
import {
  countSentReturns,
  findDeadlineRows,
  findDeadlineServed,
  findRangeRows,
  findRangeServed,
  listStatsDeadlines,
  listWeeksIn,
  type TStatsActivityRow,
} from './repository'
import type { TExportScope } from './resolve-export-scope'
import { toStatsRows } from './stats-rows'

export type TLoadedStats = {
  period: TResolvedPeriod
  rows: TWeeklyStatsRow[]
  /** The unit of each row, in the same order. */
  unitIds: string[]
  /** How many returns of the period each unit handed in, and how many there are. */
  sent: Map<string, number>
  returnsDue: number
}

/**
 * The figures of every unit in scope for a period: one return (a Friday or the summary) as the
 * units handed it in, else computed; or a month / the whole campaign computed from check-ins with
 * what the units typed in the Friday returns they handed in (see the repository for each rule).
 */
export async function loadStats(tx: TTx, scope: TExportScope, request: TExportPeriod): Promise<TLoadedStats> {
  const campaignId = scope.campaign.id
  const districtId = scope.district?.id ?? null
  const deadlines = await listStatsDeadlines(tx, campaignId)
  const period = resolvePeriod(request, scope.campaign, deadlines)
  let rows: TStatsActivityRow[]
  let returns: string[]
  if (period.deadline) {
    const input = { campaignId, districtId, deadlineId: period.deadline.id, from: period.from, to: period.to }
    rows = await findDeadlineRows(tx, input)
    const served = await findDeadlineServed(tx, input)
    returns = [period.deadline.id]
    return finish(period, rows, toStatsRows(rows, served), await countSentReturns(tx, campaignId, districtId, returns), returns.length)
  }
  const input = { campaignId, districtId, from: period.from, to: period.to, firstDay: period.firstDay, lastDay: period.lastDay }
  rows = await findRangeRows(tx, input)
  const served = await findRangeServed(tx, input)
  returns = await listWeeksIn(tx, campaignId, period.firstDay, period.lastDay)
  return finish(period, rows, toStatsRows(rows, served), await countSentReturns(tx, campaignId, districtId, returns), returns.length)
}

function finish(period: TResolvedPeriod, raw: TStatsActivityRow[], rows: TWeeklyStatsRow[], sent: Map<string, number>, returnsDue: number): TLoadedStats {
  return { period, rows, unitIds: raw.map((row) => row.unit_id), sent, returnsDue }
}
