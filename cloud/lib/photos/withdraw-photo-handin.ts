import type { TUnitPhotosResponse } from '../../../types/api/photos'
import type { TSessionClaims } from '../auth/session-token'
import { recordAudit } from '../audit/record-audit'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { listUnitPhotos } from './list-unit-photos'
import { decideReturnState } from './photo-return-state'
import { clearHandedIn, findManagedUnit, findPhotosDeadline, findSubmission, markWithdrawn } from './repository'

/**
 * Takes the unit's photo return back before the deadline, to change it: the return becomes a
 * draft again and no photo counts as handed in until the unit submits anew.
 */
export async function withdrawPhotoHandin(session: TSessionClaims, unitId: string): Promise<TUnitPhotosResponse> {
  await withUserTx(session, async (tx) => {
    const unit = await findManagedUnit(tx, unitId)
    if (!unit) throw new AppError('unit_not_found', { userMessage: '单位不存在，或你不是该单位的联系人' })
    const deadline = await findPhotosDeadline(tx, unit.campaign_id)
    const submission = deadline ? await findSubmission(tx, unit.id, deadline.id, { lock: true }) : null
    const state = decideReturnState(deadline, submission)
    if (!submission || !state.canWithdraw) throw new AppError(state.withdrawBlocked?.code ?? 'not_submitted', { userMessage: state.withdrawBlocked?.message })
    const photoIds = await clearHandedIn(tx, unit.id)
    await markWithdrawn(tx, submission.id)
    await recordAudit(tx, {
      campaignId: unit.campaign_id,
      actorId: session.sub,
      action: 'photos_withdrawn',
      entity: 'unit_submissions',
      entityId: submission.id,
      before: { status: submission.status, photoIds },
      after: { status: 'draft' },
    })
  })
  return listUnitPhotos(session, unitId)
}
