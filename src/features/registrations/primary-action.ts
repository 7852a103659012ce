import type { TActivityDetail } from '../../../types/api/activities'
import { checkinWindow } from '../checkins/checkin-window'

/** The one main button of the detail page, from where the person stands with the activity. */
export type PrimaryAction =
  | { kind: 'login'; label: string }
  | { kind: 'signup'; label: string }
  | { kind: 'scan'; label: string }
  | { kind: 'cancel'; label: string }
  | { kind: 'none'; label: string }

const CLOSED_LABELS: Record<string, string> = { closed: '报名已截止', ended: '活动已结束', cancelled: '活动已取消' }

export function choosePrimaryAction(
  activity: Pick<TActivityDetail, 'signupState' | 'myRegistration' | 'startsAt' | 'endsAt' | 'cancelCutoffAt'>,
  options: { signedIn: boolean; canScan: boolean; now?: Date },
): PrimaryAction {
  const now = options.now ?? new Date()
  const mine = activity.myRegistration
  if (mine?.status === 'waitlisted') return { kind: 'cancel', label: '取消候补' }
  if (mine?.status === 'confirmed') {
    if (mine.checkedOutAt) return { kind: 'none', label: '已签退' }
    // In the check-in window the scan comes first; the H5 page takes the code in a field instead.
    if (checkinWindow(activity.startsAt, activity.endsAt, now) === 'open') {
      return options.canScan ? { kind: 'scan', label: mine.checkedInAt ? '扫码签退' : '扫码签到' } : { kind: 'none', label: mine.checkedInAt ? '已签到' : '已报名' }
    }
    if (now < new Date(activity.cancelCutoffAt)) return { kind: 'cancel', label: '取消报名' }
    return { kind: 'none', label: '已报名' }
  }
  const closed = CLOSED_LABELS[activity.signupState]
  if (closed) return { kind: 'none', label: closed }
  const label = activity.signupState === 'waitlist' ? '加入候补' : '立即报名'
  return options.signedIn ? { kind: 'signup', label } : { kind: 'login', label: `登录后${label === '加入候补' ? '候补' : '报名'}` }
}
