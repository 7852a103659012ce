import type { TSaveUnitActivityResponse, TUpdateUnitActivityRequest } from '../../../types/api/unit-activities'
import type { TSessionClaims } from '../auth/session-token'
import { recordAudit } from '../audit/record-audit'
import { withUserTx } from '../db/transaction'
import { checkActivityRules, type TRuleIssue } from './check-activity-rules'
import { describeActivityChange } from './describe-activity-change'
import { assertEditable, requireManagedActivity, throwIfIssues, toManagedActivity } from './managed-activity'
import { fillFreedSeats, findManagedActivity, findSeqNoHolder, nextSeqNo, queueChangeNotices, toUnitContextOf, toValues, updateActivity } from './repository'
import { quoteName } from '../../../types/quote-name'

/**
 * Saves the form over an activity of the caller's unit. The row is locked first (sign-ups take the
 * same lock), so the capacity check sees a count that cannot move. A published activity whose time
 * or place changes tells everyone signed up, once per change; a larger capacity seats people waiting.
 */
export async function updateUnitActivity(
  session: TSessionClaims,
  id: string,
  request: TUpdateUnitActivityRequest,
  now: Date = new Date(),
): Promise<TSaveUnitActivityResponse> {
  return withUserTx(session, async (tx) => {
    const current = await requireManagedActivity(tx, id, { lock: true })
    assertEditable(current, now)
    const before = toValues(current)
    const input = request.activity
    const publishing = request.publish && current.status === 'draft'
    const timeChanged = Date.parse(input.startsAt) !== current.starts_at.getTime()

    const issues: TRuleIssue[] = checkActivityRules(input, toUnitContextOf(current), { now, startIsNew: timeChanged || publishing })
    if (input.capacity !== null && input.capacity < current.confirmed_count) {
      issues.push({ field: 'capacity', message: `已有 ${current.confirmed_count} 人报名成功，招募人数不能少于 ${current.confirmed_count} 人` })
    }
    if (input.seqNo !== null && input.seqNo !== current.seq_no) {
      const holder = await findSeqNoHolder(tx, current.unit_id, input.seqNo, id)
      if (holder) issues.push({ field: 'seqNo', message: `序号 ${input.seqNo} 已被本单位的${quoteName(holder)}使用，请换一个或留空自动编号` })
    }
    throwIfIssues(issues)

    const seqNo = input.seqNo ?? current.seq_no ?? (await nextSeqNo(tx, current.unit_id))
    // A draft is published on request; a published activity stays published (撤回 takes it back).
    const status = request.publish ? 'published' : current.status
    const signedUp = current.confirmed_count + current.waitlist_count
    const change = current.status === 'published' && signedUp > 0 ? describeActivityChange(before, input) : null
    await updateActivity(tx, id, { ...input, seqNo }, { status, bumpChange: change !== null })
    const notified = change ? await queueChangeNotices(tx, id, change) : 0
    const seatsFreed = input.capacity === null || (current.capacity !== null && input.capacity > current.capacity)
    const promoted = status === 'published' && current.waitlist_count > 0 && seatsFreed ? await fillFreedSeats(tx, id) : 0

    const after = await findManagedActivity(tx, id)
    if (!after) throw new Error('updated activity not readable')
    const activity = toManagedActivity(after, now)
    await recordAudit(tx, {
      campaignId: activity.unit.campaignId,
      actorId: session.sub,
      action: publishing ? 'activity.publish' : 'activity.update',
      entity: 'activity',
      entityId: id,
      before: { status: current.status, ...before },
      after: { status: activity.status, ...activity.values, ...(change ? { change, notified } : {}), ...(promoted ? { promoted } : {}) },
    })
    return { activity, notified }
  })
}
