import { ZCampaignSetupRequest, ZCopyCampaignRequest, type TCreatedCampaignResponse } from '../../../../../types/api/campaign-setup'
import { copyCampaign } from '../../../../lib/campaign-setup/copy-campaign'
import { defineHandler, requireSession } from '../../../../lib/http/define-handler'
import { parseInput } from '../../../../lib/http/parse-input'

/** POST 复制去年的活动月 into a new year. */
export default defineHandler({
  POST: async (ctx): Promise<TCreatedCampaignResponse> => {
    const session = requireSession(ctx)
    const { id } = parseInput(ZCampaignSetupRequest, { id: ctx.req.query.id })
    return copyCampaign(session, id, parseInput(ZCopyCampaignRequest, ctx.req.body))
  },
})
