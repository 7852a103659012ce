import type { TArrangementSubmissionResponse } from '../../../types/api/arrangement'
import type { TSessionClaims } from '../auth/session-token'
import { recordAudit } from '../audit/record-audit'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { toSubmission } from './get-arrangement'
import { countLiveActivities, findActivityPlanDeadline, findSubmission, saveSubmitted } from './repository'
import { requireManagedUnit } from './require-managed-unit'
import { findSubmitBlock } from './submission-rules'

/**
 * 提交活动安排表: the unit hands in its 附件2 for the campaign's activity_plan deadline. Refused
 * after the deadline unless the organiser returned it (退回), when submitted already, or with no
 * activity. Recorded in unit_submissions (what the unit home and the organiser read) and audit_log.
 */
export async function submitArrangement(session: TSessionClaims, unitId: string, now: Date = new Date()): Promise<TArrangementSubmissionResponse> {
  return withUserTx(session, async (tx) => {
    const unit = await requireManagedUnit(tx, unitId)
    const deadline = await findActivityPlanDeadline(tx, unit.campaign_id)
    const before = deadline ? await findSubmission(tx, unitId, deadline.id, { lock: true }) : null
    const block = findSubmitBlock(now, deadline, before, await countLiveActivities(tx, unitId))
    if (block || !deadline) throw new AppError(block?.code ?? 'not_found', { userMessage: block?.message })
    const after = await saveSubmitted(tx, { campaignId: unit.campaign_id, unitId, deadlineId: deadline.id, userId: session.sub })
    await recordAudit(tx, {
      campaignId: unit.campaign_id,
      actorId: session.sub,
      action: before?.status === 'returned' ? 'resubmit' : 'submit',
      entity: 'unit_submission',
      entityId: after.id,
      before: before ? { status: before.status } : null,
      after: { status: after.status, kind: 'activity_plan', deadlineId: deadline.id },
    })
    return toSubmission(after)
  })
}
