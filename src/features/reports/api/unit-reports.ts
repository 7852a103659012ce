import { ZGetUnitReportsResponse, ZReport, type TGetUnitReportsResponse, type TReport, type TReportLink } from '../../../../types/api/reports'
import { request } from '../../../shared/request'

const unitPath = (unitId: string) => `/api/units/${encodeURIComponent(unitId)}/reports`

/** GET /api/units/:id/reports?deadlineId= — the unit's report dates and the report for one. */
export function getUnitReports(unitId: string, deadlineId: string | undefined): Promise<TGetUnitReportsResponse> {
  return request({ path: unitPath(unitId), query: { deadlineId }, schema: ZGetUnitReportsResponse })
}

/** PUT /api/units/:id/reports — the draft for a deadline (created on the first save). */
export function saveReport(unitId: string, body: { deadlineId: string; title: string; body: string; links: TReportLink[] }): Promise<TReport> {
  return request({ path: unitPath(unitId), method: 'PUT', body, schema: ZReport })
}
