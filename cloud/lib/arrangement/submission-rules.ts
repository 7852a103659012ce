import type { TErrorCode } from '../errors/app-error'
import { toShanghaiIso } from '../time/shanghai'
import type { TDeadlineRow, TSubmissionRow } from './repository'

export type TSubmitBlock = { code: TErrorCode; message: string }

/**
 * Whether the unit may submit its 附件2 now (contracts.md): once per deadline, at least one
 * activity, before the deadline — except resubmitting what the organiser returned (退回).
 */
export function findSubmitBlock(now: Date, deadline: TDeadlineRow | null, submission: TSubmissionRow | null, activityCount: number): TSubmitBlock | null {
  if (!deadline) return { code: 'not_found', message: '本活动月没有设置活动安排表的报送要求，无需提交' }
  if (submission?.status === 'submitted') return { code: 'already_submitted', message: '活动安排表已提交，如需修改请先撤回' }
  if (submission?.status === 'accepted') return { code: 'already_submitted', message: '组织方已接收活动安排表，不能再修改' }
  if (activityCount === 0) return { code: 'submission_incomplete', message: '还没有活动，请先导入或添加活动再提交' }
  if (now.getTime() > deadline.due_at.getTime() && submission?.status !== 'returned') {
    return { code: 'deadline_passed', message: `已过报送截止时间（${formatDue(deadline.due_at)}），不能再提交` }
  }
  return null
}

/** A submitted table can be taken back until the deadline (it becomes a draft again). */
export function findWithdrawBlock(now: Date, deadline: TDeadlineRow | null, submission: TSubmissionRow | null): TSubmitBlock | null {
  if (!deadline || !submission || submission.status !== 'submitted') return { code: 'not_submitted', message: '活动安排表尚未提交，无需撤回' }
  if (now.getTime() > deadline.due_at.getTime()) {
    return { code: 'deadline_passed', message: `已过报送截止时间（${formatDue(deadline.due_at)}），不能撤回；如需修改请联系组织方退回` }
  }
  return null
}

function formatDue(due: Date): string {
  const iso = toShanghaiIso(due)
  return `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日 ${iso.slice(11, 16)}`
}
