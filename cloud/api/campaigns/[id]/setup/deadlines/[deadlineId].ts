import { ZDeadlineInput, ZDeadlineParams, type TCampaignSetup } from '../../../../../../types/api/campaign-setup'
import { deleteCampaignDeadline } from '../../../../../lib/campaign-setup/delete-deadline'
import { updateCampaignDeadline } from '../../../../../lib/campaign-setup/update-deadline'
import { defineHandler, requireSession } from '../../../../../lib/http/define-handler'
import { parseInput } from '../../../../../lib/http/parse-input'

/** PUT changes a deadline; DELETE removes one no unit has answered yet. */
export default defineHandler({
  PUT: async (ctx): Promise<TCampaignSetup> => {
    const session = requireSession(ctx)
    const { id, deadlineId } = parseInput(ZDeadlineParams, { id: ctx.req.query.id, deadlineId: ctx.req.query.deadlineId })
    return updateCampaignDeadline(session, id, deadlineId, parseInput(ZDeadlineInput, ctx.req.body))
  },
  DELETE: async (ctx): Promise<TCampaignSetup> => {
    const session = requireSession(ctx)
    const { id, deadlineId } = parseInput(ZDeadlineParams, { id: ctx.req.query.id, deadlineId: ctx.req.query.deadlineId })
    return deleteCampaignDeadline(session, id, deadlineId)
  },
})
