import Taro from '@tarojs/taro'
import { isWeapp } from './platform'
import { wgs84ToGcj02 } from './wgs84-to-gcj02'

/** Only the mini-program has a map to hand over to; in H5 the address is shown as text. */
export const canOpenMap = isWeapp

export function openMap(place: { latitude: number; longitude: number; name: string; address: string }): void {
  void Taro.openLocation({ ...place, scale: 16 })
}

export type PositionResult =
  | { status: 'ok'; latitude: number; longitude: number }
  | { status: 'denied' }
  | { status: 'failed'; message: string }

/**
 * Where the person is, in GCJ-02 (the coordinates Chinese maps and our activities use). WeChat
 * answers in GCJ-02 directly; a browser only knows WGS-84, which is converted here.
 * Asked only when the server says a check-in needs it (location_required).
 */
export async function getCurrentPosition(): Promise<PositionResult> {
  try {
    if (isWeapp) {
      const result = await Taro.getLocation({ type: 'gcj02' })
      return { status: 'ok', latitude: result.latitude, longitude: result.longitude }
    }
    const result = await Taro.getLocation({ type: 'wgs84', isHighAccuracy: true, highAccuracyExpireTime: 10000 })
    return { status: 'ok', ...wgs84ToGcj02(result.latitude, result.longitude) }
  } catch (error) {
    const message = typeof error === 'object' && error !== null && 'errMsg' in error ? String(error.errMsg) : String(error)
    if (/auth|deny|denied|permission/i.test(message)) return { status: 'denied' }
    return { status: 'failed', message: '无法获取位置，请检查定位是否开启后重试' }
  }
}

/** Opens the mini-program's settings so a person who refused location can allow it. */
export function openPermissionSettings(): void {
  if (isWeapp) void Taro.openSetting()
}
