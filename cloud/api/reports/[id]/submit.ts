import { ZReportIdRequest, type TReport } from '../../../../types/api/reports'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'
import { submitReport } from '../../../lib/reports/submit-report'

export default defineHandler({
  POST: async (ctx): Promise<TReport> => submitReport(requireSession(ctx), parseInput(ZReportIdRequest, { id: ctx.req.query.id }).id),
})
