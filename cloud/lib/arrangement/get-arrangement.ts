import type { TArrangementRow, TArrangementState, TArrangementSubmission } from '../../../types/api/arrangement'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { toShanghaiIso } from '../time/shanghai'
import { findActivityPlanDeadline, findSubmission, listUnitActivities, type TActivityRow, type TSubmissionRow } from './repository'
import { requireManagedUnit } from './require-managed-unit'
import { findSubmitBlock, findWithdrawBlock } from './submission-rules'

/** The unit's 附件2 page: its rows, the deadline, where the submission stands and what may be done. */
export async function getArrangement(session: TSessionClaims, unitId: string, now: Date = new Date()): Promise<TArrangementState> {
  return withUserTx(session, async (tx) => {
    const unit = await requireManagedUnit(tx, unitId)
    const [deadline, activities] = await Promise.all([findActivityPlanDeadline(tx, unit.campaign_id), listUnitActivities(tx, unitId)])
    const submission = deadline ? await findSubmission(tx, unitId, deadline.id, { lock: false }) : null
    const block = findSubmitBlock(now, deadline, submission, activities.length)
    return {
      unit: { id: unit.unit_id, name: unit.unit_name },
      campaign: { id: unit.campaign_id, title: unit.campaign_title, year: unit.year, periodStart: unit.period_start, periodEnd: unit.period_end },
      deadline: deadline ? { id: deadline.id, title: deadline.title, dueAt: toShanghaiIso(deadline.due_at) } : null,
      submission: submission ? toSubmission(submission) : null,
      canSubmit: block === null,
      submitBlockedReason: block?.message ?? null,
      canWithdraw: findWithdrawBlock(now, deadline, submission) === null,
      rows: activities.map(toRow),
    }
  })
}

export function toSubmission(row: TSubmissionRow): TArrangementSubmission {
  return {
    status: row.status,
    submittedAt: row.submitted_at ? toShanghaiIso(row.submitted_at) : null,
    returnedAt: row.returned_at ? toShanghaiIso(row.returned_at) : null,
    returnReason: row.return_reason,
  }
}

function toRow(a: TActivityRow): TArrangementRow {
  return {
    id: a.id,
    seqNo: a.seq_no,
    title: a.title,
    description: a.description,
    startsAt: toShanghaiIso(a.starts_at),
    endsAt: toShanghaiIso(a.ends_at),
    locationName: a.location_name,
    contactName: a.contact_name ?? '',
    contactPhone: a.contact_phone ?? '',
    category: a.category,
    coOrganisers: a.co_organisers,
    status: a.status,
    isKeyActivity: a.is_key_activity,
  }
}
