import { ZApplyArrangementImportRequest, ZArrangementImportIdParam, type TApplyArrangementImportResponse } from '../../../../types/api/arrangement'
import { applyArrangementImport } from '../../../lib/arrangement/apply-arrangement-import'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'

/** POST /api/arrangement-imports/:id/apply {mode, publish} — create the previewed activities. */
export default defineHandler({
  POST: async (ctx): Promise<TApplyArrangementImportResponse> => {
    const { id } = parseInput(ZArrangementImportIdParam, { id: ctx.req.query.id })
    return applyArrangementImport(requireSession(ctx), id, parseInput(ZApplyArrangementImportRequest, ctx.req.body))
  },
})
