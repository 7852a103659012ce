import { ZActivityIdParam, type TManagedActivity } from '../../../../types/api/unit-activities'
import { getEditableActivity } from '../../../lib/activity-management/get-editable-activity'
import { defineHandler, requireSession } from '../../../lib/http/define-handler'
import { parseInput } from '../../../lib/http/parse-input'

export default defineHandler({
  GET: async (ctx): Promise<TManagedActivity> =>
    getEditableActivity(requireSession(ctx), parseInput(ZActivityIdParam, { id: ctx.req.query.id }).id),
})
