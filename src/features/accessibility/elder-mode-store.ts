import Taro from '@tarojs/taro'

/**
 * Whether 长辈模式 is on, kept on the phone (wx storage in weapp, localStorage in H5): a setting of
 * the device's reader, not of the account, so it holds before signing in and for a shared phone.
 */
const ELDER_KEY = 'xlf.a11y.elder-mode'

type TListener = (on: boolean) => void
const listeners = new Set<TListener>()

export function readElderMode(): boolean {
  try {
    return Taro.getStorageSync(ELDER_KEY) === true
  } catch {
    return false
  }
}

export function saveElderMode(on: boolean): void {
  Taro.setStorageSync(ELDER_KEY, on)
  listeners.forEach((listener) => listener(on))
}

/** Pages already open redraw at once when the switch in 我的 changes. */
export function onElderModeChange(listener: TListener): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
