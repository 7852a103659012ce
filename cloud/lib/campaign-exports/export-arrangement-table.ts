import type { TArrangementExportRequest } from '../../../types/api/campaign-exports'
import type { TExportResponse } from '../../../types/api/common'
import { buildArrangementWorkbook } from '../arrangement/build-arrangement-workbook'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { storeExport, XLSX_CONTENT_TYPE } from '../exports/store-export'
import { listArrangementRows } from './repository'
import { resolveExportScope, safeFileName } from './resolve-export-scope'

/**
 * 附件2 of every unit in scope in the notice's layout (the unit's own builder,
 * arrangement/build-arrangement-workbook.ts): one table, a heading row per district, the units in
 * the campaign's order within it, 序号 running 1…N over the whole table.
 */
export async function exportArrangementTable(
  session: TSessionClaims,
  request: TArrangementExportRequest,
  now: Date = new Date(),
): Promise<TExportResponse> {
  const { scope, rows } = await withUserTx(session, async (tx) => {
    const found = await resolveExportScope(tx, request.id, request.districtId)
    return { scope: found, rows: await listArrangementRows(tx, found.campaign.id, found.district?.id ?? null, request.submittedOnly) }
  })
  if (rows.length === 0) {
    throw new AppError('not_found', {
      userMessage: request.submittedOnly ? `${scope.label}还没有单位提交活动安排表（附件2）` : `${scope.label}还没有安排活动`,
    })
  }
  const grouped = scope.districts.length > 0
  const bytes = await buildArrangementWorkbook({
    unitName: scope.label,
    year: scope.campaign.year,
    month: Number(scope.campaign.period_start.slice(5, 7)),
    today: now,
    activities: rows.map((row) => ({
      title: row.title,
      description: row.description,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      locationName: row.location_name,
      contactName: row.contact_name ?? '',
      contactPhone: row.contact_phone ?? '',
      category: row.category,
      coOrganisers: row.co_organisers,
      unitName: row.unit_name,
      section: grouped ? (row.district_name ?? '未分区') : undefined,
    })),
  })
  const fileName = safeFileName(`附件2 学雷锋志愿服务活动安排表（${scope.label}${request.submittedOnly ? '，已提交' : ''}）`) + '.xlsx'
  return storeExport(scope.campaign.id, fileName, bytes, XLSX_CONTENT_TYPE)
}
