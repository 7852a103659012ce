import { useDidHide, useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import { CHECKIN_STEP_SECONDS, checkinStepAt, stepStartMs } from '../../../../types/checkin-code'
import { ApiError, describeError } from '../../../shared/api-error'
import { getCheckinKey } from '../api/get-checkin-key'
import { codeForStep } from '../code/phone-code'
import { readCheckinKey, saveCheckinKey, type TStoredCheckinKey } from '../offline/key-store'

export interface RotatingCode {
  code: { qrText: string; shortCode: string } | null
  /** Why no code is shown (no key and no network, not allowed, window closed). */
  error: string | null
  /** Before the window opens: when it does. */
  opensAt: string | null
  /** Seconds until the next code. */
  secondsLeft: number
  /** The key came from storage because the server could not be reached: codes are made on this phone. */
  offline: boolean
  /** The activity as stored with the key (title, times): what the page shows when it cannot load the activity. */
  stored: TStoredCheckinKey | null
  refresh: () => void
}

/**
 * The unit contact's check-in code, derived on the phone every 30 s from the activity's key
 * (types/checkin-code.ts). The key is fetched when the page opens and kept in storage, so the code
 * keeps rotating with no network, also after the app is reopened, until the check-in window closes.
 */
export function useRotatingCode(activityId: string | undefined): RotatingCode {
  const [key, setKey] = useState<TStoredCheckinKey | null>(null)
  const [offline, setOffline] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [now, setNow] = useState(() => Date.now())
  const active = useRef(true)
  const offlineRef = useRef(false)
  offlineRef.current = offline

  const refresh = useCallback(() => {
    if (!activityId) return
    const stored = readCheckinKey(activityId)
    if (stored) setKey(stored)
    getCheckinKey(activityId)
      .then((fresh) => {
        setKey(saveCheckinKey(fresh, Date.now()))
        setOffline(false)
        setError(null)
      })
      .catch((e: unknown) => {
        const unreachable = e instanceof ApiError && (e.status === 0 || e.status >= 500)
        if (unreachable && stored) {
          setOffline(true)
          setError(null)
        } else if (unreachable) {
          setError('网络不可用，且本机还没有保存本活动的签到密钥。请在有网络的地方打开一次本页面，之后离线也能出示签到码。')
        } else {
          setError(describeError(e))
        }
      })
  }, [activityId])

  useEffect(() => {
    refresh()
    const timer = setInterval(() => {
      if (active.current) setNow(Date.now())
    }, 1000)
    // While offline, look for the network now and then, so the badge goes once it is back.
    const retry = setInterval(() => {
      if (active.current && offlineRef.current) refresh()
    }, 60_000)
    return () => {
      clearInterval(timer)
      clearInterval(retry)
    }
  }, [refresh])

  useDidHide(() => {
    active.current = false
  })
  useDidShow(() => {
    if (active.current) return
    active.current = true
    refresh()
  })

  if (!key || (error && !offline)) return { code: null, error, opensAt: null, secondsLeft: 0, offline, stored: key, refresh }
  const serverNow = now + key.clockOffsetMs
  if (serverNow < new Date(key.validFrom).getTime()) return { code: null, error: null, opensAt: key.validFrom, secondsLeft: 0, offline, stored: key, refresh }
  if (serverNow > new Date(key.validUntil).getTime()) {
    return { code: null, error: '本活动的签到已结束，签到码不再有效', opensAt: null, secondsLeft: 0, offline, stored: key, refresh }
  }
  const step = checkinStepAt(serverNow)
  const secondsLeft = Math.max(1, Math.ceil((stepStartMs(step) + CHECKIN_STEP_SECONDS * 1000 - serverNow) / 1000))
  return { code: codeForStep(key.key, key.activityId, step), error: null, opensAt: null, secondsLeft, offline, stored: key, refresh }
}
