import type { TTx } from '../db/client'
import { AppError } from '../errors/app-error'
import { findCampaign, isOrganiser, type TCampaignRow } from './repository'

/** The campaign, when the caller organises it: invites are the organisers' business only. */
export async function requireOrganiser(tx: TTx, campaignId: string): Promise<TCampaignRow> {
  const campaign = await findCampaign(tx, campaignId)
  if (!campaign) throw new AppError('campaign_not_found')
  if (!(await isOrganiser(tx, campaign.id))) throw new AppError('forbidden', { userMessage: '只有本活动月的组织方可以管理邀请码' })
  return campaign
}
