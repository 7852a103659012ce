import { ZActivityIdParam, ZUpdateUnitActivityRequest, type TSaveUnitActivityResponse } from '../../../../types/api/unit-activities'
import { updateUnitActivity } from '../../../lib/activity-management/update-unit-activity'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'

export default defineHandler({
  PATCH: async (ctx): Promise<TSaveUnitActivityResponse> => {
    const session = requireSession(ctx)
    const { id } = parseInput(ZActivityIdParam, { id: ctx.req.query.id })
    return updateUnitActivity(session, id, parseInput(ZUpdateUnitActivityRequest, ctx.req.body))
  },
})
