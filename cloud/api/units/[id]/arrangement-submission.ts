import { ZUnitIdParam, type TArrangementSubmissionResponse } from '../../../../types/api/arrangement'
import { submitArrangement } from '../../../lib/arrangement/submit-arrangement'
import { withdrawArrangement } from '../../../lib/arrangement/withdraw-arrangement'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'

/** POST: 提交活动安排表; DELETE: 撤回 (before the deadline). */
export default defineHandler({
  POST: async (ctx): Promise<TArrangementSubmissionResponse> =>
    submitArrangement(requireSession(ctx), parseInput(ZUnitIdParam, { id: ctx.req.query.id }).id),
  DELETE: async (ctx): Promise<TArrangementSubmissionResponse> =>
    withdrawArrangement(requireSession(ctx), parseInput(ZUnitIdParam, { id: ctx.req.query.id }).id),
})
