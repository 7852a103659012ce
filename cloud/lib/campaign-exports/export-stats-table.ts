import type { TStatsExportRequest } from '../../../types/api/campaign-exports'
import type { TExportResponse } from '../../../types/api/common'
import { computeTotals } from '../../../types/weekly-stats'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { storeExport, XLSX_CONTENT_TYPE } from '../exports/store-export'
import { buildStatsWorkbook } from '../weekly-stats/build-stats-workbook'
import { tableTitle } from '../weekly-stats/table-title'
import { loadStats } from './load-stats'
import { findCampaignContact } from './repository'
import { resolveExportScope, safeFileName } from './resolve-export-scope'

/**
 * The 肇庆 活动开展情况统计表 and 媒体宣传情况 of every unit in scope for a Friday, the summary, a month
 * or the whole campaign: the unit's own table layout (weekly-stats/build-stats-workbook.ts), 序号
 * running over all units, 合计 rows as SUM formulas with their values cached.
 */
export async function exportStatsTable(session: TSessionClaims, request: TStatsExportRequest): Promise<TExportResponse> {
  const { scope, stats, contact } = await withUserTx(session, async (tx) => {
    const found = await resolveExportScope(tx, request.id, request.districtId)
    return { scope: found, stats: await loadStats(tx, found, request.period), contact: await findCampaignContact(tx, found.campaign.id) }
  })
  const { period } = stats
  const bytes = await buildStatsWorkbook({
    title: tableTitle(scope.campaign),
    unitName: scope.label,
    kind: period.deadline?.kind === 'summary' ? 'summary' : 'weekly_stats',
    periodLabel: period.kind === 'deadline' ? period.range : `${period.label}（${period.range}）`,
    rows: stats.rows,
    totals: computeTotals(stats.rows),
    contactName: contact?.name ?? '',
    contactPhone: contact?.phone ?? '',
    body: '',
    pictures: [],
    textSheet: false,
  })
  const fileName = safeFileName(`活动开展情况统计表（${scope.label}，${period.label === '总结' ? '活动总结' : period.label}）`) + '.xlsx'
  return storeExport(scope.campaign.id, fileName, bytes, XLSX_CONTENT_TYPE)
}
