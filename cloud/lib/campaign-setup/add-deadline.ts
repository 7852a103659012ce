import type { TCampaignSetup, TDeadlineInput } from '../../../types/api/campaign-setup'
import { recordAudit } from '../audit/record-audit'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { fromShanghaiLocal } from '../time/shanghai'
import { checkDeadlineDay } from './deadline-rules'
import { loadSetup } from './load-setup'
import { insertDeadline } from './repository'
import { requireOrganiser, storedPeriod } from './require-organiser'

/** A one-off deadline of any kind, typed as Shanghai wall-clock time ("2027-02-19 18:00"). */
export async function addDeadline(session: TSessionClaims, campaignId: string, input: TDeadlineInput): Promise<TCampaignSetup> {
  return withUserTx(session, async (tx) => {
    const campaign = await requireOrganiser(tx, campaignId)
    checkDeadlineDay(input.dueAt.slice(0, 10), input.title, storedPeriod(campaign))
    const dueAt = fromShanghaiLocal(input.dueAt)
    const id = await insertDeadline(tx, campaignId, { kind: input.kind, title: input.title, dueAt })
    await recordAudit(tx, {
      campaignId,
      actorId: session.sub,
      action: 'deadline.create',
      entity: 'campaign_deadline',
      entityId: id,
      after: { kind: input.kind, title: input.title, dueAt: input.dueAt },
    })
    return loadSetup(tx, campaign)
  })
}
