/** What withdrawing does to the people signed up, in words, for the confirmation. */
export function describeWithdrawal(confirmedCount: number, waitlistCount: number): string {
  const total = confirmedCount + waitlistCount
  if (total === 0) return '目前还没有人报名。撤回后活动不再对志愿者显示，且不能再修改。'
  const waiting = waitlistCount > 0 ? `（其中候补 ${waitlistCount} 人）` : ''
  return `撤回后将取消 ${total} 人的报名${waiting}，并逐一通知他们。活动不再对志愿者显示，且不能再修改。`
}
