import type { TGetUnitReportsRequest, TGetUnitReportsResponse } from '../../../types/api/reports'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { findManagedUnit, findReport, listPictures, listReportDeadlines } from './repository'
import { toReport, toReportDeadline } from './to-report'

/**
 * The unit's report deadlines (晋城 has three a year, 兰州 one) and the report for the one asked
 * for — without `deadlineId`, the next one still open, else the last. The report itself exists
 * from its first save.
 */
export async function getUnitReports(session: TSessionClaims, request: TGetUnitReportsRequest): Promise<TGetUnitReportsResponse> {
  const now = new Date()
  const loaded = await withUserTx(session, async (tx) => {
    const unit = await findManagedUnit(tx, request.id)
    if (!unit) throw new AppError('unit_not_found', { userMessage: '单位不存在，或你不是该单位的联系人' })
    const deadlines = await listReportDeadlines(tx, unit.campaignId, unit.id)
    const chosen = request.deadlineId
      ? deadlines.find((d) => d.id === request.deadlineId)
      : (deadlines.find((d) => d.due_at.getTime() >= now.getTime()) ?? deadlines[deadlines.length - 1])
    if (request.deadlineId && !chosen) throw new AppError('not_found', { userMessage: '没有找到这次报告的截止日期' })
    const report = chosen ? await findReport(tx, { unitId: unit.id, deadlineId: chosen.id }) : null
    return { unit, deadlines, chosen, report, pictures: report ? await listPictures(tx, report.id) : [] }
  })
  return {
    unit: { id: loaded.unit.id, name: loaded.unit.name, campaignId: loaded.unit.campaignId },
    deadlines: loaded.deadlines.map((d) => ({ ...toReportDeadline(d, now), status: d.status })),
    current: loaded.chosen
      ? {
          deadline: toReportDeadline(loaded.chosen, now),
          report: loaded.report ? await toReport(loaded.report, loaded.pictures, now) : null,
        }
      : null,
  }
}
