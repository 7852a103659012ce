import type { TManagedActivity } from '../../../types/api/unit-activities'
import type { TTx } from '../db/client'
import { AppError } from '../errors/app-error'
import { toShanghaiIso } from '../time/shanghai'
import type { TRuleIssue } from './check-activity-rules'
import { findManagedActivity, toUnitContextOf, toValues, type TManagedRow } from './repository'
import { quoteName } from '../../../types/quote-name'

/** Why the form is read-only, or null while the activity can still be changed. */
export function notEditableReason(row: Pick<TManagedRow, 'status' | 'ends_at'>, now: Date): string | null {
  if (row.status === 'cancelled') return '活动已撤回，不能再修改'
  if (row.ends_at.getTime() <= now.getTime()) return '活动已结束，不能再修改'
  return null
}

export function toManagedActivity(row: TManagedRow, now: Date = new Date()): TManagedActivity {
  const reason = notEditableReason(row, now)
  return {
    id: row.id,
    unit: toUnitContextOf(row),
    status: row.status,
    values: toValues(row),
    confirmedCount: row.confirmed_count,
    waitlistCount: row.waitlist_count,
    editable: reason === null,
    notEditableReason: reason,
    withdrawnAt: row.withdrawn_at ? toShanghaiIso(row.withdrawn_at) : null,
    withdrawnReason: row.withdrawn_reason,
    createdAt: toShanghaiIso(row.created_at),
    updatedAt: toShanghaiIso(row.updated_at),
  }
}

/**
 * The activity, when the caller manages its unit. Another unit's draft is invisible (RLS: 404);
 * another unit's published activity is visible to everyone, so it gets an explicit 403 that says whose
 * it is. With `lock`, the row is then locked against concurrent sign-ups and edits.
 */
export async function requireManagedActivity(tx: TTx, id: string, options: { lock?: boolean } = {}): Promise<TManagedRow> {
  const row = await findManagedActivity(tx, id)
  if (!row) throw new AppError('activity_not_found')
  if (!row.can_manage) {
    throw new AppError('forbidden', { userMessage: `这是${quoteName(row.unit_name)}的活动，只有该单位的联系人和活动组织方可以修改` })
  }
  if (!options.lock) return row
  const locked = await findManagedActivity(tx, id, { lock: true })
  if (!locked) throw new AppError('activity_not_found')
  return locked
}

export function assertEditable(row: TManagedRow, now: Date): void {
  const reason = notEditableReason(row, now)
  if (reason) throw new AppError('activity_not_editable', { userMessage: reason })
}

/** Rule failures as the API reports input errors: a Chinese message and the field's path. */
export function throwIfIssues(issues: TRuleIssue[]): void {
  const first = issues[0]
  if (!first) return
  throw new AppError('validation_failed', {
    userMessage: `提交的信息有误：${first.message}`,
    issues: issues.map((issue) => ({ path: `activity.${issue.field}`, message: issue.message })),
  })
}
