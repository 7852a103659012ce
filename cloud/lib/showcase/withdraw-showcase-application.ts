import type { TShowcaseApplication } from '../../../types/api/showcase'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { getShowcaseApplication } from './get-showcase-application'
import { loadApplication } from './guards'
import { insertAudit, markWithdrawn } from './repository'
import { deadlinePassed } from './to-application'

/**
 * Takes a submitted application back to a draft, to change it. Only before the deadline: after it
 * the organiser works from what was handed in, and a withdrawn application could not be submitted
 * again.
 */
export async function withdrawShowcaseApplication(session: TSessionClaims, id: string): Promise<TShowcaseApplication> {
  await withUserTx(session, async (tx) => {
    const row = await loadApplication(tx, id, { lock: true })
    if (row.status !== 'submitted') throw new AppError('not_submitted', { userMessage: '申报表还没有提交，无需撤回' })
    if (deadlinePassed(row, new Date())) {
      throw new AppError('deadline_passed', { userMessage: '已过申报截止时间，不能再撤回；如需修改请联系组织方' })
    }
    await markWithdrawn(tx, id)
    await insertAudit(tx, {
      campaignId: row.campaign_id,
      actorId: session.sub,
      action: 'showcase.withdraw',
      entityId: id,
      before: { status: 'submitted' },
      after: { status: 'draft' },
    })
  })
  return getShowcaseApplication(session, id)
}
