import type { TCorrectCheckinRequest, TRosterItem } from '../../../types/api/checkins'
import { insertAudit } from '../auth/repository'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { toShanghaiIso } from '../time/shanghai'
import { checkCorrectionTimes } from './correction-rules'
import { canManageActivity, findCheckIn, findRegistrationActivity, findRoster, upsertCheckIn } from './repository'

/**
 * A unit contact fixes a check-in record; the before and after go to the audit log. The times must
 * be on the activity's days and not in the future, and nothing is checked out (no hours) before
 * the activity has started.
 */
export async function correctCheckIn(
  session: TSessionClaims,
  registrationId: string,
  request: TCorrectCheckinRequest,
  now: Date = new Date(),
): Promise<{ item: TRosterItem }> {
  return withUserTx(session, async (tx) => {
    const target = await findRegistrationActivity(tx, registrationId)
    if (!target || !(await canManageActivity(tx, target.activityId))) throw new AppError('registration_not_found')
    const times = { checkedInAt: new Date(request.checkedInAt), checkedOutAt: request.checkedOutAt ? new Date(request.checkedOutAt) : null }
    const refusal = checkCorrectionTimes(times, target, now)
    if (refusal) throw new AppError(refusal.code, { userMessage: refusal.issues[0]?.message, issues: refusal.issues })
    const before = await findCheckIn(tx, registrationId)
    await upsertCheckIn(tx, {
      registrationId,
      ...times,
      correctedBy: session.sub,
      note: request.note,
    })
    const [item] = await findRoster(tx, target.activityId, registrationId)
    if (!item) throw new AppError('registration_not_found')
    await insertAudit(tx, {
      campaignId: target.campaignId,
      actorId: session.sub,
      action: 'check_in.correct',
      entity: 'check_ins',
      entityId: registrationId,
      before: before
        ? { checkedInAt: toShanghaiIso(before.checked_in_at), checkedOutAt: before.checked_out_at ? toShanghaiIso(before.checked_out_at) : null, hours: before.hours }
        : null,
      after: { ...item.checkIn, note: request.note },
    })
    return { item }
  })
}
