import type { TShowcaseApplication } from '../../../types/api/showcase'
import type { TSessionClaims } from '../auth/session-token'
import { recordAudit } from '../audit/record-audit'
import { withUserTx } from '../db/transaction'
import { refuseIf, withdrawRefusal } from '../submissions/decide-submission'
import { getShowcaseApplication } from './get-showcase-application'
import { decideApplication, loadApplication, showcaseMessages } from './guards'
import { markWithdrawn } from './repository'

/**
 * Takes a submitted application back to a draft, to change it. Only before the deadline: after it
 * the organiser works from what was handed in, and a withdrawn application could not be submitted
 * again.
 */
export async function withdrawShowcaseApplication(session: TSessionClaims, id: string): Promise<TShowcaseApplication> {
  await withUserTx(session, async (tx) => {
    const row = await loadApplication(tx, id, { lock: true })
    refuseIf(withdrawRefusal(decideApplication(row, new Date()), showcaseMessages(row)))
    await markWithdrawn(tx, id)
    await recordAudit(tx, {
      campaignId: row.campaign_id,
      actorId: session.sub,
      action: 'showcase.withdraw',
      entity: 'showcase_application',
      entityId: id,
      before: { status: 'submitted' },
      after: { status: 'draft' },
    })
  })
  return getShowcaseApplication(session, id)
}
