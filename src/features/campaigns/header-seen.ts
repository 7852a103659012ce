import Taro from '@tarojs/taro'

/**
 * The full campaign banner is shown once: after the person has seen it (or scrolled), the home page
 * opens with the compact one, so the first activity is on the first screen. Persisted per device.
 */
const SEEN_KEY = 'xlf.header.seen'

export function hasSeenFullHeader(): boolean {
  try {
    return Taro.getStorageSync(SEEN_KEY) === true
  } catch {
    return false
  }
}

export function markFullHeaderSeen(): void {
  Taro.setStorageSync(SEEN_KEY, true)
}
