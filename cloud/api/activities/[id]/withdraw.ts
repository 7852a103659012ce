import { ZActivityIdParam, ZWithdrawActivityRequest, type TWithdrawActivityResponse } from '../../../../types/api/unit-activities'
import { withdrawActivity } from '../../../lib/activity-management/withdraw-activity'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'

export default defineHandler({
  POST: async (ctx): Promise<TWithdrawActivityResponse> => {
    const session = requireSession(ctx)
    const { id } = parseInput(ZActivityIdParam, { id: ctx.req.query.id })
    return withdrawActivity(session, id, parseInput(ZWithdrawActivityRequest, ctx.req.body))
  },
})
