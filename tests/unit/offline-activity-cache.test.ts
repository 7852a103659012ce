// Taro's runtime is ES modules for the phone; the cache takes its storage as an argument, so Taro itself is not needed here.
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }))

import {
  CACHE_HORIZON_MS,
  MAX_CACHE_BYTES,
  MAX_CACHED_ACTIVITIES,
  keepOnlyActivities,
  listCachedActivities,
  readCachedActivity,
  rememberActivity,
  tokenTag,
  type TKeyValueStorage,
} from '../../src/features/offline-cache/activity-cache'
import { describeSavedAt } from '../../src/features/offline-cache/saved-at'
import { ZActivityDetail, type TActivityDetail } from '../../types/api/activities'

/**
 * The phone's saved copies of a volunteer's confirmed activities (src/features/offline-cache):
 * bounded in count and bytes, only ever shown to the person whose token saved them, gone once the
 * activity is over. The phone's storage is a Map here (the module takes any key-value storage).
 */
function memoryStorage(): TKeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>()
  return { map, get: (key) => map.get(key) ?? '', set: (key, value) => void map.set(key, value), remove: (key) => void map.delete(key) }
}

const ALICE = '11111111-1111-4111-8111-111111111111'
const BOB = '22222222-2222-4222-8222-222222222222'
/** A session token of the server's shape (header.claims.signature) naming `sub`; `n` tells two of one person apart. */
const tokenOf = (sub: string, n = 1) => `eyJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify({ sub, role: 'authenticated', iat: n })).toString('base64url')}.sig${n}`
const TOKEN_ALICE = tokenOf(ALICE)
const TOKEN_BOB = tokenOf(BOB)
const NOW = Date.parse('2030-03-05T08:00:00+08:00')
const HOUR = 60 * 60 * 1000
const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00')

let seq = 0
function activity(startsIn: number, options: { hours?: number; status?: 'confirmed' | 'waitlisted' | null; description?: string; checkedOut?: boolean } = {}): TActivityDetail {
  seq += 1
  const id = `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`
  const startsAt = NOW + startsIn
  const status = options.status === undefined ? 'confirmed' : options.status
  return ZActivityDetail.parse({
    id,
    campaignId: '33333333-3333-4333-8333-333333333333',
    title: `村口义诊 ${seq}`,
    category: 'civility',
    startsAt: iso(startsAt),
    endsAt: iso(startsAt + (options.hours ?? 2) * HOUR),
    locationName: '村委会',
    unitName: '卫生院',
    districtName: '海州区',
    capacity: 10,
    confirmedCount: 3,
    waitlistCount: 0,
    signupState: 'open',
    isKeyActivity: false,
    isDemo: false,
    seqNo: null,
    description: options.description ?? '为村里老人量血压。',
    address: '连云港市海州区某村',
    latitude: null,
    longitude: null,
    contactName: '王老师',
    contactPhone: '13800001234',
    signupDeadline: null,
    whatToBring: null,
    dressCode: null,
    servedPopulations: [],
    campaignTitle: '关于开展学雷锋志愿服务活动的通知',
    campaignTheme: '践行二十大·志愿我先行',
    status: 'published',
    cancelCutoffAt: iso(startsAt - HOUR),
    geofenceRadiusM: null,
    myRegistration: status
      ? { id: '44444444-4444-4444-8444-444444444444', status, waitlistRank: status === 'waitlisted' ? 1 : null, checkedInAt: null, checkedOutAt: options.checkedOut ? iso(startsAt + HOUR) : null, hours: null }
      : null,
    canManage: false,
  })
}

describe('offline activity cache', () => {
  it('keeps a confirmed activity of the next days and reads it back with when it was saved', () => {
    const storage = memoryStorage()
    const a = activity(2 * HOUR)
    rememberActivity(ALICE, a, { storage, token: TOKEN_ALICE, now: NOW })
    const read = readCachedActivity(a.id, { storage, token: TOKEN_ALICE, now: NOW + HOUR })
    expect(read).toEqual({ detail: a, savedAt: new Date(NOW).toISOString(), userId: ALICE })
    expect(listCachedActivities({ storage, token: TOKEN_ALICE, now: NOW }).map((e) => e.detail.id)).toEqual([a.id])
    // The token is not copied into the cache, only a fingerprint of it.
    expect([...storage.map.values()].join()).not.toContain(TOKEN_ALICE)
  })

  it('keeps only what the volunteer needs at the site: confirmed, not checked out, within the horizon', () => {
    const storage = memoryStorage()
    const ctx = { storage, token: TOKEN_ALICE, now: NOW }
    const waitlisted = activity(HOUR, { status: 'waitlisted' })
    const notMine = activity(HOUR, { status: null })
    const checkedOut = activity(-HOUR, { checkedOut: true })
    const farAhead = activity(CACHE_HORIZON_MS + HOUR)
    for (const detail of [waitlisted, notMine, checkedOut, farAhead]) rememberActivity(ALICE, detail, ctx)
    expect(listCachedActivities(ctx)).toEqual([])
  })

  it('forgets a saved activity when the API shows it is no longer mine (cancelled)', () => {
    const storage = memoryStorage()
    const ctx = { storage, token: TOKEN_ALICE, now: NOW }
    const a = activity(HOUR)
    rememberActivity(ALICE, a, ctx)
    rememberActivity(ALICE, { ...a, myRegistration: null }, ctx)
    expect(readCachedActivity(a.id, ctx)).toBeNull()
  })

  it('is bounded: at most MAX_CACHED_ACTIVITIES, the soonest kept, and never over MAX_CACHE_BYTES', () => {
    const storage = memoryStorage()
    const ctx = { storage, token: TOKEN_ALICE, now: NOW }
    const details = Array.from({ length: MAX_CACHED_ACTIVITIES + 4 }, (_, i) => activity((MAX_CACHED_ACTIVITIES + 4 - i) * HOUR))
    for (const detail of details) rememberActivity(ALICE, detail, ctx)
    const kept = listCachedActivities(ctx)
    expect(kept).toHaveLength(MAX_CACHED_ACTIVITIES)
    const soonest = [...details].sort((x, y) => x.startsAt.localeCompare(y.startsAt)).slice(0, MAX_CACHED_ACTIVITIES)
    expect(kept.map((e) => e.detail.id)).toEqual(soonest.map((d) => d.id))

    // Long descriptions: the byte budget drops the latest-starting ones first.
    const big = memoryStorage()
    const bigCtx = { storage: big, token: TOKEN_ALICE, now: NOW }
    const long = '为村里老人量血压、讲解用药常识。'.repeat(400)
    const bigOnes = Array.from({ length: 6 }, (_, i) => activity((i + 1) * HOUR, { description: long }))
    for (const detail of bigOnes) rememberActivity(ALICE, detail, bigCtx)
    const stored = big.map.get('xlf.offline.activities') ?? ''
    expect(Buffer.byteLength(stored, 'utf8')).toBeLessThanOrEqual(MAX_CACHE_BYTES + 200)
    const keptBig = listCachedActivities(bigCtx)
    expect(keptBig.length).toBeGreaterThan(0)
    expect(keptBig.length).toBeLessThan(bigOnes.length)
    expect(keptBig.map((e) => e.detail.id)).toEqual(bigOnes.slice(0, keptBig.length).map((d) => d.id))
  })

  it('belongs to one signed-in person: another token sees nothing, signing out removes it, another person replaces it', () => {
    const storage = memoryStorage()
    const a = activity(HOUR)
    rememberActivity(ALICE, a, { storage, token: TOKEN_ALICE, now: NOW })
    // Bob signs in on the same phone: Alice's copy is not his to see.
    expect(readCachedActivity(a.id, { storage, token: TOKEN_BOB, now: NOW })).toBeNull()
    expect(listCachedActivities({ storage, token: TOKEN_BOB, now: NOW })).toEqual([])
    // Bob's first save throws Alice's entries away.
    const b = activity(2 * HOUR)
    rememberActivity(BOB, b, { storage, token: TOKEN_BOB, now: NOW })
    expect(listCachedActivities({ storage, token: TOKEN_BOB, now: NOW }).map((e) => e.detail.id)).toEqual([b.id])
    expect(storage.map.get('xlf.offline.activities')).not.toContain(a.id)
    expect(readCachedActivity(b.id, { storage, token: TOKEN_ALICE, now: NOW })).toBeNull()
    // Bob's launch-time refresh (keepOnlyActivities) also clears a cache left by someone else.
    rememberActivity(ALICE, a, { storage, token: TOKEN_ALICE, now: NOW })
    keepOnlyActivities(BOB, new Set([b.id]), { storage, token: TOKEN_BOB, now: NOW })
    expect(storage.map.has('xlf.offline.activities')).toBe(false)
    // Signed out (no token stored): nothing shown, and the copy is removed.
    rememberActivity(ALICE, a, { storage, token: TOKEN_ALICE, now: NOW })
    expect(readCachedActivity(a.id, { storage, token: null, now: NOW })).toBeNull()
    expect(storage.map.has('xlf.offline.activities')).toBe(false)
  })

  it('a screen still showing the previous person saves nothing under the new person’s token', () => {
    const storage = memoryStorage()
    const a = activity(HOUR)
    // Alice's activity page answers after Bob's token was stored (Bob signed in meanwhile).
    rememberActivity(ALICE, a, { storage, token: TOKEN_BOB, now: NOW })
    keepOnlyActivities(ALICE, new Set([a.id]), { storage, token: TOKEN_BOB, now: NOW })
    expect(storage.map.has('xlf.offline.activities')).toBe(false)
    // And a cache whose owner is not the stored token's person is never shown, whatever its fingerprint says.
    rememberActivity(ALICE, a, { storage, token: TOKEN_ALICE, now: NOW })
    const forged = JSON.parse(storage.map.get('xlf.offline.activities') ?? '{}') as { tokenTag: string }
    storage.map.set('xlf.offline.activities', JSON.stringify({ ...forged, tokenTag: tokenTag(TOKEN_BOB) }))
    expect(readCachedActivity(a.id, { storage, token: TOKEN_BOB, now: NOW })).toBeNull()
    expect(readCachedActivity(a.id, { storage, token: 'not-a-session-token', now: NOW })).toBeNull()
  })

  it('the same person signing in again keeps their copies under the new token', () => {
    const storage = memoryStorage()
    const a = activity(HOUR)
    const b = activity(2 * HOUR)
    rememberActivity(ALICE, a, { storage, token: tokenOf(ALICE, 1), now: NOW })
    rememberActivity(ALICE, b, { storage, token: tokenOf(ALICE, 2), now: NOW })
    expect(listCachedActivities({ storage, token: tokenOf(ALICE, 2), now: NOW }).map((e) => e.detail.id)).toEqual([a.id, b.id])
    expect(listCachedActivities({ storage, token: tokenOf(ALICE, 1), now: NOW })).toEqual([])
  })

  it('expires once the activity is over (its check-out window, 2 h after the end, has closed)', () => {
    const storage = memoryStorage()
    const a = activity(HOUR, { hours: 3 })
    rememberActivity(ALICE, a, { storage, token: TOKEN_ALICE, now: NOW })
    const end = Date.parse(a.endsAt)
    expect(readCachedActivity(a.id, { storage, token: TOKEN_ALICE, now: end + HOUR })).not.toBeNull()
    expect(readCachedActivity(a.id, { storage, token: TOKEN_ALICE, now: end + 2 * HOUR + 60_000 })).toBeNull()
    expect(listCachedActivities({ storage, token: TOKEN_ALICE, now: end + 3 * HOUR })).toEqual([])
    // keepOnlyActivities keeps a just-ended one (a check-out may be queued) even though 我的活动 no longer lists it.
    keepOnlyActivities(ALICE, new Set(), { storage, token: TOKEN_ALICE, now: end + HOUR })
    expect(readCachedActivity(a.id, { storage, token: TOKEN_ALICE, now: end + HOUR })).not.toBeNull()
    keepOnlyActivities(ALICE, new Set(), { storage, token: TOKEN_ALICE, now: NOW })
    expect(readCachedActivity(a.id, { storage, token: TOKEN_ALICE, now: NOW })).toBeNull()
  })

  it('ignores what is not a cache of ours (old format, broken JSON)', () => {
    const storage = memoryStorage()
    storage.map.set('xlf.offline.activities', '{"version":1,"entries":"x"}')
    expect(listCachedActivities({ storage, token: TOKEN_ALICE, now: NOW })).toEqual([])
    storage.map.set('xlf.offline.activities', '{not json')
    expect(listCachedActivities({ storage, token: TOKEN_ALICE, now: NOW })).toEqual([])
    expect(tokenTag('a')).not.toBe(tokenTag('b'))
    expect(tokenTag(TOKEN_ALICE)).toMatch(/^[0-9a-f]{16}$/)
  })

  it('says when the copy was saved: the time today, the date and time before', () => {
    const now = new Date('2030-03-05T10:00:00+08:00')
    expect(describeSavedAt('2030-03-05T08:30:00+08:00', now)).toBe('08:30')
    expect(describeSavedAt('2030-03-04T20:15:00+08:00', now)).toBe('3月4日 20:15')
  })
})
