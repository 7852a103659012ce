import type { TExportResponse } from '../../../types/api/common'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { XLSX_CONTENT_TYPE, storeExport } from '../exports/store-export'
import { buildArrangementWorkbook } from './build-arrangement-workbook'
import { listUnitActivities } from './repository'
import { requireManagedUnit } from './require-managed-unit'

/** 导出安排表: the unit's activities (not withdrawn) as 附件2, handed out as a short-lived link. */
export async function exportArrangement(session: TSessionClaims, unitId: string, now: Date = new Date()): Promise<TExportResponse> {
  const { unit, activities } = await withUserTx(session, async (tx) => {
    const found = await requireManagedUnit(tx, unitId)
    return { unit: found, activities: await listUnitActivities(tx, unitId) }
  })
  const bytes = await buildArrangementWorkbook({
    unitName: unit.unit_name,
    year: unit.year,
    month: Number(unit.period_start.slice(5, 7)),
    today: now,
    activities: activities.map((a) => ({
      title: a.title,
      description: a.description,
      startsAt: a.starts_at,
      endsAt: a.ends_at,
      locationName: a.location_name,
      contactName: a.contact_name ?? '',
      contactPhone: a.contact_phone ?? '',
      category: a.category,
      coOrganisers: a.co_organisers,
    })),
  })
  const fileName = `附件2 学雷锋志愿服务活动安排表（${unit.unit_name.replace(/[\\/:*?"<>|]/g, '')}）.xlsx`
  return storeExport(unit.campaign_id, fileName, bytes, XLSX_CONTENT_TYPE)
}
