import { ZGetUnitReportsRequest, ZSaveReportRequest, type TGetUnitReportsResponse, type TReport } from '../../../../types/api/reports'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'
import { getUnitReports } from '../../../lib/reports/get-unit-reports'
import { saveReportDraft } from '../../../lib/reports/save-report-draft'

export default defineHandler({
  GET: async (ctx): Promise<TGetUnitReportsResponse> =>
    getUnitReports(requireSession(ctx), parseInput(ZGetUnitReportsRequest, { id: ctx.req.query.id, deadlineId: ctx.req.query.deadlineId })),
  PUT: async (ctx): Promise<TReport> =>
    saveReportDraft(requireSession(ctx), parseInput(ZSaveReportRequest, { ...ctx.req.body, id: ctx.req.query.id })),
})
