import { ZCampaignBasicsInput, ZCampaignSetupRequest, type TCampaignSetup } from '../../../../../types/api/campaign-setup'
import { getCampaignSetup } from '../../../../lib/campaign-setup/get-campaign-setup'
import { updateCampaignBasics } from '../../../../lib/campaign-setup/update-campaign-basics'
import { defineHandler, requireSession } from '../../../../lib/http/define-handler'
import { parseInput } from '../../../../lib/http/parse-input'

/** GET the set-up page; PUT 基本信息 (title, issuers, city, year, theme, summary, period, published). */
export default defineHandler({
  GET: async (ctx): Promise<TCampaignSetup> => getCampaignSetup(requireSession(ctx), parseInput(ZCampaignSetupRequest, { id: ctx.req.query.id }).id),
  PUT: async (ctx): Promise<TCampaignSetup> => {
    const session = requireSession(ctx)
    const { id } = parseInput(ZCampaignSetupRequest, { id: ctx.req.query.id })
    return updateCampaignBasics(session, id, parseInput(ZCampaignBasicsInput, ctx.req.body))
  },
})
