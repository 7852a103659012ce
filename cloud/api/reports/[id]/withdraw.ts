import { ZReportIdRequest, type TReport } from '../../../../types/api/reports'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'
import { withdrawReport } from '../../../lib/reports/withdraw-report'

export default defineHandler({
  POST: async (ctx): Promise<TReport> => withdrawReport(requireSession(ctx), parseInput(ZReportIdRequest, { id: ctx.req.query.id }).id),
})
