import type { TAcceptSubmissionRequest, TSubmissionDecisionResponse } from '../../../types/api/submission-status'
import { recordAudit } from '../audit/record-audit'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { toShanghaiIso } from '../time/shanghai'
import { decideTarget } from './decide-target'
import { requireOrganiser } from './require-status-access'
import { resolveTarget } from './resolve-target'
import { quoteName } from '../../../types/quote-name'

/**
 * 采用: an organiser accepts a submitted item. It is final for the unit (it can no longer withdraw
 * or change it: cloud/lib/submissions/decide-submission.ts); the organiser may still 退回 it.
 */
export async function acceptSubmission(
  session: TSessionClaims,
  campaignId: string,
  input: TAcceptSubmissionRequest,
  now: Date = new Date(),
): Promise<TSubmissionDecisionResponse> {
  return withUserTx(session, async (tx) => {
    const access = await requireOrganiser(tx, session, campaignId, '采用材料')
    const target = await resolveTarget(tx, access.id, input)
    if (target.status === 'accepted') throw new AppError('already_submitted', { userMessage: `${quoteName(target.title)}已经采用` })
    if (target.status !== 'submitted') {
      throw new AppError('not_submitted', { userMessage: `只有已提交的材料才能采用：${target.unitName}的${quoteName(target.title)}现在不是已提交` })
    }
    const at = await decideTarget(tx, target, { status: 'accepted' }, session.sub, now)
    if (!at) throw new AppError('conflict', { userMessage: '这项材料刚刚被单位撤回或已被处理，请刷新后再看' })
    await recordAudit(tx, {
      campaignId: access.id,
      actorId: session.sub,
      action: 'submission.accept',
      entity: target.entity,
      entityId: target.id,
      before: { status: 'submitted' },
      after: { status: 'accepted', unitId: target.unitId, deadlineId: target.deadlineId },
    })
    return { status: 'accepted', at: toShanghaiIso(at), notified: 0 }
  })
}
