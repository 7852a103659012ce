import type { TTx } from '../db/client'
import { AppError } from '../errors/app-error'
import { decideSubmission, editRefusal, refuseIf, type TSubmissionDecision, type TSubmissionMessages } from '../submissions/decide-submission'
import { shanghaiMinute } from '../time/shanghai'
import { findApplication, type TApplicationRow } from './repository'

/** The application, when the caller may see it (RLS: its unit's contacts and the organisers). */
export async function loadApplication(tx: TTx, id: string, options: { lock?: boolean } = {}): Promise<TApplicationRow> {
  const row = await findApplication(tx, id, options)
  if (!row) throw new AppError('not_found', { userMessage: '展示项目申报不存在，或你无权查看' })
  return row
}

/** The deadline rules of contracts.md for this application (no deadline set: never late). */
export function decideApplication(row: TApplicationRow, now: Date): TSubmissionDecision {
  return decideSubmission({ status: row.status, dueAt: row.deadline_due_at, now })
}

/** 附件1's words for the submission rules. */
export function showcaseMessages(row: TApplicationRow): TSubmissionMessages {
  return {
    submitted: '申报表已提交，如需修改请先撤回',
    accepted: '申报表已被采用，不能再修改',
    late: `申报截止时间（${row.deadline_due_at ? shanghaiMinute(row.deadline_due_at) : ''}）已过，不能再提交`,
    notSubmitted: '申报表还没有提交，无需撤回',
    withdrawLate: '已过申报截止时间，不能再撤回；如需修改请联系组织方',
  }
}

/** Only drafts and returned applications change; a submitted one is withdrawn first. */
export function requireEditable(row: TApplicationRow): void {
  refuseIf(editRefusal(row.status, showcaseMessages(row)))
}
