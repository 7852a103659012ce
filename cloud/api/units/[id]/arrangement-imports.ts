import { ZCreateArrangementImportRequest, ZUnitIdParam, type TArrangementPreview } from '../../../../types/api/arrangement'
import { previewArrangementImport } from '../../../lib/arrangement/preview-arrangement-import'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'

/** POST /api/units/:id/arrangement-imports {path} — preview an uploaded 附件2 workbook. */
export default defineHandler({
  POST: async (ctx): Promise<TArrangementPreview> => {
    const { id } = parseInput(ZUnitIdParam, { id: ctx.req.query.id })
    return previewArrangementImport(requireSession(ctx), id, parseInput(ZCreateArrangementImportRequest, ctx.req.body))
  },
})
