import type { TDistrictFiguresExportRequest } from '../../../types/api/campaign-exports'
import type { TExportResponse } from '../../../types/api/common'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { storeExport, XLSX_CONTENT_TYPE } from '../exports/store-export'
import { shanghaiMinute } from '../time/shanghai'
import { tableTitle } from '../weekly-stats/table-title'
import { buildDistrictFiguresWorkbook } from './build-district-figures-workbook'
import { groupFigures } from './district-figures'
import { loadStats } from './load-stats'
import { listScopeUnits } from './repository'
import { resolveExportScope, safeFileName } from './resolve-export-scope'

/**
 * The districts' figures for a period: per district (县区 / 功能板块) the units, activities, 人次,
 * organisations, 服务人次, hours, funds, media and returns handed in, with the 合计; and every unit's
 * line under its district with a 小计. A 区县管理员 gets its own district only.
 */
export async function exportDistrictFigures(session: TSessionClaims, request: TDistrictFiguresExportRequest, now: Date = new Date()): Promise<TExportResponse> {
  const { scope, stats, units } = await withUserTx(session, async (tx) => {
    const found = await resolveExportScope(tx, request.id, request.districtId)
    return {
      scope: found,
      stats: await loadStats(tx, found, request.period),
      units: await listScopeUnits(tx, found.campaign.id, found.district?.id ?? null),
    }
  })
  const { period } = stats
  const bytes = await buildDistrictFiguresWorkbook({
    title: tableTitle(scope.campaign).replace(/统计表$/, '汇总表（分县区）'),
    scopeLabel: scope.label,
    periodLabel: `${period.kind === 'deadline' ? (period.deadline?.kind === 'summary' ? '活动总结' : `${period.label}统计表`) : period.label}（${period.range}）`,
    generatedAt: shanghaiMinute(now),
    districts: groupFigures(units, stats.rows, stats.unitIds, stats.sent, stats.returnsDue),
  })
  const fileName = safeFileName(`区县汇总（${scope.label}，${period.label === '总结' ? '活动总结' : period.label}）`) + '.xlsx'
  return storeExport(scope.campaign.id, fileName, bytes, XLSX_CONTENT_TYPE)
}
