import Taro from '@tarojs/taro'
import { ApiError } from '../../shared/api-error'
import { showMessage } from '../../shared/toast'
import { currentUser, getSessionState, refreshSession, signOut } from './session-store'
import type { TSessionUser } from '../../../types/api/auth'

export const ME_PAGE = '/pages/me/index'

/** The session is gone (never there, expired or revoked): the answer is to sign in again. */
export function isSessionError(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'unauthenticated' || error.code === 'session_expired' || error.status === 401)
}

/** Sends the person to 我的, where the login is, with a word on why. */
export function goToLogin(message = '请先登录'): void {
  showMessage(message)
  void Taro.switchTab({ url: ME_PAGE })
}

/** The server no longer accepts the session: forget it and offer the login. */
export function handleSessionLost(): void {
  signOut()
  goToLogin('登录已过期，请重新登录')
}

/**
 * The signed-in user, asking the server first when the app has not checked the stored token yet
 * (e.g. a deep link straight to a detail page). Null when nobody is signed in.
 */
export async function resolveSignedInUser(): Promise<TSessionUser | null> {
  if (getSessionState().status === 'unknown') {
    try {
      await refreshSession()
    } catch {
      // Unreachable server: the request that follows will say so.
    }
  }
  return currentUser()
}
