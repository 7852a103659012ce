import type { TSessionResponse, TSessionUser } from '../../../types/api/auth'
import { ApiError } from '../../shared/api-error'
import { loginAsDemoAccount, loginWithWechat, logout } from '../../shared/login'
import { readToken, saveToken } from '../../shared/storage'
import { getMe } from './api/get-me'
import { joinWithInviteCode } from './api/join-with-invite-code'

/**
 * Who is signed in, shared by every screen. The token lives in storage (shared/storage.ts);
 * the user is kept in memory and refreshed from /api/me when a screen asks for it.
 */
export type SessionState =
  | { status: 'unknown' }
  | { status: 'signed_out' }
  | { status: 'signed_in'; user: TSessionUser }

let state: SessionState = { status: 'unknown' }
const listeners = new Set<() => void>()

function setState(next: SessionState): void {
  state = next
  listeners.forEach((listener) => listener())
}

export function getSessionState(): SessionState {
  return state
}

export function subscribeToSession(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Re-reads the user behind the stored token. A rejected token means signed out. */
export async function refreshSession(): Promise<void> {
  if (!readToken()) {
    setState({ status: 'signed_out' })
    return
  }
  try {
    const { user } = await getMe()
    setState({ status: 'signed_in', user })
  } catch (error) {
    // 401: request() already dropped the token. Other failures keep what we knew.
    if (error instanceof ApiError && error.status === 401) setState({ status: 'signed_out' })
    else if (state.status === 'unknown') throw error
  }
}

function adopt(session: TSessionResponse): TSessionUser {
  saveToken(session.token)
  setState({ status: 'signed_in', user: session.user })
  return session.user
}

export async function signInWithWechat(): Promise<TSessionUser> {
  return adopt(await loginWithWechat())
}

export async function signInAsDemoAccount(userId: string): Promise<TSessionUser> {
  return adopt(await loginAsDemoAccount(userId))
}

export async function joinCampaign(inviteCode: string): Promise<TSessionUser> {
  return adopt(await joinWithInviteCode(inviteCode))
}

/** A fresher copy of the signed-in user (e.g. after the profile was completed). */
export function adoptUser(user: TSessionUser): void {
  setState({ status: 'signed_in', user })
}

/** Signed-in state as of now, for handlers that must not wait for a render. */
export function currentUser(): TSessionUser | null {
  return state.status === 'signed_in' ? state.user : null
}

export function signOut(): void {
  logout()
  setState({ status: 'signed_out' })
}
