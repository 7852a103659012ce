import type { TCampaignSetup } from '../../../types/api/campaign-setup'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { loadSetup } from './load-setup'
import { findCampaign } from './repository'

/**
 * The set-up page. Organisers edit it; anyone else who can see the campaign (a published notice,
 * a district admin's campaign) reads it as an example (canEdit false). Hidden campaigns are not found.
 */
export async function getCampaignSetup(session: TSessionClaims, campaignId: string): Promise<TCampaignSetup> {
  return withUserTx(session, async (tx) => {
    const campaign = await findCampaign(tx, campaignId)
    if (!campaign) throw new AppError('campaign_not_found')
    return loadSetup(tx, campaign)
  })
}
