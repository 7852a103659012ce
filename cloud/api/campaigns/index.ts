import { findCampaigns } from '../../lib/campaigns/repository'
import { createCampaign } from '../../lib/campaign-setup/create-campaign'
import { withUserTx } from '../../lib/db/transaction'
import { defineHandler, requireSession } from '../../lib/http/define-handler'
import { parseInput } from '../../lib/http/parse-input'
import type { TListCampaignsResponse } from '../../../types/api/campaigns'
import { ZCreateCampaignRequest, type TCreatedCampaignResponse } from '../../../types/api/campaign-setup'

export default defineHandler({
  GET: async ({ session }): Promise<TListCampaignsResponse> =>
    withUserTx(session, async (tx) => ({ items: await findCampaigns(tx) })),
  // 新建活动月 (any organiser; they become its organiser).
  POST: async (ctx): Promise<TCreatedCampaignResponse> => createCampaign(requireSession(ctx), parseInput(ZCreateCampaignRequest, ctx.req.body)),
})
