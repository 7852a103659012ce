import { ZCampaignSetupRequest, ZQuotasInput, type TCampaignSetup } from '../../../../../types/api/campaign-setup'
import { replaceCampaignQuotas } from '../../../../lib/campaign-setup/replace-campaign-quotas'
import { defineHandler, requireSession } from '../../../../lib/http/define-handler'
import { parseInput } from '../../../../lib/http/parse-input'

/** PUT the campaign's 指标 as a whole. */
export default defineHandler({
  PUT: async (ctx): Promise<TCampaignSetup> => {
    const session = requireSession(ctx)
    const { id } = parseInput(ZCampaignSetupRequest, { id: ctx.req.query.id })
    return replaceCampaignQuotas(session, id, parseInput(ZQuotasInput, ctx.req.body))
  },
})
