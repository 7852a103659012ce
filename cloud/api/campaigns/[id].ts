import { ZGetCampaignRequest, type TCampaignDetail } from '../../../types/api/campaigns'
import { getCampaign } from '../../lib/campaigns/get-campaign'
import { defineHandler } from '../../lib/http/define-handler'
import { parseInput } from '../../lib/http/parse-input'

export default defineHandler({
  GET: async ({ req, session }): Promise<TCampaignDetail> => getCampaign(session, parseInput(ZGetCampaignRequest, { id: req.query.id }).id),
})
