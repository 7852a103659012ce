import type { TCampaignSetup, TQuotasInput } from '../../../types/api/campaign-setup'
import { recordAudit } from '../audit/record-audit'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { loadSetup } from './load-setup'
import { findQuotas, replaceQuotas } from './repository'
import { requireOrganiser } from './require-organiser'

/**
 * 指标 as a whole (at most one per subject × metric, e.g. 连云港: 每个县区 ≥ 6 展示项目, 每个功能板块
 * ≥ 3, 每个单位 ≥ 1, 每个单位 ≥ 1 重点活动): the list replaces the stored one. Audited with both lists.
 */
export async function replaceCampaignQuotas(session: TSessionClaims, campaignId: string, input: TQuotasInput): Promise<TCampaignSetup> {
  return withUserTx(session, async (tx) => {
    const campaign = await requireOrganiser(tx, campaignId)
    const before = await findQuotas(tx, campaignId)
    await replaceQuotas(tx, campaignId, input.quotas)
    await recordAudit(tx, {
      campaignId,
      actorId: session.sub,
      action: 'quotas.replace',
      entity: 'campaign',
      entityId: campaignId,
      before: { quotas: before.map((q) => ({ subject: q.subject, metric: q.metric, minCount: q.min_count })) },
      after: { quotas: input.quotas },
    })
    return loadSetup(tx, campaign)
  })
}
