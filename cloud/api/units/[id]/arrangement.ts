import { ZUnitIdParam, type TArrangementState } from '../../../../types/api/arrangement'
import { getArrangement } from '../../../lib/arrangement/get-arrangement'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'

/** GET /api/units/:id/arrangement — the unit's 附件2 rows, deadline and submission state. */
export default defineHandler({
  GET: async (ctx): Promise<TArrangementState> => getArrangement(requireSession(ctx), parseInput(ZUnitIdParam, { id: ctx.req.query.id }).id),
})
