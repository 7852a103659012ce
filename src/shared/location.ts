import Taro from '@tarojs/taro'
import { isWeapp } from './platform'

/** Only the mini-program has a map to hand over to; in H5 the address is shown as text. */
export const canOpenMap = isWeapp

export function openMap(place: { latitude: number; longitude: number; name: string; address: string }): void {
  void Taro.openLocation({ ...place, scale: 16 })
}
