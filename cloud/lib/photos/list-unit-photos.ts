import type { TUnitPhotosResponse } from '../../../types/api/photos'
import type { TSessionClaims } from '../auth/session-token'
import type { TTx } from '../db/client'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { toShanghaiIso } from '../time/shanghai'
import { decideReturnState } from './photo-return-state'
import { findManagedUnit, findPhotos, findPhotosDeadline, findSubmission, findUnitActivities, type TPhotoRow } from './repository'
import { toPhotos } from './to-photo'

/** A unit hands in at most this many photos' worth of page; far more than any notice asks for. */
const MAX_PHOTOS = 500

/**
 * The photo hand-in page: every activity photo of the unit grouped by activity, with verdicts,
 * and the unit's photo return (its deadline, state, and what may be done now).
 */
export async function listUnitPhotos(session: TSessionClaims, unitId: string): Promise<TUnitPhotosResponse> {
  const loaded = await withUserTx(session, (tx) => loadUnitPhotos(tx, unitId))
  const photos = await toPhotos(loaded.rows, session.sub)
  const state = decideReturnState(loaded.deadline, loaded.submission)
  return {
    unit: { id: loaded.unit.id, name: loaded.unit.name },
    deadline: loaded.deadline
      ? { id: loaded.deadline.id, title: loaded.deadline.title, dueAt: toShanghaiIso(loaded.deadline.due_at), passed: state.deadlinePassed }
      : null,
    submission: loaded.submission
      ? {
          status: loaded.submission.status,
          submittedAt: loaded.submission.submitted_at ? toShanghaiIso(loaded.submission.submitted_at) : null,
          returnedAt: loaded.submission.returned_at ? toShanghaiIso(loaded.submission.returned_at) : null,
          returnReason: loaded.submission.return_reason,
        }
      : null,
    canSubmit: state.canSubmit,
    canWithdraw: state.canWithdraw,
    blockedReason: state.blocked?.message ?? null,
    activities: loaded.activities.map((activity) => ({
      id: activity.id,
      title: activity.title,
      startsAt: toShanghaiIso(activity.starts_at),
      endsAt: toShanghaiIso(activity.ends_at),
      cancelled: activity.status === 'cancelled',
      photos: photos.filter((photo) => photo.activityId === activity.id),
    })),
  }
}

async function loadUnitPhotos(tx: TTx, unitId: string) {
  const unit = await findManagedUnit(tx, unitId)
  if (!unit) throw new AppError('unit_not_found', { userMessage: '单位不存在，或你不是该单位的联系人' })
  const deadline = await findPhotosDeadline(tx, unit.campaign_id)
  const submission = deadline ? await findSubmission(tx, unit.id, deadline.id) : null
  const activities = await findUnitActivities(tx, unit.id)
  const rows: TPhotoRow[] = await findPhotos(tx, { unitId: unit.id, limit: MAX_PHOTOS })
  return { unit, deadline, submission, activities, rows }
}
