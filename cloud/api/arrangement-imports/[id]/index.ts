import { ZArrangementImportIdParam, type TArrangementPreview } from '../../../../types/api/arrangement'
import { getArrangementImport } from '../../../lib/arrangement/get-arrangement-import'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'

/** GET /api/arrangement-imports/:id — an import's preview again. */
export default defineHandler({
  GET: async (ctx): Promise<TArrangementPreview> => getArrangementImport(requireSession(ctx), parseInput(ZArrangementImportIdParam, { id: ctx.req.query.id }).id),
})
