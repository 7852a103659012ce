import Taro from '@tarojs/taro'
import { useSyncExternalStore } from 'react'
import { readToken } from '../../shared/storage'
import { getUnreadCount } from './api/get-unread-count'

/**
 * The unread count of 消息, shared by every screen: the 我的 tab's badge (Taro.setTabBarBadge: the
 * mini-program's tab bar, and Taro's H5 tab bar) and the badge on 我的 → 消息. Refreshed when a tab
 * page shows and whenever 消息 reads or marks messages.
 */
const ME_TAB_INDEX = 1
let unread = 0
const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useUnreadCount(): number {
  return useSyncExternalStore(subscribe, () => unread, () => unread)
}

/** Adopts a count the server just told us (list, mark read) and redraws both badges. */
export function applyUnreadCount(count: number): void {
  unread = count
  listeners.forEach((listener) => listener())
  // Only a tab page has a tab bar to badge; elsewhere these fail, which is fine (the next tab show redraws).
  if (count > 0) Taro.setTabBarBadge({ index: ME_TAB_INDEX, text: count > 99 ? '99+' : String(count) }).catch(() => undefined)
  else Taro.removeTabBarBadge({ index: ME_TAB_INDEX }).catch(() => undefined)
}

/** Asks the server (signed-in only); a failure keeps the last known count rather than flashing 0. */
export async function refreshUnreadCount(): Promise<void> {
  if (!readToken()) {
    applyUnreadCount(0)
    return
  }
  try {
    applyUnreadCount((await getUnreadCount()).unreadCount)
  } catch {
    // Offline or signed out meanwhile: keep what we had.
  }
}
