import { ZCampaignSetupRequest, ZDeadlineInput, type TCampaignSetup } from '../../../../../../types/api/campaign-setup'
import { addDeadline } from '../../../../../lib/campaign-setup/add-deadline'
import { defineHandler, requireSession } from '../../../../../lib/http/define-handler'
import { parseInput } from '../../../../../lib/http/parse-input'

/** POST a one-off deadline. */
export default defineHandler({
  POST: async (ctx): Promise<TCampaignSetup> => {
    const session = requireSession(ctx)
    const { id } = parseInput(ZCampaignSetupRequest, { id: ctx.req.query.id })
    return addDeadline(session, id, parseInput(ZDeadlineInput, ctx.req.body))
  },
})
