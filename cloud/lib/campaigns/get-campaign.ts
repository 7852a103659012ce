import type { TCampaignDetail } from '../../../types/api/campaigns'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { findCampaignDetail } from './repository'

export async function getCampaign(session: TSessionClaims | null, id: string): Promise<TCampaignDetail> {
  const campaign = await withUserTx(session, (tx) => findCampaignDetail(tx, id))
  if (!campaign) throw new AppError('campaign_not_found')
  return campaign
}
