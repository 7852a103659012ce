import type { TRegistration } from '../../../types/api/registrations'
import { showNotice } from '../../shared/modal'
import { askForReminders, canRequestReminders } from '../../shared/subscribe-message'
import { showSuccess } from '../../shared/toast'

/**
 * Tells the person how the sign-up went. In the mini-program with reminder templates set, the
 * result dialog doubles as the reminder-consent request (WeChat needs a tap for that prompt).
 */
export async function announceSignup(registration: TRegistration): Promise<void> {
  const waitlisted = registration.status === 'waitlisted'
  const title = waitlisted ? '已加入候补' : '报名成功'
  const content = waitlisted
    ? `你是候补第 ${registration.waitlistRank ?? '?'} 位。有人取消后将按顺序自动递补，递补成功会通知你。`
    : '活动开始前 1 小时开放签到，请按时到场并扫码签到。'
  if (canRequestReminders()) {
    await askForReminders({ title, content })
    return
  }
  if (waitlisted) await showNotice(title, content)
  else showSuccess(title)
}
