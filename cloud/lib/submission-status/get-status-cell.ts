import { OWED_STATES, STATUS_CELL_LABELS, type TStatusCellRequest, type TStatusCellResponse } from '../../../types/api/submission-status'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { toShanghaiIso } from '../time/shanghai'
import { describeOwed } from '../unit-home/describe-deliverable'
import { buildColumns } from './build-columns'
import { readQuotas } from './compute-quotas'
import { describeCell, describeKeyCell, toCellFacts } from './describe-cell'
import { loadCellDetail, toCellActivity } from './load-cell-detail'
import { findDeadline, findQuotas, findReminders, findScopeUnit, findUnitActivities, findUnitContacts, findUnitDeliverable } from './repository'
import { requireStatusAccess } from './require-status-access'

/**
 * One cell opened: the unit, its state, what it still owes, and the submission itself — 附件2 rows,
 * showcase applications with pictures, the photos handed in, the weekly table, the report — to
 * read, with what the caller may do about it (退回 / 采用 for organisers, 提醒 while it is owed).
 */
export async function getStatusCell(session: TSessionClaims, input: TStatusCellRequest, now: Date = new Date()): Promise<TStatusCellResponse> {
  return withUserTx(session, async (tx) => {
    const access = await requireStatusAccess(tx, session, input.id)
    const unit = await findScopeUnit(tx, access.id, input.unitId)
    if (!unit) throw new AppError('unit_not_found', { userMessage: '没有这个单位，或它不在你负责的区县' })
    const contacts = await findUnitContacts(tx, unit.id)
    const quotas = readQuotas(await findQuotas(tx, access.id))
    const organiser = access.role === 'organiser'
    const header = { id: unit.id, name: unit.name, districtName: unit.district_name, contacts }

    if (!input.deadlineId) {
      const quota = quotas.unitKey ?? 0
      const activities = await findUnitActivities(tx, unit.id)
      const keyCount = activities.filter((a) => a.is_key_activity && a.status !== 'cancelled').length
      const cell = describeKeyCell({ key_activities: keyCount }, quota)
      const [column] = buildColumns([], quota, now)
      return {
        unit: header,
        column: column!,
        cell,
        stateLabel: STATUS_CELL_LABELS[cell.state],
        owed: keyCount < quota ? [`还需 ${quota - keyCount} 个重点活动`] : [],
        submission: null,
        // Key activities first, then the rest of the unit's 附件2 rows.
        detail: {
          kind: 'key_activities',
          quota: quotas.unitKey,
          activities: [...activities.filter((a) => a.is_key_activity), ...activities.filter((a) => !a.is_key_activity)].map(toCellActivity),
        },
        canReturn: false,
        canAccept: false,
        canRemind: false,
      }
    }

    const deadline = await findDeadline(tx, access.id, input.deadlineId)
    if (!deadline) throw new AppError('not_found', { userMessage: '本活动月没有这个报送期限' })
    const row = await findUnitDeliverable(tx, access.id, unit.id, deadline.id, now)
    if (!row) throw new AppError('not_found', { userMessage: '没有找到该单位的这项报送' })
    const loaded = await loadCellDetail(tx, {
      campaignId: access.id,
      unitId: unit.id,
      unitName: unit.name,
      deadline,
      organiser,
      showcaseQuota: quotas.unitShowcase,
    })
    const reminded = (await findReminders(tx, access.id)).find((r) => r.unit_id === unit.id && r.deadline_id === deadline.id)
    const cell = describeCell(toCellFacts(row), loaded.handedIn)
    const [column] = buildColumns([deadline], null, now)
    const status = loaded.submission?.status
    return {
      unit: header,
      column: column!,
      cell: reminded ? { ...cell, remindedAt: toShanghaiIso(reminded.reminded_at) } : cell,
      stateLabel: STATUS_CELL_LABELS[cell.state],
      owed: describeOwed(row),
      submission: loaded.submission,
      detail: loaded.detail,
      canReturn: organiser && (status === 'submitted' || status === 'accepted'),
      canAccept: organiser && status === 'submitted',
      canRemind: OWED_STATES.includes(cell.state) && contacts.length > 0,
    }
  })
}
