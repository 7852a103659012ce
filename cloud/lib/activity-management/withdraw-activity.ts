import type { TWithdrawActivityRequest, TWithdrawActivityResponse } from '../../../types/api/unit-activities'
import type { TSessionClaims } from '../auth/session-token'
import { recordAudit } from '../audit/record-audit'
import { withUserTx } from '../db/transaction'
import { assertEditable, requireManagedActivity, toManagedActivity } from './managed-activity'
import { findManagedActivity, withdrawInSql } from './repository'

/**
 * 撤回: the activity is cancelled with the unit's reason, every live sign-up is cancelled and each
 * person is told, in one transaction (the SQL function does the registrations and the messages).
 */
export async function withdrawActivity(
  session: TSessionClaims,
  id: string,
  request: TWithdrawActivityRequest,
  now: Date = new Date(),
): Promise<TWithdrawActivityResponse> {
  return withUserTx(session, async (tx) => {
    const current = await requireManagedActivity(tx, id, { lock: true })
    assertEditable(current, now)
    const cancelledRegistrations = await withdrawInSql(tx, id, request.reason)
    const after = await findManagedActivity(tx, id)
    if (!after) throw new Error('withdrawn activity not readable')
    const activity = toManagedActivity(after, now)
    await recordAudit(tx, {
      campaignId: activity.unit.campaignId,
      actorId: session.sub,
      action: 'activity.withdraw',
      entity: 'activity',
      entityId: id,
      before: { status: current.status, confirmedCount: current.confirmed_count, waitlistCount: current.waitlist_count },
      after: { status: activity.status, withdrawnReason: activity.withdrawnReason, cancelledRegistrations },
    })
    return { activity, cancelledRegistrations }
  })
}
