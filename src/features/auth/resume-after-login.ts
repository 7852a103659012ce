import Taro from '@tarojs/taro'
import { ACTIVITY_DETAIL_PATH } from '../activities/navigation'

/**
 * "登录后报名": the login lives on 我的 (a tab), so tapping it leaves the activity. The intent is kept
 * in storage (it survives WeChat's login round trip and an H5 reload) and, once the person has signed
 * in, they are taken back to the activity with `then=signup`, where the sign-up goes on by itself.
 * An intent older than 30 minutes is dropped: by then the person has moved on.
 */
const INTENT_KEY = 'xlf.after-login'
const MAX_AGE_MS = 30 * 60 * 1000

type TIntent = { activityId: string; at: number }

export function rememberSignupIntent(activityId: string): void {
  Taro.setStorageSync(INTENT_KEY, { activityId, at: Date.now() })
}

function takeIntent(): TIntent | null {
  let raw: unknown
  try {
    raw = Taro.getStorageSync(INTENT_KEY)
  } catch {
    return null
  }
  Taro.removeStorageSync(INTENT_KEY)
  if (typeof raw !== 'object' || raw === null || !('activityId' in raw) || !('at' in raw)) return null
  const { activityId, at } = raw
  if (typeof activityId !== 'string' || typeof at !== 'number' || Date.now() - at > MAX_AGE_MS) return null
  return { activityId, at }
}

/** Right after a login: back to the activity the person wanted to sign up for, if any. True when it navigated. */
export function resumeAfterLogin(): boolean {
  const intent = takeIntent()
  if (!intent) return false
  void Taro.navigateTo({ url: `${ACTIVITY_DETAIL_PATH}?id=${encodeURIComponent(intent.activityId)}&then=signup` })
  return true
}
