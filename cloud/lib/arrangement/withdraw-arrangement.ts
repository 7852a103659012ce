import type { TArrangementSubmissionResponse } from '../../../types/api/arrangement'
import type { TSessionClaims } from '../auth/session-token'
import { recordAudit } from '../audit/record-audit'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { toSubmission } from './get-arrangement'
import { findActivityPlanDeadline, findSubmission, saveWithdrawn } from './repository'
import { requireManagedUnit } from './require-managed-unit'
import { findWithdrawBlock } from './submission-rules'

/** 撤回: before the deadline a submitted 附件2 goes back to draft (or to 已退回 if it had been returned). */
export async function withdrawArrangement(session: TSessionClaims, unitId: string, now: Date = new Date()): Promise<TArrangementSubmissionResponse> {
  return withUserTx(session, async (tx) => {
    const unit = await requireManagedUnit(tx, unitId)
    const deadline = await findActivityPlanDeadline(tx, unit.campaign_id)
    const before = deadline ? await findSubmission(tx, unitId, deadline.id, { lock: true }) : null
    const block = findWithdrawBlock(now, deadline, before)
    if (block || !before) throw new AppError(block?.code ?? 'not_submitted', { userMessage: block?.message })
    const after = await saveWithdrawn(tx, before.id)
    await recordAudit(tx, {
      campaignId: unit.campaign_id,
      actorId: session.sub,
      action: 'withdraw',
      entity: 'unit_submission',
      entityId: after.id,
      before: { status: before.status },
      after: { status: after.status, kind: 'activity_plan' },
    })
    return toSubmission(after)
  })
}
