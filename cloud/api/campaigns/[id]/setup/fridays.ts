import { ZCampaignSetupRequest, ZFridayDeadlinesInput, type TFridayDeadlinesResponse } from '../../../../../types/api/campaign-setup'
import { addFridayDeadlines } from '../../../../lib/campaign-setup/add-friday-deadlines'
import { defineHandler, requireSession } from '../../../../lib/http/define-handler'
import { parseInput } from '../../../../lib/http/parse-input'

/** POST one weekly_stats deadline on every Friday of a month. */
export default defineHandler({
  POST: async (ctx): Promise<TFridayDeadlinesResponse> => {
    const session = requireSession(ctx)
    const { id } = parseInput(ZCampaignSetupRequest, { id: ctx.req.query.id })
    return addFridayDeadlines(session, id, parseInput(ZFridayDeadlinesInput, ctx.req.body))
  },
})
