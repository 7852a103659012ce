import {
  ZCreateUnitActivityRequest,
  ZUnitIdParam,
  type TSaveUnitActivityResponse,
  type TUnitActivitiesResponse,
} from '../../../../types/api/unit-activities'
import { createUnitActivity } from '../../../lib/activity-management/create-unit-activity'
import { listUnitActivities } from '../../../lib/activity-management/list-unit-activities'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'

export default defineHandler({
  GET: async (ctx): Promise<TUnitActivitiesResponse> =>
    listUnitActivities(requireSession(ctx), parseInput(ZUnitIdParam, { id: ctx.req.query.id }).id),
  POST: async (ctx): Promise<TSaveUnitActivityResponse> => {
    const session = requireSession(ctx)
    const { id } = parseInput(ZUnitIdParam, { id: ctx.req.query.id })
    return createUnitActivity(session, id, parseInput(ZCreateUnitActivityRequest, ctx.req.body))
  },
})
