import dayjs from 'dayjs'
import type { TErrorCode } from '../errors/app-error'
import { TIME_ZONE } from '../time/shanghai'
import type { TDeadline, TSubmission } from './repository'

export type TReturnState = {
  canSubmit: boolean
  canWithdraw: boolean
  /** Why not, in Chinese, with the error code the API answers when it is tried anyway. */
  blocked: { code: TErrorCode; message: string } | null
  withdrawBlocked: { code: TErrorCode; message: string } | null
  deadlinePassed: boolean
}

/**
 * What the unit may do with its photo return now (contracts: submitting after the deadline is
 * refused, except resubmitting a return the organiser sent back; withdrawing only before it).
 * One function, so the page's buttons and the API's refusals never disagree.
 */
export function decideReturnState(deadline: TDeadline | null, submission: TSubmission | null, now: Date = new Date()): TReturnState {
  if (!deadline) {
    const none = { code: 'not_found' as const, message: '本活动月没有设置活动照片的报送，无需提交' }
    return { canSubmit: false, canWithdraw: false, blocked: none, withdrawBlocked: none, deadlinePassed: false }
  }
  const deadlinePassed = deadline.due_at.getTime() < now.getTime()
  const due = formatDue(deadline.due_at)
  const status = submission?.status ?? 'draft'
  const notSubmitted = { code: 'not_submitted' as const, message: '还没有提交本单位照片，无需撤回' }
  if (status === 'accepted') {
    const accepted = { code: 'already_submitted' as const, message: '组织方已采用本单位照片，不能再修改' }
    return { canSubmit: false, canWithdraw: false, blocked: accepted, withdrawBlocked: accepted, deadlinePassed }
  }
  if (status === 'submitted') {
    const withdrawBlocked = deadlinePassed ? { code: 'deadline_passed' as const, message: `已过报送截止时间（${due}），不能再撤回` } : null
    return {
      canSubmit: false,
      canWithdraw: !deadlinePassed,
      blocked: { code: 'already_submitted', message: deadlinePassed ? '本单位照片已提交，截止时间已过' : '本单位照片已提交；如需修改，请先撤回' },
      withdrawBlocked,
      deadlinePassed,
    }
  }
  if (status === 'returned') return { canSubmit: true, canWithdraw: false, blocked: null, withdrawBlocked: notSubmitted, deadlinePassed }
  const late = { code: 'deadline_passed' as const, message: `已过报送截止时间（${due}），不能再提交` }
  return { canSubmit: !deadlinePassed, canWithdraw: false, blocked: deadlinePassed ? late : null, withdrawBlocked: notSubmitted, deadlinePassed }
}

/** 3月25日 18:00 (Shanghai time): deadlines, upload times. */
export function formatDue(value: Date): string {
  const d = dayjs(value).tz(TIME_ZONE)
  return `${d.month() + 1}月${d.date()}日 ${d.format('HH:mm')}`
}
