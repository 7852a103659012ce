import Taro from '@tarojs/taro'
import { ZCheckinKeyResponse, type TCheckinKeyResponse } from '../../../../types/api/checkins'

/**
 * The check-in keys the contact's phone fetched while online, one per activity, kept in storage so
 * the code still rotates after the app is closed and opened again without a network. A key is
 * dropped once its activity's check-in window has closed.
 */
const KEY_PREFIX = 'xlf.checkin.key.'

export type TStoredCheckinKey = TCheckinKeyResponse & {
  /** Server time minus the phone's time when the key was fetched: the phone's clock error. */
  clockOffsetMs: number
}

export function saveCheckinKey(key: TCheckinKeyResponse, fetchedAtMs: number): TStoredCheckinKey {
  const stored: TStoredCheckinKey = { ...key, clockOffsetMs: new Date(key.serverTime).getTime() - fetchedAtMs }
  try {
    Taro.setStorageSync(`${KEY_PREFIX}${key.activityId}`, JSON.stringify(stored))
  } catch {
    // Storage full or unavailable: the code still shows while the page is open.
  }
  return stored
}

export function readCheckinKey(activityId: string, nowMs: number = Date.now()): TStoredCheckinKey | null {
  try {
    const raw: unknown = Taro.getStorageSync(`${KEY_PREFIX}${activityId}`)
    if (typeof raw !== 'string' || raw === '') return null
    const parsed: unknown = JSON.parse(raw)
    const key = ZCheckinKeyResponse.safeParse(parsed)
    const offset = typeof parsed === 'object' && parsed !== null && 'clockOffsetMs' in parsed ? Number(parsed.clockOffsetMs) : 0
    if (!key.success || key.data.activityId !== activityId) return null
    if (nowMs + offset > new Date(key.data.validUntil).getTime()) {
      Taro.removeStorageSync(`${KEY_PREFIX}${activityId}`)
      return null
    }
    return { ...key.data, clockOffsetMs: Number.isFinite(offset) ? offset : 0 }
  } catch {
    return null
  }
}
