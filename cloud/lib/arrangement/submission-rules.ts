import { decideSubmission, submitRefusal, withdrawRefusal, type TRefusal, type TSubmissionMessages } from '../submissions/decide-submission'
import { shanghaiMonthDayTime } from '../time/shanghai'
import type { TDeadlineRow, TSubmissionRow } from './repository'

export type TSubmitBlock = TRefusal

function messages(deadline: TDeadlineRow): TSubmissionMessages {
  const due = shanghaiMonthDayTime(deadline.due_at)
  return {
    submitted: '活动安排表已提交，如需修改请先撤回',
    accepted: '组织方已接收活动安排表，不能再修改',
    late: `已过报送截止时间（${due}），不能再提交`,
    notSubmitted: '活动安排表尚未提交，无需撤回',
    withdrawLate: `已过报送截止时间（${due}），不能撤回；如需修改请联系组织方退回`,
  }
}

/**
 * Whether the unit may submit its 附件2 now (contracts.md, decideSubmission): once per deadline,
 * at least one activity, before the deadline — except resubmitting what the organiser returned.
 * An empty table is named before a passed deadline.
 */
export function findSubmitBlock(now: Date, deadline: TDeadlineRow | null, submission: TSubmissionRow | null, activityCount: number): TSubmitBlock | null {
  if (!deadline) return { code: 'not_found', message: '本活动月没有设置活动安排表的报送要求，无需提交' }
  const decision = decideSubmission({ status: submission?.status ?? 'draft', dueAt: deadline.due_at, now })
  const refusal = submitRefusal(decision, messages(deadline))
  if (refusal && decision.submit !== 'deadline_passed') return refusal
  if (activityCount === 0) return { code: 'submission_incomplete', message: '还没有活动，请先导入或添加活动再提交' }
  return refusal
}

/** A submitted table can be taken back until the deadline (it becomes a draft again). */
export function findWithdrawBlock(now: Date, deadline: TDeadlineRow | null, submission: TSubmissionRow | null): TSubmitBlock | null {
  if (!deadline || !submission) return { code: 'not_submitted', message: '活动安排表尚未提交，无需撤回' }
  return withdrawRefusal(decideSubmission({ status: submission.status, dueAt: deadline.due_at, now }), messages(deadline))
}
