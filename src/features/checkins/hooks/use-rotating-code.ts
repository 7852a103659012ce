import { useDidHide, useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { TCheckinCodeResponse } from '../../../../types/api/checkins'
import { describeError } from '../../../shared/api-error'
import { getCheckinCode } from '../api/get-checkin-code'

export interface RotatingCode {
  code: TCheckinCodeResponse | null
  error: string | null
  /** Seconds until the next code. */
  secondsLeft: number
  refresh: () => void
}

/**
 * The unit contact's check-in code, fetched again every `refreshInSeconds` (codes are short-lived
 * signed tokens). Paused while the page is hidden, refreshed at once when it shows again.
 */
export function useRotatingCode(activityId: string | undefined): RotatingCode {
  const [code, setCode] = useState<TCheckinCodeResponse | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [secondsLeft, setSecondsLeft] = useState(0)
  const refreshAt = useRef(0)
  const active = useRef(true)
  const fetching = useRef(false)

  const refresh = useCallback(() => {
    if (!activityId || fetching.current) return
    fetching.current = true
    getCheckinCode(activityId)
      .then((next) => {
        setCode(next)
        setError(null)
        refreshAt.current = Date.now() + next.refreshInSeconds * 1000
        setSecondsLeft(next.refreshInSeconds)
      })
      .catch((e: unknown) => {
        setError(describeError(e))
        // Try again in a few seconds rather than hammering a failing server.
        refreshAt.current = Date.now() + 5000
      })
      .finally(() => {
        fetching.current = false
      })
  }, [activityId])

  useEffect(() => {
    refresh()
    const timer = setInterval(() => {
      if (!active.current) return
      const left = Math.max(0, Math.ceil((refreshAt.current - Date.now()) / 1000))
      setSecondsLeft(left)
      if (left === 0) refresh()
    }, 1000)
    return () => clearInterval(timer)
  }, [refresh])

  useDidHide(() => {
    active.current = false
  })
  useDidShow(() => {
    if (active.current) return
    active.current = true
    refresh()
  })

  return { code, error, secondsLeft, refresh }
}
