import { findCampaigns } from '../../lib/campaigns/repository'
import { withUserTx } from '../../lib/db/transaction'
import { defineHandler } from '../../lib/http/define-handler'
import type { TListCampaignsResponse } from '../../../types/api/campaigns'

export default defineHandler({
  GET: async ({ session }): Promise<TListCampaignsResponse> =>
    withUserTx(session, async (tx) => ({ items: await findCampaigns(tx) })),
})
