import { ZUnitIdParam } from '../../../../types/api/arrangement'
import type { TExportResponse } from '../../../../types/api/common'
import { exportArrangement } from '../../../lib/arrangement/export-arrangement'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'

/** POST /api/units/:id/arrangement-export — 附件2 as .xlsx, a short-lived link. */
export default defineHandler({
  POST: async (ctx): Promise<TExportResponse> => exportArrangement(requireSession(ctx), parseInput(ZUnitIdParam, { id: ctx.req.query.id }).id),
})
