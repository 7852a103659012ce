import Taro from '@tarojs/taro'
import { isH5, isWeapp } from '../../shared/platform'

/**
 * The reader's own text size in CSS px, or null when unknown. weapp: WeChat's 我-设置-通用-字体大小
 * (`fontSizeSetting`). H5: the browser's default size (what `medium` resolves to; the person's
 * browser setting), measured on a probe because Taro overwrites the root's font size for rem.
 */
export function readSystemFontPx(): number | null {
  try {
    if (isWeapp) {
      const size = Taro.getSystemInfoSync().fontSizeSetting
      return typeof size === 'number' && size > 0 ? size : null
    }
    if (isH5 && typeof document !== 'undefined') {
      const probe = document.createElement('div')
      probe.style.cssText = 'position:absolute;visibility:hidden;font-size:medium'
      document.body.appendChild(probe)
      const size = parseFloat(getComputedStyle(probe).fontSize)
      probe.remove()
      return Number.isFinite(size) && size > 0 ? size : null
    }
  } catch {
    // Unknown: the design size.
  }
  return null
}
