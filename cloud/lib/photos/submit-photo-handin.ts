import type { TSubmitPhotoHandinRequest, TUnitPhotosResponse } from '../../../types/api/photos'
import type { TSessionClaims } from '../auth/session-token'
import { recordAudit } from '../audit/record-audit'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { describeUnfit } from './describe-unfit'
import { listUnitPhotos } from './list-unit-photos'
import { decideReturnState } from './photo-return-state'
import { findHandinCandidates, findManagedUnit, findPhotosDeadline, findSubmission, saveSubmitted, setHandedIn } from './repository'

/**
 * 提交本单位照片: the chosen photos (passed, or awaiting the organiser's review) become the unit's
 * photo return, by the photos deadline (or after the organiser sent it back). All or nothing:
 * one unfit photo refuses the whole hand-in and names it.
 */
export async function submitPhotoHandin(session: TSessionClaims, request: TSubmitPhotoHandinRequest): Promise<TUnitPhotosResponse> {
  await withUserTx(session, async (tx) => {
    const unit = await findManagedUnit(tx, request.id)
    if (!unit) throw new AppError('unit_not_found', { userMessage: '单位不存在，或你不是该单位的联系人' })
    const deadline = await findPhotosDeadline(tx, unit.campaign_id)
    // Locked: two contacts of one unit submitting at once are serialised here.
    const submission = deadline ? await findSubmission(tx, unit.id, deadline.id, { lock: true }) : null
    const state = decideReturnState(deadline, submission)
    if (!deadline || !state.canSubmit) throw new AppError(state.blocked?.code ?? 'conflict', { userMessage: state.blocked?.message })

    const candidates = await findHandinCandidates(tx, unit.id, request.photoIds)
    const missing = request.photoIds.length - candidates.length
    if (missing > 0) {
      throw new AppError('validation_failed', { userMessage: `所选照片中有 ${missing} 张已删除或不属于本单位，请刷新后重新选择` })
    }
    const unfit = candidates.map(describeUnfit).filter((reason): reason is string => reason !== null)
    if (unfit.length > 0) {
      const more = unfit.length > 1 ? `（共 ${unfit.length} 张不能提交）` : ''
      throw new AppError('validation_failed', { userMessage: `${unfit[0]}${more}` })
    }

    await setHandedIn(tx, unit.id, request.photoIds)
    const submissionId = await saveSubmitted(tx, { campaignId: unit.campaign_id, unitId: unit.id, deadlineId: deadline.id, userId: session.sub })
    await recordAudit(tx, {
      campaignId: unit.campaign_id,
      actorId: session.sub,
      action: submission?.status === 'returned' ? 'photos_resubmitted' : 'photos_submitted',
      entity: 'unit_submissions',
      entityId: submissionId,
      before: submission ? { status: submission.status } : undefined,
      after: {
        status: 'submitted',
        photoIds: request.photoIds,
        awaitingReview: candidates.filter((c) => c.verdict === 'needs_review').length,
      },
    })
  })
  return listUnitPhotos(session, request.id)
}
