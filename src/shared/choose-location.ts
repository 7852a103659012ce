import Taro from '@tarojs/taro'
import { isWeapp } from './platform'

/** A place picked on the map, in GCJ-02 (the datum WeChat's map and our activities use). */
export interface ChosenPlace {
  name: string
  address: string
  latitude: number
  longitude: number
}

export type ChooseLocationResult =
  | { status: 'chosen'; place: ChosenPlace }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string }

/** Only the mini-program has a map picker; in H5 the place is typed (and located with 使用当前位置). */
export const canChooseOnMap = isWeapp

/**
 * WeChat's map picker (needs `chooseLocation` in requiredPrivateInfos). Opens near `near` when the
 * activity already has a place. Closing the map is an expected outcome, not an error.
 */
export async function chooseLocation(near?: { latitude: number; longitude: number }): Promise<ChooseLocationResult> {
  if (!isWeapp) return { status: 'failed', message: '浏览器中请直接填写地点和地址' }
  try {
    const result = await Taro.chooseLocation(near ? { latitude: near.latitude, longitude: near.longitude } : {})
    // Confirming without moving the pin can return an empty name: the address is then the best label.
    const name = result.name || result.address
    if (!name) return { status: 'cancelled' }
    return { status: 'chosen', place: { name, address: result.address, latitude: result.latitude, longitude: result.longitude } }
  } catch (error) {
    const errMsg = typeof error === 'object' && error !== null && 'errMsg' in error ? String(error.errMsg) : ''
    if (errMsg.includes('cancel')) return { status: 'cancelled' }
    if (/auth|deny|denied/i.test(errMsg)) return { status: 'failed', message: '没有使用位置的权限，请在设置中允许后重试，或直接填写地点' }
    return { status: 'failed', message: '无法打开地图，请直接填写地点和地址' }
  }
}
