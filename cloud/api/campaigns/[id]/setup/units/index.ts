import { ZCampaignSetupRequest, ZUnitInput, type TCampaignSetup } from '../../../../../../types/api/campaign-setup'
import { addUnit } from '../../../../../lib/campaign-setup/add-unit'
import { defineHandler, requireSession } from '../../../../../lib/http/define-handler'
import { parseInput } from '../../../../../lib/http/parse-input'

/** POST a unit typed in. */
export default defineHandler({
  POST: async (ctx): Promise<TCampaignSetup> => {
    const session = requireSession(ctx)
    const { id } = parseInput(ZCampaignSetupRequest, { id: ctx.req.query.id })
    return addUnit(session, id, parseInput(ZUnitInput, ctx.req.body))
  },
})
