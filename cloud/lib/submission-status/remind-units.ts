import { OWED_STATES, type TRemindRequest, type TRemindResponse } from '../../../types/api/submission-status'
import { recordAudit } from '../audit/record-audit'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { toShanghaiIso } from '../time/shanghai'
import { describeOwed } from '../unit-home/describe-deliverable'
import { cellState } from './describe-cell'
import {
  findDeadline,
  findDistrictUnitIds,
  findScopeDeliverables,
  findScopeUnit,
  findUnitDeliverable,
  findUnitNames,
  queueUnitNotices,
  type TDeliverableRow,
} from './repository'
import { requireStatusAccess } from './require-status-access'
import { quoteName } from '../../../types/quote-name'

/** The dedupe key's stem: one reminder per deadline and unit (each contact gets `<stem>:<user id>`). */
export function organiserReminderKey(deadlineId: string, unitId: string): string {
  return `organiser_reminder:${deadlineId}:${unitId}`
}

const owes = (row: TDeliverableRow) => OWED_STATES.includes(cellState(row))

/**
 * 提醒: an 'organiser_reminder' message to every contact of one unit, or (without unitId) of every
 * unit in the caller's scope (of one district, if asked) that still owes the deadline (未提交, 草稿,
 * 逾期, 已退回). Organisers
 * remind any unit, a district admin its own district's. Never twice for one deadline and unit:
 * units reminded before are counted, not messaged again. Units nobody joined for are named.
 */
export async function remindUnits(session: TSessionClaims, campaignId: string, input: TRemindRequest, now: Date = new Date()): Promise<TRemindResponse> {
  return withUserTx(session, async (tx) => {
    const access = await requireStatusAccess(tx, session, campaignId)
    const deadline = await findDeadline(tx, access.id, input.deadlineId)
    if (!deadline) throw new AppError('not_found', { userMessage: '本活动月没有这个报送期限' })
    let rows: TDeliverableRow[]
    if (input.unitId) {
      const unit = await findScopeUnit(tx, access.id, input.unitId)
      if (!unit) throw new AppError('unit_not_found', { userMessage: '没有这个单位，或它不在你负责的区县' })
      const row = await findUnitDeliverable(tx, access.id, unit.id, deadline.id, now)
      if (!row || !owes(row)) throw new AppError('already_submitted', { userMessage: `${unit.name}已提交${quoteName(deadline.title)}，无需提醒` })
      rows = [row]
    } else {
      const inDistrict = input.districtId ? new Set(await findDistrictUnitIds(tx, access.id, input.districtId)) : null
      rows = (await findScopeDeliverables(tx, access.id, now)).filter(
        (row) => row.deadline_id === deadline.id && owes(row) && (!inDistrict || inDistrict.has(row.unit_id)),
      )
    }
    const names = await findUnitNames(tx, rows.map((r) => r.unit_id))
    const overdue = now.getTime() >= deadline.due_at.getTime()
    const results = await queueUnitNotices(
      tx,
      'organiser_reminder',
      rows.map((row) => ({
        unitId: row.unit_id,
        key: organiserReminderKey(deadline.id, row.unit_id),
        payload: {
          deadlineId: deadline.id,
          unitId: row.unit_id,
          unitName: names.get(row.unit_id) ?? '',
          title: deadline.title,
          dueAt: toShanghaiIso(deadline.due_at),
          owed: describeOwed(row).join('；'),
          overdue,
        },
      })),
    )
    const queued = results.filter((r) => r.queued > 0)
    const already = results.filter((r) => r.contacts > 0 && r.queued === 0)
    const noContact = results.filter((r) => r.contacts === 0).map((r) => ({ id: r.unit_id, name: names.get(r.unit_id) ?? '' }))
    if (queued.length > 0) {
      await recordAudit(tx, {
        campaignId: access.id,
        actorId: session.sub,
        action: 'status.remind',
        entity: 'campaign_deadlines',
        entityId: deadline.id,
        after: { unitIds: queued.map((r) => r.unit_id), alreadyReminded: already.length, noContact: noContact.length },
      })
    }
    return {
      queued: queued.length,
      alreadyReminded: already.length,
      noContact,
      messages: results.reduce((n, r) => n + r.queued, 0),
    }
  })
}
