import Taro from '@tarojs/taro'
import { isWeapp } from './platform'

/**
 * Keeps the phone's screen on while a page needs to be seen (the 签到码 held up to volunteers).
 * weapp only: WeChat restores the setting when the mini-program leaves the foreground.
 */
export function keepScreenOn(on: boolean): void {
  if (isWeapp) Taro.setKeepScreenOn({ keepScreenOn: on }).catch(() => undefined)
}
