import type { TTx } from '../db/client'
import { AppError } from '../errors/app-error'
import { findCampaign, lockCampaignSetup, type TCampaignRow } from './repository'

/**
 * The campaign, when the caller organises it, with its set-up serialised for this transaction.
 * A campaign the caller cannot see is "not found" (nothing about it leaks); one they can see but
 * do not run (a published notice, a district admin's own campaign) is refused in words.
 */
export async function requireOrganiser(tx: TTx, campaignId: string): Promise<TCampaignRow> {
  const campaign = await findCampaign(tx, campaignId)
  if (!campaign) throw new AppError('campaign_not_found')
  if (!campaign.can_edit) throw new AppError('forbidden', { userMessage: '只有本活动月的组织方可以修改活动月设置' })
  await lockCampaignSetup(tx, campaign.id)
  return campaign
}

export function storedPeriod(campaign: TCampaignRow): { start: string; end: string; yearRound: boolean } {
  return { start: campaign.period_start, end: campaign.period_end, yearRound: campaign.is_year_round }
}
