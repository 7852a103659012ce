import { ZGetCampaignRequest, type TCampaignDetail } from '../../../types/api/campaigns'
import { findCampaignDetail } from '../../lib/campaigns/repository'
import { withUserTx } from '../../lib/db/transaction'
import { AppError } from '../../lib/errors/app-error'
import { defineHandler } from '../../lib/http/define-handler'
import { parseInput } from '../../lib/http/parse-input'

export default defineHandler({
  GET: async ({ req, session }): Promise<TCampaignDetail> => {
    const { id } = parseInput(ZGetCampaignRequest, { id: req.query.id })
    const campaign = await withUserTx(session, (tx) => findCampaignDetail(tx, id))
    if (!campaign) throw new AppError('campaign_not_found')
    return campaign
  },
})
