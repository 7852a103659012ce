import type { TTx } from '../db/client'
import { AppError } from '../errors/app-error'
import { decideSubmission, editRefusal, refuseIf, type TSubmissionDecision, type TSubmissionMessages } from '../submissions/decide-submission'
import { shanghaiMinute } from '../time/shanghai'
import { findReport, type TReportRow } from './repository'

export async function loadReport(tx: TTx, id: string, options: { lock?: boolean } = {}): Promise<TReportRow> {
  const row = await findReport(tx, { id }, options)
  if (!row) throw new AppError('not_found', { userMessage: '报告不存在，或你无权查看' })
  return row
}

/** The deadline rules of contracts.md for this report. */
export function decideReport(row: TReportRow, now: Date): TSubmissionDecision {
  return decideSubmission({ status: row.status, dueAt: row.due_at, now })
}

/** The reports' words for the submission rules. */
export function reportMessages(row: TReportRow): TSubmissionMessages {
  return {
    submitted: '报告已提交，如需修改请先撤回',
    accepted: '报告已被采用，不能再修改',
    late: `报告截止时间（${shanghaiMinute(row.due_at)}）已过，不能再提交`,
    notSubmitted: '报告还没有提交，无需撤回',
    withdrawLate: '已过报告截止时间，不能再撤回；如需修改请联系组织方',
  }
}

/** Drafts and returned reports change; a submitted one is withdrawn first. */
export function requireEditable(row: TReportRow): void {
  refuseIf(editRefusal(row.status, reportMessages(row)))
}
