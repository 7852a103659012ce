import { ZApplyUnitImportRequest, ZUnitImportParams, type TApplyUnitImportResponse } from '../../../../../../types/api/campaign-setup'
import { applyUnitImport } from '../../../../../lib/campaign-setup/apply-unit-import'
import { defineHandler, requireSession } from '../../../../../lib/http/define-handler'
import { parseInput } from '../../../../../lib/http/parse-input'

/** POST applies a previewed unit list (all rows, or only the correct ones), once. */
export default defineHandler({
  POST: async (ctx): Promise<TApplyUnitImportResponse> => {
    const session = requireSession(ctx)
    const { id, importId } = parseInput(ZUnitImportParams, { id: ctx.req.query.id, importId: ctx.req.query.importId })
    return applyUnitImport(session, id, importId, parseInput(ZApplyUnitImportRequest, ctx.req.body))
  },
})
