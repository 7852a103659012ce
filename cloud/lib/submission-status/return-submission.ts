import type { TReturnSubmissionRequest, TSubmissionDecisionResponse } from '../../../types/api/submission-status'
import { recordAudit } from '../audit/record-audit'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { toShanghaiIso } from '../time/shanghai'
import { decideTarget } from './decide-target'
import { queueUnitNotices } from './repository'
import { requireOrganiser } from './require-status-access'
import { resolveTarget } from './resolve-target'
import { quoteName } from '../../../types/quote-name'

/**
 * 退回修改: an organiser sends a submitted (or accepted) item back with a reason. The row becomes
 * 'returned' with returned_at/by and the reason (the unit home shows it; the unit may resubmit
 * even after the deadline), the audit log records it, and every contact of the unit gets a
 * 'submission_returned' message — once per return: a second 退回 after a resubmission tells them again.
 */
export async function returnSubmission(
  session: TSessionClaims,
  campaignId: string,
  input: TReturnSubmissionRequest,
  now: Date = new Date(),
): Promise<TSubmissionDecisionResponse> {
  return withUserTx(session, async (tx) => {
    const access = await requireOrganiser(tx, session, campaignId, '退回材料')
    const target = await resolveTarget(tx, access.id, input)
    if (target.status === 'returned') throw new AppError('not_submitted', { userMessage: `${quoteName(target.title)}已经退回，正等单位修改后重新提交` })
    if (target.status !== 'submitted' && target.status !== 'accepted') {
      throw new AppError('not_submitted', { userMessage: `只有已提交的材料才能退回：${target.unitName}的${quoteName(target.title)}还没有提交` })
    }
    const at = await decideTarget(tx, target, { status: 'returned', reason: input.reason }, session.sub, now)
    if (!at) throw new AppError('conflict', { userMessage: '这项材料刚刚被单位撤回或已被处理，请刷新后再看' })
    await recordAudit(tx, {
      campaignId: access.id,
      actorId: session.sub,
      action: 'submission.return',
      entity: target.entity,
      entityId: target.id,
      before: { status: target.status },
      after: { status: 'returned', reason: input.reason, unitId: target.unitId, deadlineId: target.deadlineId },
    })
    const [queued] = await queueUnitNotices(tx, 'submission_returned', [
      {
        unitId: target.unitId,
        key: `submission_returned:${target.id}:${at.getTime()}`,
        payload: {
          ...(target.deadlineId ? { deadlineId: target.deadlineId } : {}),
          unitId: target.unitId,
          unitName: target.unitName,
          title: target.title,
          reason: input.reason,
        },
      },
    ])
    return { status: 'returned', at: toShanghaiIso(at), notified: queued?.queued ?? 0 }
  })
}
