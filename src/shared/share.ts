import Taro, { useShareAppMessage } from '@tarojs/taro'
import { isWeapp } from './platform'
import { showMessage } from './toast'

/** In the mini-program a page can be sent to a WeChat friend; a browser copies its link instead. */
export const canShareToChat = isWeapp

/**
 * Registers what "转发给朋友" sends from this page (weapp; the page config must set
 * `enableShareAppMessage: true`). `path` is the page with its query, e.g. /pages/activity/index?id=…
 * In H5 the hook is a no-op.
 */
export function useShareToChat(content: () => { title: string; path: string } | null): void {
  useShareAppMessage(() => content() ?? {})
}

/** H5: copies a link that opens `path` in this H5 app (hash router). */
export async function copyPageLink(path: string): Promise<void> {
  const href = typeof window === 'undefined' ? path : `${window.location.origin}${window.location.pathname}#${path}`
  try {
    await Taro.setClipboardData({ data: href })
  } catch {
    showMessage('复制失败，请手动复制浏览器地址栏中的链接')
  }
}
