import { ZStatusCampaignParams, ZRemindRequest, type TRemindResponse } from '../../../../../types/api/submission-status'
import { defineHandler, requireSession } from '../../../../lib/http/define-handler'
import { parseInput } from '../../../../lib/http/parse-input'
import { remindUnits } from '../../../../lib/submission-status/remind-units'

export default defineHandler({
  POST: async (ctx): Promise<TRemindResponse> => {
    const session = requireSession(ctx)
    const { id } = parseInput(ZStatusCampaignParams, { id: ctx.req.query.id })
    return remindUnits(session, id, parseInput(ZRemindRequest, ctx.req.body))
  },
})
