import Taro from '@tarojs/taro'
import { z } from 'zod'
import { ZActivityDetail, type TActivityDetail } from '../../../types/api/activities'
import { ZUuid } from '../../../types/api/common'
import { utf8 } from '../../../types/utf8'
import { readToken } from '../../shared/storage'
import { checkinWindow } from '../checkins/checkin-window'

/**
 * The activities a volunteer is confirmed for, today and the next days, kept on the phone as last
 * seen, so the activity page (and its 6-digit code entry) opens at a rural site with no network.
 *
 * One owner at a time: the cache belongs to the user whose session token was stored when it was
 * written, and is read only while that same token is stored. Signing out (the token is removed) or
 * another person signing in on the phone (another token, another user) hides it and the next write
 * throws the old person's entries away — nobody sees somebody else's activities or registration.
 */
const CACHE_KEY = 'xlf.offline.activities'
/** Confirmed activities starting within this time are kept (a volunteer plans a few days ahead). */
export const CACHE_HORIZON_MS = 7 * 24 * 60 * 60 * 1000
/** A handful is enough for a volunteer's next days; the soonest are kept when there are more. */
export const MAX_CACHED_ACTIVITIES = 8
/** Well under WeChat's 1 MB per key; activity details are 1–4 KB each. */
export const MAX_CACHE_BYTES = 48 * 1024

const ZCachedActivity = z.object({
  /** When the phone last saw this from the API (ISO): the banner says "HH:mm 保存的信息". */
  savedAt: z.string(),
  detail: ZActivityDetail,
})
export type TCachedActivity = z.infer<typeof ZCachedActivity>

const ZActivityCache = z.object({
  version: z.literal(1),
  userId: ZUuid,
  /** A fingerprint of the session token the entries were saved under (the token itself stays in its own key). */
  tokenTag: z.string(),
  entries: z.array(ZCachedActivity),
})
type TActivityCache = z.infer<typeof ZActivityCache>

/** The phone's key-value storage (Taro's: wx storage in weapp, localStorage in H5). */
export interface TKeyValueStorage {
  get: (key: string) => unknown
  set: (key: string, value: string) => void
  remove: (key: string) => void
}

export const taroStorage: TKeyValueStorage = {
  get: (key) => Taro.getStorageSync(key),
  set: (key, value) => Taro.setStorageSync(key, value),
  remove: (key) => Taro.removeStorageSync(key),
}

/** What the cache is read against; tests pass their own storage, token and clock. */
export interface TCacheContext {
  storage?: TKeyValueStorage
  /** The session token stored now (undefined: read it from storage). */
  token?: string | null
  now?: number
}

function resolve(context: TCacheContext): { storage: TKeyValueStorage; token: string | null; now: number } {
  return { storage: context.storage ?? taroStorage, token: context.token === undefined ? readToken() : context.token, now: context.now ?? Date.now() }
}

/** FNV-1a twice (two offsets): enough to tell one token from another, and the token is not copied. */
export function tokenTag(token: string): string {
  let a = 0x811c9dc5
  let b = 0x01000193 ^ token.length
  for (let i = 0; i < token.length; i += 1) {
    const code = token.charCodeAt(i)
    a = Math.imul(a ^ code, 0x01000193) >>> 0
    b = Math.imul(b ^ code, 0x01000193 + 2) >>> 0
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0')
}

/**
 * Whose session the token is (its `sub` claim), read on the phone without checking the signature:
 * the server does that; here it only ties saved entries to the person the stored token names.
 */
export function tokenSubject(token: string): string | null {
  try {
    const claims: unknown = JSON.parse(base64UrlText(token.split('.')[1] ?? ''))
    const sub = claims && typeof claims === 'object' ? (claims as { sub?: unknown }).sub : null
    return typeof sub === 'string' ? sub : null
  } catch {
    return null
  }
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** base64url to text, one byte per character (the claims are ASCII JSON); a few lines so the main package stays small. */
function base64UrlText(text: string): string {
  let out = ''
  let buffer = 0
  let bits = 0
  for (const char of text) {
    const value = BASE64URL.indexOf(char)
    if (value < 0) throw new Error('not base64url')
    buffer = ((buffer << 6) | value) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out += String.fromCharCode((buffer >> bits) & 0xff)
    }
  }
  return out
}

function readRaw(storage: TKeyValueStorage): TActivityCache | null {
  try {
    const raw = storage.get(CACHE_KEY)
    if (typeof raw !== 'string' || raw === '') return null
    const parsed = ZActivityCache.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** Kept while its check-in window is open or ahead (until 2 h after the end, when a check-out can still be queued). */
export function isStillUseful(detail: TActivityDetail, now: number): boolean {
  return checkinWindow(detail.startsAt, detail.endsAt, new Date(now)) !== 'after'
}

/** Worth keeping for this person: confirmed, not checked out, not over, starting within the horizon. */
export function isWorthCaching(detail: TActivityDetail, now: number): boolean {
  const mine = detail.myRegistration
  return (
    mine?.status === 'confirmed' &&
    !mine.checkedOutAt &&
    detail.status === 'published' &&
    isStillUseful(detail, now) &&
    new Date(detail.startsAt).getTime() - now <= CACHE_HORIZON_MS
  )
}

/** Soonest first; past the count or the byte budget, the latest-starting ones go. */
function bounded(entries: TCachedActivity[], now: number): TCachedActivity[] {
  const kept = entries
    .filter((entry) => isStillUseful(entry.detail, now))
    .sort((a, b) => a.detail.startsAt.localeCompare(b.detail.startsAt))
    .slice(0, MAX_CACHED_ACTIVITIES)
  while (kept.length > 0 && utf8(JSON.stringify(kept)).length > MAX_CACHE_BYTES) kept.pop()
  return kept
}

function write(storage: TKeyValueStorage, cache: TActivityCache): void {
  try {
    if (cache.entries.length === 0) storage.remove(CACHE_KEY)
    else storage.set(CACHE_KEY, JSON.stringify(cache))
  } catch {
    // Storage full or unavailable: the page still works online.
  }
}

/**
 * The cache of the person signed in with the stored token, or null. A cache written under another
 * token is not shown (and is removed once no token is stored at all: signed out).
 */
function readOwn(context: TCacheContext): TActivityCache | null {
  const { storage, token } = resolve(context)
  const cache = readRaw(storage)
  if (!cache) return null
  if (!token) {
    write(storage, { ...cache, entries: [] })
    return null
  }
  return cache.tokenTag === tokenTag(token) && cache.userId === tokenSubject(token) ? cache : null
}

/**
 * After the API answered the activity page for the signed-in `userId`: keep the detail when it is
 * one of their confirmed activities of the next days, else make sure no stale copy stays.
 */
export function rememberActivity(userId: string, detail: TActivityDetail, context: TCacheContext = {}): void {
  const { storage, token, now } = resolve(context)
  // The stored token must be this person's: a screen still showing the previous person (the token
  // changed under it) must not save their activity under the new person's token.
  if (!token || tokenSubject(token) !== userId) return
  const previous = readRaw(storage)
  // Another person's entries never survive this person's write.
  const own = previous && previous.userId === userId ? previous.entries : []
  const others = own.filter((entry) => entry.detail.id !== detail.id)
  const entries = isWorthCaching(detail, now) ? [...others, { savedAt: new Date(now).toISOString(), detail }] : others
  write(storage, { version: 1, userId, tokenTag: tokenTag(token), entries: bounded(entries, now) })
}

/** The saved copy of one activity for the person signed in on this phone, when there is one still useful. */
export function readCachedActivity(activityId: string, context: TCacheContext = {}): (TCachedActivity & { userId: string }) | null {
  const { now } = resolve(context)
  const cache = readOwn(context)
  const entry = cache?.entries.find((item) => item.detail.id === activityId && isStillUseful(item.detail, now))
  return cache && entry ? { ...entry, userId: cache.userId } : null
}

/** Everything saved for the person signed in on this phone, soonest first (what 我的 lists offline). */
export function listCachedActivities(context: TCacheContext = {}): TCachedActivity[] {
  const { now } = resolve(context)
  const cache = readOwn(context)
  return cache ? bounded(cache.entries, now) : []
}

/**
 * Keeps only the listed activities (the person's confirmed ones not yet over, as the API listed
 * them just now) and those just over (a check-out may still be queued for them); a cache left by
 * somebody else who used this phone before is thrown away.
 */
export function keepOnlyActivities(userId: string, activityIds: ReadonlySet<string>, context: TCacheContext = {}): void {
  const { storage, token, now } = resolve(context)
  const cache = readRaw(storage)
  if (!cache || !token || tokenSubject(token) !== userId) return
  const entries = cache.userId === userId ? cache.entries.filter((entry) => activityIds.has(entry.detail.id) || new Date(entry.detail.endsAt).getTime() <= now) : []
  write(storage, { ...cache, entries: bounded(entries, now) })
}
