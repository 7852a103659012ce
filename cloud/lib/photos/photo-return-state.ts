import { decideSubmission, submitRefusal, withdrawRefusal, type TRefusal } from '../submissions/decide-submission'
import { shanghaiMonthDayTime } from '../time/shanghai'
import type { TDeadline, TSubmission } from './repository'

export type TReturnState = {
  canSubmit: boolean
  canWithdraw: boolean
  /** Why not, in Chinese, with the error code the API answers when it is tried anyway. */
  blocked: TRefusal | null
  withdrawBlocked: TRefusal | null
  deadlinePassed: boolean
}

/**
 * What the unit may do with its photo return now (contracts.md, decideSubmission): submitting
 * after the deadline is refused, except resubmitting a return the organiser sent back;
 * withdrawing only before it. The page's buttons and the API's refusals both come from here.
 */
export function decideReturnState(deadline: TDeadline | null, submission: TSubmission | null, now: Date = new Date()): TReturnState {
  if (!deadline) {
    const none = { code: 'not_found' as const, message: '本活动月没有设置活动照片的报送，无需提交' }
    return { canSubmit: false, canWithdraw: false, blocked: none, withdrawBlocked: none, deadlinePassed: false }
  }
  const decision = decideSubmission({ status: submission?.status ?? 'draft', dueAt: deadline.due_at, now })
  const due = shanghaiMonthDayTime(deadline.due_at)
  const accepted = '组织方已采用本单位照片，不能再修改'
  const messages = {
    submitted: decision.deadlinePassed ? '本单位照片已提交，截止时间已过' : '本单位照片已提交；如需修改，请先撤回',
    accepted,
    late: `已过报送截止时间（${due}），不能再提交`,
    notSubmitted: '还没有提交本单位照片，无需撤回',
    withdrawLate: `已过报送截止时间（${due}），不能再撤回`,
    withdrawAccepted: accepted,
  }
  const blocked = submitRefusal(decision, messages)
  const withdrawBlocked = withdrawRefusal(decision, messages)
  return { canSubmit: blocked === null, canWithdraw: withdrawBlocked === null, blocked, withdrawBlocked, deadlinePassed: decision.deadlinePassed }
}
