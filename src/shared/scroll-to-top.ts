import Taro from '@tarojs/taro'

/**
 * Brings the top of the page into view, e.g. after submitting a long form, so the person sees its
 * new state (已提交) where it is shown. Both platforms implement pageScrollTo.
 */
export function scrollToTop(): void {
  Taro.pageScrollTo({ scrollTop: 0, duration: 200 }).catch(() => undefined)
}
