import { ZListCampaignsResponse, type TCampaignSummary } from '../../../../types/api/campaigns'
import { request } from '../../../shared/request'

/** GET /api/campaigns — published campaigns (the five seeded notices among them) to start from. */
export async function listExampleCampaigns(exceptId: string): Promise<TCampaignSummary[]> {
  const { items } = await request({ path: '/api/campaigns', schema: ZListCampaignsResponse })
  return items.filter((c) => c.id !== exceptId && !c.isDemo)
}
