/**
 * `npm run bench:soak [-- --minutes 10 --rate 1 --users 400 --warmup-seconds 60 --no-photos]`: mixed traffic at a
 * fixed rate against the local server, to find errors and memory growth that only show over time.
 *
 * The server is started the way `npm start` starts it (cloud/server/start.ts: embedded Postgres,
 * migrations, seed, local storage, the scheduled tick every minute — LOCAL_JOBS_INTERVAL_SECONDS=60,
 * APP_ENV=local) on a fresh temporary data directory, in a child process (tests/bench/bench-server.ts).
 *
 * People: `--users` volunteers and two unit contacts are inserted as demo accounts (is_demo, as the
 * seed makes them: nothing else creates people without WeChat) and each logs in through
 * POST /api/auth/demo-login; volunteers then fill in 我的资料 with consent (PUT /api/me/profile) and
 * hold a confirmed place at one of four check-in activities that started 30 minutes ago (inserted in
 * SQL: sign-up closes at the start and check-out opens at it, so nobody could sign up for them now). The seeded demo campaign's organiser logs in the
 * same way. A campaign of our own holds those activities and three photo activities that have
 * already started (photos are refused before the start).
 *
 * Traffic, open-loop at a fixed rate per operation (per minute at --rate 1; every request is checked
 * against the API's own zod schema and the state the generator expects):
 *   list 120 (the demo campaign's March list: first page, a day, page 2 by cursor), detail 120,
 *   my_activities 20 (我的活动), signup 40 (a March activity not overlapping the person's other
 *   sign-ups), cancel 25, checkin 40 (the rotating QR text or its 6-digit code, derived from the key
 *   the contact's phone fetched, exactly as the phone does; the first scan checks in, the next after
 *   ≥ 65 s checks out), checkin_key 4 (the contact's phone refreshing the key), upload 1 (POST
 *   /api/photos/upload-url → PUT the bytes to the signed storage URL → POST /api/photos, which queues
 *   the photo check and runs it in the server process, as `npm start` does), status 10 (报送情况
 *   matrix of the demo campaign as its organiser).
 * A person never has two requests in flight (a phone taps one thing at a time).
 *
 * Photos: phone-sized JPEGs (3 000 × 2 000) made at start from ../shared/photo-eval's pictures (upscaled,
 * cropped from different corners, so they are not the same bytes; smooth upscales compress to ≈ 1 MB).
 *
 * Memory: the server's own process (the Node process that spawned Postgres, found under the
 * launcher's pid in /proc), VmRSS read from /proc/<pid>/status every 5 s; Postgres' processes are
 * summed separately (shared buffers are counted once per process, so that sum overstates). The
 * photo models load once per process (≈ 170 MB) and the check's native buffers grow over its first
 * checks, so the start figure is taken after a warm-up of the same traffic that includes three finished
 * photo checks; growth is end vs that start. `--no-photos` leaves uploads out, to see the rest alone.
 *
 * Before the traffic, two figures for docs/scaling.md: cold start (a second server process on the
 * same database, from spawn to the first answered GET /api/activities) and the photo models' load
 * time in a fresh process.
 *
 * After the traffic: counters checked against rows (confirmed/waitlisted counts of every activity,
 * waitlist positions without gaps, one check-in per registration) and the photo checks' outcomes.
 * Exits 1 when a request failed, an invariant broke, requests could not be sent at the rate, or
 * memory grew more than 10 %.
 *
 * Last line: `soak: requests=<n> error_rate=<x> p95_ms=<n> mem_growth_pct=<n>`.
 */
import { spawn } from 'node:child_process'
import { createHmac, randomUUID } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import postgres from 'postgres'
import sharp from 'sharp'
import type { z } from 'zod'
import { ZActivityDetail, ZListActivitiesResponse, type TActivitySummary } from '../../types/api/activities'
import { ZDemoAccountsResponse, ZMeResponse, ZSessionResponse } from '../../types/api/auth'
import { ZCheckinKeyResponse, ZCheckinResponse, type TCheckinKeyResponse } from '../../types/api/checkins'
import { ZCreatePhotoUploadResponse, ZPhoto } from '../../types/api/photos'
import { ZCancelRegistrationResponse, ZCreateRegistrationResponse, ZMyRegistrationsResponse } from '../../types/api/registrations'
import { ZStatusResponse } from '../../types/api/submission-status'
import { checkinStepAt, deriveCheckinCode, fromBase64Url } from '../../types/checkin-code'
import { PRIVACY_POLICY_VERSION } from '../../types/domain'
import { httpRequest, ms, printTable, ROOT, runBench, summarise, type TBenchServer, type THttpResult } from './bench-server'

// ---------------------------------------------------------------------------------------------
// Options

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`)
  if (index < 0) return fallback
  const value = Number(process.argv[index + 1])
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`)
  return value
}

const MINUTES = flag('minutes', 10)
const RATE = flag('rate', 1)
const USERS = Math.round(flag('users', 400))
const WARMUP_SECONDS = flag('warmup-seconds', 60)
const MAX_IN_FLIGHT = 100
/** Photo checks finished before the memory start figure (see the warm-up). */
const WARMUP_CHECKS = 3
const MEMORY_GOAL_PCT = 10
const CHECKIN_ACTIVITIES = 4
const PHOTO_ACTIVITIES = 3
const PHOTO_VARIANTS = 24
/** No uploads at all (to tell the photo checks' memory from the rest of the server's). */
const NO_PHOTOS = process.argv.includes('--no-photos')
/** Operations per minute at --rate 1. */
const MIX_BASE = {
  list: 120,
  detail: 120,
  my_activities: 20,
  signup: 40,
  cancel: 25,
  checkin: 40,
  checkin_key: 4,
  // One photo a minute: each check holds the server's event loop for seconds (see docs/scaling.md).
  upload: 1,
  status: 10,
} as const
type TOp = keyof typeof MIX_BASE
const MIX: Record<TOp, number> = { ...MIX_BASE, upload: NO_PHOTOS ? 0 : MIX_BASE.upload }
/** What the report lists: an upload is three requests, each measured on its own. */
type TMetric = Exclude<TOp, 'upload'> | 'upload_url' | 'upload_put' | 'photo_record'

// ---------------------------------------------------------------------------------------------
// Fixture

type TVolunteer = {
  id: string
  token: string
  busy: boolean
  /** Live sign-ups for the demo campaign's activities (the ones this generator makes and cancels). */
  live: Map<string, { registrationId: string; startsAt: number; endsAt: number }>
  checkinActivityId: string
  checkinState: 'none' | 'in' | 'out'
  checkedInAt: number
}
type TContact = { id: string; token: string; busy: boolean }
type TFixture = {
  demoCampaignId: string
  organiserToken: string
  marchActivities: TActivitySummary[]
  marchDays: string[]
  volunteers: TVolunteer[]
  contacts: TContact[]
  checkinKeys: Map<string, TCheckinKeyResponse>
  photoActivityIds: string[]
  photos: Buffer[]
}

const agent = new http.Agent({ keepAlive: true, maxSockets: MAX_IN_FLIGHT + 20 })

async function api<T>(server: TBenchServer, schema: z.ZodType<T>, pathname: string, options: { token?: string; method?: string; body?: unknown } = {}): Promise<T> {
  const result = await httpRequest(agent, `${server.url}${pathname}`, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  if (result.status < 200 || result.status >= 300) throw new Error(`${options.method ?? 'GET'} ${pathname}: ${result.status} ${result.error ?? result.body.slice(0, 300)}`)
  return schema.parse(JSON.parse(result.body))
}

/** Runs `work` over `items` with at most `limit` at once. */
async function inBatches<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next
        next += 1
        await work(items[index]!, index)
      }
    }),
  )
}

/** Demo accounts as the seed makes them; they log in through the demo login like anyone trying the app. */
async function insertDemoPeople(sql: postgres.Sql, prefix: string, count: number): Promise<string[]> {
  const rows = await sql<{ id: string }[]>`
    insert into app_users (display_name, is_demo)
    select ${prefix} || g, true from generate_series(1, ${count}) g
    returning id`
  return rows.map((r) => r.id)
}

async function demoLogin(server: TBenchServer, userId: string): Promise<string> {
  return (await api(server, ZSessionResponse, '/api/auth/demo-login', { body: { userId } })).token
}

/** Phone-sized photos from the eval set: cropped differently and upscaled to 3 000 × 2 000. */
async function makePhotos(): Promise<Buffer[]> {
  const dir = path.resolve(ROOT, '../shared/photo-eval/images')
  if (!existsSync(dir)) throw new Error(`${dir} is missing: the soak uploads real photos from it`)
  const sources = readdirSync(dir)
    .filter((f) => /-(on|on2|large)\.jpg$/.test(f))
    .sort()
    .map((f) => path.join(dir, f))
  const photos: Buffer[] = []
  for (let i = 0; i < PHOTO_VARIANTS; i += 1) {
    const source = sources[i % sources.length]!
    const meta = await sharp(source).metadata()
    // Cropped from different corners, never mirrored: a mirrored banner cannot be read, and the
    // check would stop early on it.
    const crop = 0.02 * (1 + (i % 3))
    const width = Math.round((meta.width ?? 0) * (1 - crop))
    const height = Math.round((meta.height ?? 0) * (1 - crop))
    const left = i % 2 === 0 ? 0 : (meta.width ?? 0) - width
    const top = i % 4 < 2 ? 0 : (meta.height ?? 0) - height
    const pipeline = sharp(source).extract({ left, top, width, height })
    // One size for all (3 000 × 2 000, a phone's 3:2): the check's buffers reach their high-water mark
    // during the warm-up instead of whenever the largest picture first comes up.
    photos.push(await pipeline.resize({ width: 3000, height: 2000, fit: 'cover' }).jpeg({ quality: 90 }).toBuffer())
  }
  return photos
}

async function setUp(server: TBenchServer, sql: postgres.Sql): Promise<TFixture> {
  const started = performance.now()
  const [demo] = await sql<{ id: string }[]>`select id from campaigns where is_demo order by created_at limit 1`
  if (!demo) throw new Error('the seed made no demo campaign')
  // The organiser, from the demo accounts list as 我的 → 本地演示登录 shows it.
  const accounts = await api(server, ZDemoAccountsResponse, '/api/auth/demo-accounts')
  const organiser = accounts.items.find((a) => a.role === 'organiser')
  if (!organiser) throw new Error('no demo organiser')
  const organiserToken = await demoLogin(server, organiser.userId)

  // Our own campaign: check-in activities running now (check-out counts only after the start; the
  // window lasts until two hours after the end) and photo activities that started three hours ago.
  const [campaign] = await sql<{ id: string }[]>`
    insert into campaigns (slug, issuer, city, year, title, period_start, period_end)
    values ('soak', '压测文明办', '压测市', extract(year from now())::int, '压测活动月', current_date - 30, current_date + 60) returning id`
  const [unit] = await sql<{ id: string }[]>`insert into units (campaign_id, key, name) values (${campaign!.id}, 'soak', '压测单位') returning id`
  const checkinActivities = await sql<{ id: string }[]>`
    insert into activities (campaign_id, unit_id, title, starts_at, ends_at, location_name, category, capacity, contact_phone)
    select ${campaign!.id}, ${unit!.id}, '压测签到活动 ' || g, now() - interval '30 minutes', now() + interval '6 hours', '压测广场', 'care', null, '13800001234'
    from generate_series(1, ${CHECKIN_ACTIVITIES}) g returning id`
  const photoActivities = await sql<{ id: string }[]>`
    insert into activities (campaign_id, unit_id, title, starts_at, ends_at, location_name, category, capacity, contact_phone)
    select ${campaign!.id}, ${unit!.id}, '关爱困境儿童〈圆梦微心愿〉志愿服务活动 ' || g, now() - interval '3 hours', now() - interval '1 hour', '压测社区', 'care', 50, '13800001234'
    from generate_series(1, ${PHOTO_ACTIVITIES}) g returning id`
  const contactIds = await insertDemoPeople(sql, '压测联系人', 2)
  await sql`insert into memberships (user_id, campaign_id, role, unit_id)
            select id, ${campaign!.id}, 'unit_contact', ${unit!.id} from unnest(${contactIds}::uuid[]) id`
  const volunteerIds = await insertDemoPeople(sql, '压测志愿者', USERS)

  const contacts: TContact[] = []
  for (const id of contactIds) contacts.push({ id, token: await demoLogin(server, id), busy: false })
  const volunteers: TVolunteer[] = []
  await inBatches(volunteerIds, 8, async (id, index) => {
    const token = await demoLogin(server, id)
    await api(server, ZMeResponse, '/api/me/profile', {
      token,
      method: 'PUT',
      body: { realName: '压测志愿者', phone: `139${String(index).padStart(8, '0')}`, consent: true, policyVersion: PRIVACY_POLICY_VERSION },
    })
    const checkinActivityId = checkinActivities[index % CHECKIN_ACTIVITIES]!.id
    volunteers[index] = { id, token, busy: false, live: new Map(), checkinActivityId, checkinState: 'none', checkedInAt: 0 }
  })

  // Sign-up closes at the start and check-out opens at the start, so the people at the check-in
  // activities (already running) signed up before: their confirmed rows go in directly, through the
  // product's counter trigger.
  await sql`insert into registrations (activity_id, user_id, status, confirmed_at)
            select a, u, 'confirmed', now() - interval '1 day'
            from unnest(${volunteers.map((v) => v.checkinActivityId)}::uuid[], ${volunteers.map((v) => v.id)}::uuid[]) as x(a, u)`

  // The contact's phone fetches each activity's key once online, then derives the codes itself.
  const checkinKeys = new Map<string, TCheckinKeyResponse>()
  for (const activity of checkinActivities) {
    checkinKeys.set(activity.id, await api(server, ZCheckinKeyResponse, `/api/activities/${activity.id}/checkin-key`, { token: contacts[0]!.token }))
  }

  // The March activities a volunteer can sign up for, as the list shows them.
  const marchActivities: TActivitySummary[] = []
  let cursor: string | null = null
  do {
    const query: string = `campaignId=${demo.id}&limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`
    const page = await api(server, ZListActivitiesResponse, `/api/activities?${query}`, { token: volunteers[0]!.token })
    marchActivities.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  const open = marchActivities.filter((a) => a.signupState === 'open' || a.signupState === 'waitlist')
  if (open.length < 10) throw new Error(`only ${open.length} demo activities open for sign-up`)
  const marchDays = [...new Set(marchActivities.map((a) => a.startsAt.slice(0, 10)))].sort()

  const photos = await makePhotos()
  console.log(
    `[soak] set up in ${ms(performance.now() - started)} ms: ${USERS} volunteers and ${contacts.length} contacts logged in (demo login), ` +
      `${CHECKIN_ACTIVITIES} check-in and ${PHOTO_ACTIVITIES} photo activities, ${open.length}/${marchActivities.length} demo activities open, ` +
      `${photos.length} photos (${(photos.reduce((s, p) => s + p.length, 0) / photos.length / 1024 / 1024).toFixed(1)} MB average)`,
  )
  return {
    demoCampaignId: demo.id,
    organiserToken,
    marchActivities: open,
    marchDays,
    volunteers,
    contacts,
    checkinKeys,
    photoActivityIds: photoActivities.map((a) => a.id),
    photos,
  }
}

// ---------------------------------------------------------------------------------------------
// Metrics

type TStats = { latencies: number[]; errors: number; samples: string[] }
class Metrics {
  readonly byMetric = new Map<TMetric, TStats>()
  photoVerdicts = new Map<string, number>()
  photosChecked = 0

  record(metric: TMetric, ms: number, ok: boolean, detail?: string): void {
    let stats = this.byMetric.get(metric)
    if (!stats) this.byMetric.set(metric, (stats = { latencies: [], errors: 0, samples: [] }))
    stats.latencies.push(ms)
    if (!ok) {
      stats.errors += 1
      if (stats.samples.length < 5 && detail) stats.samples.push(detail)
    }
  }

  get requests(): number {
    return [...this.byMetric.values()].reduce((sum, s) => sum + s.latencies.length, 0)
  }

  get errors(): number {
    return [...this.byMetric.values()].reduce((sum, s) => sum + s.errors, 0)
  }
}

/**
 * One request, measured: non-2xx, a network error, a body the API's schema refuses or an answer the
 * generator did not expect (`expect` returns a complaint) all count as errors.
 */
async function measured<T>(
  metrics: Metrics,
  metric: TMetric,
  call: () => Promise<THttpResult>,
  schema: z.ZodType<T> | null,
  expect?: (body: T) => string | null,
): Promise<T | null> {
  const result = await call()
  const ok2xx = result.status >= 200 && result.status < 300
  if (!ok2xx) {
    metrics.record(metric, result.ms, false, `${result.status} ${result.error ?? result.body.slice(0, 200)}`)
    return null
  }
  if (!schema) {
    metrics.record(metric, result.ms, true)
    return null
  }
  let body: T
  try {
    body = schema.parse(JSON.parse(result.body))
  } catch (error) {
    metrics.record(metric, result.ms, false, `bad body: ${String(error).slice(0, 200)}`)
    return null
  }
  const complaint = expect?.(body) ?? null
  metrics.record(metric, result.ms, complaint === null, complaint ?? undefined)
  return complaint === null ? body : null
}

// ---------------------------------------------------------------------------------------------
// Operations

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!

function get(server: TBenchServer, pathname: string, token?: string): () => Promise<THttpResult> {
  return () => httpRequest(agent, `${server.url}${pathname}`, { headers: token ? { authorization: `Bearer ${token}` } : {} })
}
function post(server: TBenchServer, pathname: string, token: string, body: unknown): () => Promise<THttpResult> {
  return () => httpRequest(agent, `${server.url}${pathname}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: JSON.stringify(body) })
}

/** A free person matching `when`, marked busy until the operation ends; null when none is free. */
function takeVolunteer(f: TFixture, when: (v: TVolunteer) => boolean): TVolunteer | null {
  for (let tries = 0; tries < 40; tries += 1) {
    const v = pick(f.volunteers)
    if (!v.busy && when(v)) {
      v.busy = true
      return v
    }
  }
  const candidates = f.volunteers.filter((v) => !v.busy && when(v))
  if (candidates.length === 0) return null
  const v = pick(candidates)
  v.busy = true
  return v
}

let nextListCursor: string | null = null

async function runOp(op: TOp, server: TBenchServer, f: TFixture, metrics: Metrics): Promise<'done' | 'skipped'> {
  switch (op) {
    case 'list': {
      const v = pick(f.volunteers)
      const kind = Math.random()
      let query = `campaignId=${f.demoCampaignId}&limit=20`
      if (kind < 0.3) query += `&day=${pick(f.marchDays)}`
      else if (kind < 0.5 && nextListCursor) query += `&cursor=${encodeURIComponent(nextListCursor)}`
      const body = await measured(metrics, 'list', get(server, `/api/activities?${query}`, v.token), ZListActivitiesResponse)
      if (body && !query.includes('day=') && !query.includes('cursor=')) nextListCursor = body.nextCursor
      return 'done'
    }
    case 'detail': {
      const v = pick(f.volunteers)
      const id = Math.random() < 0.8 ? pick(f.marchActivities).id : v.checkinActivityId
      await measured(metrics, 'detail', get(server, `/api/activities/${id}`, v.token), ZActivityDetail, (body) => (body.id === id ? null : 'another activity answered'))
      return 'done'
    }
    case 'my_activities': {
      const v = takeVolunteer(f, () => true)
      if (!v) return 'skipped'
      try {
        await measured(metrics, 'my_activities', get(server, '/api/me/registrations?tab=upcoming', v.token), ZMyRegistrationsResponse, (body) => {
          const listed = new Set(body.items.map((item) => item.activity.id))
          const missing = [...v.live.keys()].filter((id) => !listed.has(id))
          return missing.length === 0 ? null : `我的活动 misses ${missing.length} live sign-up(s)`
        })
      } finally {
        v.busy = false
      }
      return 'done'
    }
    case 'signup': {
      const v = takeVolunteer(f, (p) => p.live.size < 6)
      if (!v) return 'skipped'
      try {
        // Like a person browsing: an activity not signed up for and not clashing with their others.
        const choices = f.marchActivities.filter((a) => {
          if (v.live.has(a.id)) return false
          const start = Date.parse(a.startsAt)
          const end = Date.parse(a.endsAt)
          return [...v.live.values()].every((r) => r.endsAt <= start || r.startsAt >= end)
        })
        if (choices.length === 0) return 'skipped'
        const activity = pick(choices)
        const body = await measured(metrics, 'signup', post(server, '/api/registrations', v.token, { activityId: activity.id }), ZCreateRegistrationResponse, (b) =>
          b.registration.activityId === activity.id && b.registration.status !== 'cancelled' ? null : `unexpected registration ${b.registration.status}`,
        )
        if (body) v.live.set(activity.id, { registrationId: body.registration.id, startsAt: Date.parse(activity.startsAt), endsAt: Date.parse(activity.endsAt) })
      } finally {
        v.busy = false
      }
      return 'done'
    }
    case 'cancel': {
      const v = takeVolunteer(f, (p) => p.live.size > 0)
      if (!v) return 'skipped'
      try {
        const [activityId, live] = pick([...v.live.entries()])
        const body = await measured(metrics, 'cancel', post(server, `/api/registrations/${live.registrationId}/cancel`, v.token, {}), ZCancelRegistrationResponse, (b) =>
          b.registration.status === 'cancelled' ? null : `still ${b.registration.status}`,
        )
        if (body) v.live.delete(activityId)
      } finally {
        v.busy = false
      }
      return 'done'
    }
    case 'checkin': {
      const now = Date.now()
      const v = takeVolunteer(f, (p) => p.checkinState === 'none' || (p.checkinState === 'in' && now - p.checkedInAt >= 65_000))
      if (!v) return 'skipped'
      try {
        const key = f.checkinKeys.get(v.checkinActivityId)!
        // What the contact's phone shows now, from the stored key (src/features/checkins/code): the
        // QR text for a scan, the 6-digit code for someone typing it.
        const keyBytes = fromBase64Url(key.key)
        const code = deriveCheckinCode((message) => new Uint8Array(createHmac('sha256', keyBytes).update(message).digest()), v.checkinActivityId, checkinStepAt(Date.now()))
        const wanted = v.checkinState === 'none' ? 'checked_in' : 'checked_out'
        const body = await measured(
          metrics,
          'checkin',
          post(server, '/api/checkins', v.token, { activityId: v.checkinActivityId, code: Math.random() < 0.5 ? code.qrText : code.shortCode, scanId: randomUUID() }),
          ZCheckinResponse,
          (b) => (b.action === wanted && !b.replayed ? null : `expected ${wanted}, got ${b.action}${b.replayed ? ' (replayed)' : ''}`),
        )
        if (body) {
          v.checkinState = wanted === 'checked_in' ? 'in' : 'out'
          v.checkedInAt = Date.now()
        }
      } finally {
        v.busy = false
      }
      return 'done'
    }
    case 'checkin_key': {
      const activityId = pick([...f.checkinKeys.keys()])
      const stored = f.checkinKeys.get(activityId)!
      await measured(metrics, 'checkin_key', get(server, `/api/activities/${activityId}/checkin-key`, f.contacts[0]!.token), ZCheckinKeyResponse, (b) =>
        b.key === stored.key ? null : 'the activity key changed',
      )
      return 'done'
    }
    case 'upload': {
      const contact = f.contacts.find((c) => !c.busy)
      if (!contact) return 'skipped'
      contact.busy = true
      try {
        const activityId = pick(f.photoActivityIds)
        const bytes = pick(f.photos)
        const target = await measured(
          metrics,
          'upload_url',
          post(server, '/api/photos/upload-url', contact.token, { activityId, contentType: 'image/jpeg', byteSize: bytes.length }),
          ZCreatePhotoUploadResponse,
        )
        if (!target) return 'done'
        // The signed URL names PUBLIC_URL (localhost); the server listens on 127.0.0.1 only.
        const url = new URL(target.uploadUrl)
        const local = `${server.url}${url.pathname}${url.search}`
        await measured(metrics, 'upload_put', () => putBytes(local, bytes), null)
        const photo = await measured(metrics, 'photo_record', post(server, '/api/photos', contact.token, { activityId, path: target.path }), ZPhoto)
        if (photo) {
          metrics.photosChecked += photo.status === 'queued' || photo.status === 'checking' ? 0 : 1
          metrics.photoVerdicts.set(photo.status, (metrics.photoVerdicts.get(photo.status) ?? 0) + 1)
        }
      } finally {
        contact.busy = false
      }
      return 'done'
    }
    case 'status': {
      await measured(metrics, 'status', get(server, `/api/campaigns/${f.demoCampaignId}/status`, f.organiserToken), ZStatusResponse, (b) =>
        b.campaign.id === f.demoCampaignId && b.units.length > 0 ? null : 'empty matrix',
      )
      return 'done'
    }
  }
}

/** PUT of raw bytes to a signed storage URL (what Taro.uploadFile / fetch do). */
function putBytes(url: string, bytes: Buffer): Promise<THttpResult> {
  const started = performance.now()
  return new Promise((resolve) => {
    const req = http.request(url, { agent, method: 'PUT', headers: { 'content-type': 'image/jpeg', 'content-length': String(bytes.length) } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }))
      res.on('error', (error) => resolve({ status: 0, body: '', ms: performance.now() - started, error: String(error) }))
    })
    req.setTimeout(60_000, () => req.destroy(new Error('client timeout')))
    req.on('error', (error) => resolve({ status: 0, body: '', ms: performance.now() - started, error: String(error) }))
    req.end(bytes)
  })
}

// ---------------------------------------------------------------------------------------------
// Memory of the server process

type TProc = { pid: number; ppid: number; comm: string; rssKb: number }

function readProc(pid: number): TProc | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const field = (name: string): string => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(status)?.[1]?.trim() ?? ''
    return { pid, ppid: Number(field('PPid')), comm: field('Name'), rssKb: Number(field('VmRSS').replace(/\s*kB$/, '')) || 0 }
  } catch {
    return null
  }
}

/** Every process under `root` (children as listed by /proc/<pid>/task/<tid>/children). */
function descendants(root: number): TProc[] {
  const out: TProc[] = []
  const queue = [root]
  while (queue.length > 0) {
    const pid = queue.shift()!
    let tasks: string[] = []
    try {
      tasks = readdirSync(`/proc/${pid}/task`)
    } catch {
      continue
    }
    for (const tid of tasks) {
      let children: string[] = []
      try {
        children = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)
      } catch {
        continue
      }
      for (const child of children.map(Number)) {
        const proc = readProc(child)
        if (proc) {
          out.push(proc)
          queue.push(child)
        }
      }
    }
  }
  return out
}

/** The Node process that runs the server: the one that spawned Postgres (tsx's launcher is its parent). */
function findServerPid(launcherPid: number): number {
  const all = [readProc(launcherPid), ...descendants(launcherPid)].filter((p): p is TProc => p !== null)
  const postmaster = all.find((p) => p.comm === 'postgres' && all.some((q) => q.pid === p.ppid && q.comm !== 'postgres'))
  if (!postmaster) throw new Error('could not find the server process (no Postgres under the launcher)')
  return postmaster.ppid
}

type TMemorySample = { at: number; serverMb: number; postgresMb: number }

function sampleMemory(serverPid: number, started: number): TMemorySample {
  const server = readProc(serverPid)
  const postgresKb = descendants(serverPid)
    .filter((p) => p.comm === 'postgres')
    .reduce((sum, p) => sum + p.rssKb, 0)
  return { at: (performance.now() - started) / 1000, serverMb: (server?.rssKb ?? 0) / 1024, postgresMb: postgresKb / 1024 }
}

/** Least-squares slope in MB per minute. */
function slopePerMinute(samples: TMemorySample[]): number {
  if (samples.length < 2) return Number.NaN
  const n = samples.length
  const mx = samples.reduce((s, p) => s + p.at, 0) / n
  const my = samples.reduce((s, p) => s + p.serverMb, 0) / n
  const num = samples.reduce((s, p) => s + (p.at - mx) * (p.serverMb - my), 0)
  const den = samples.reduce((s, p) => s + (p.at - mx) ** 2, 0)
  return den === 0 ? Number.NaN : (num / den) * 60
}

// ---------------------------------------------------------------------------------------------
// Cold start and model load (figures for docs/scaling.md)

/** A second server process on the running database: spawn → READY → first answered list request. */
async function measureColdStart(server: TBenchServer, campaignId: string): Promise<{ readyMs: number; firstAnswerMs: number }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'xlf-soak-cold-'))
  const started = performance.now()
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'cloud/server/start.ts', '--no-build', '--ready-json'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: server.databaseUrl, SESSION_SECRET: server.sessionSecret, DATA_DIR: dataDir, PORT: '0', APP_ENV: 'local', LOCAL_JOBS_INTERVAL_SECONDS: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let buffered = ''
      const timer = setTimeout(() => reject(new Error('cold server did not start in 120 s')), 120_000)
      child.stdout?.on('data', (chunk: Buffer) => {
        buffered += chunk.toString('utf8')
        const line = buffered.split('\n').find((l) => l.startsWith('READY '))
        if (line) {
          clearTimeout(timer)
          resolve((JSON.parse(line.slice(6)) as { url: string }).url.replace('localhost', '127.0.0.1'))
        }
      })
      child.on('exit', (code) => reject(new Error(`cold server exited (${String(code)})`)))
    })
    const readyMs = performance.now() - started
    const fresh = new http.Agent({ keepAlive: false })
    const first = await httpRequest(fresh, `${url}/api/activities?campaignId=${campaignId}&limit=20`)
    fresh.destroy()
    if (first.status !== 200) throw new Error(`cold server answered ${first.status}`)
    return { readyMs, firstAnswerMs: performance.now() - started }
  } finally {
    child.kill('SIGTERM')
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.on('exit', resolve)))
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** In a fresh process: importing the photo check and loading its models, and the memory that takes. */
async function measureModelLoad(): Promise<{ importMs: number; loadMs: number; rssBeforeMb: number; rssAfterMb: number }> {
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'tests/bench/soak.ts', '--model-load-child'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')))
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`model-load child exited ${String(code)}`))))
  })
  const line = output.split('\n').find((l) => l.startsWith('MODEL '))
  if (!line) throw new Error(`model-load child printed no figures: ${output}`)
  return JSON.parse(line.slice(6)) as { importMs: number; loadMs: number; rssBeforeMb: number; rssAfterMb: number }
}

async function modelLoadChild(): Promise<void> {
  const rssBeforeMb = process.memoryUsage().rss / 1024 / 1024
  const t0 = performance.now()
  const { loadPhotoEngines } = await import('../../cloud/lib/photo-check/engines')
  await import('../../cloud/lib/photo-check/check-photo')
  const t1 = performance.now()
  await loadPhotoEngines()
  const t2 = performance.now()
  console.log(`MODEL ${JSON.stringify({ importMs: t1 - t0, loadMs: t2 - t1, rssBeforeMb, rssAfterMb: process.memoryUsage().rss / 1024 / 1024 })}`)
  process.exit(0)
}

// ---------------------------------------------------------------------------------------------
// The run

/** Issues every operation at its fixed rate for `seconds`; returns how many could not be sent (backlog). */
async function drive(server: TBenchServer, f: TFixture, metrics: Metrics, seconds: number, onTick: () => void): Promise<{ notSent: number; skipped: number; inFlight: Set<Promise<unknown>> }> {
  const started = performance.now()
  const issued = new Map<TOp, number>((Object.keys(MIX) as TOp[]).map((op) => [op, 0]))
  const inFlight = new Set<Promise<unknown>>()
  let notSent = 0
  let skipped = 0
  while (performance.now() - started < seconds * 1000) {
    const elapsedMin = (performance.now() - started) / 60_000
    for (const op of Object.keys(MIX) as TOp[]) {
      // The k-th operation of a kind goes out at (k − ½) of its interval: even a once-a-minute kind
      // runs within a short warm-up.
      const due = Math.floor(elapsedMin * MIX[op] * RATE + 0.5) - issued.get(op)!
      for (let i = 0; i < due; i += 1) {
        issued.set(op, issued.get(op)! + 1)
        if (inFlight.size >= MAX_IN_FLIGHT) {
          notSent += 1
          continue
        }
        const work: Promise<unknown> = runOp(op, server, f, metrics)
          .then((outcome) => {
            if (outcome === 'skipped') skipped += 1
          })
          .catch((error: unknown) => metrics.record(op === 'upload' ? 'photo_record' : op, 0, false, `generator: ${String(error)}`))
          .finally(() => inFlight.delete(work))
        inFlight.add(work)
      }
    }
    onTick()
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return { notSent, skipped, inFlight }
}

async function checkInvariants(sql: postgres.Sql): Promise<string[]> {
  const problems: string[] = []
  const counters = await sql<{ id: string; title: string; confirmed_count: number; waitlist_count: number; confirmed: number; waitlisted: number }[]>`
    select a.id, a.title, a.confirmed_count, a.waitlist_count,
           count(*) filter (where r.status = 'confirmed')::int as confirmed,
           count(*) filter (where r.status = 'waitlisted')::int as waitlisted
    from activities a left join registrations r on r.activity_id = a.id
    group by a.id
    having a.confirmed_count <> count(*) filter (where r.status = 'confirmed')
        or a.waitlist_count <> count(*) filter (where r.status = 'waitlisted')`
  for (const row of counters) problems.push(`${row.title}: counters ${row.confirmed_count}/${row.waitlist_count}, rows ${row.confirmed}/${row.waitlisted}`)
  const overbooked = await sql<{ title: string }[]>`
    select a.title from activities a where a.capacity is not null and a.confirmed_count > a.capacity`
  for (const row of overbooked) problems.push(`${row.title}: more confirmed than seats`)
  const gaps = await sql<{ title: string }[]>`
    select a.title from activities a join registrations r on r.activity_id = a.id and r.status = 'waitlisted'
    group by a.id having count(*) <> count(distinct r.waitlist_position)`
  for (const row of gaps) problems.push(`${row.title}: duplicate waitlist positions`)
  const promotable = await sql<{ title: string }[]>`
    select a.title from activities a
    where a.capacity is not null and a.confirmed_count < a.capacity and a.waitlist_count > 0 and a.status = 'published'`
  for (const row of promotable) problems.push(`${row.title}: a free seat while people wait`)
  const doubleLive = await sql<{ n: number }[]>`
    select count(*)::int as n from (select 1 from registrations where status <> 'cancelled' group by activity_id, user_id having count(*) > 1) x`
  if ((doubleLive[0]?.n ?? 0) > 0) problems.push(`${doubleLive[0]!.n} people with two live registrations for one activity`)
  return problems
}

async function main(): Promise<void> {
  await runBench(
    'soak',
    // As `npm start` runs: the scheduled tick every minute (reminders, forgotten check-outs, the photo sweeper).
    { hardTimeoutMs: (MINUTES * 60 + WARMUP_SECONDS + 900) * 1000, serverEnv: { APP_ENV: 'local', LOCAL_JOBS_INTERVAL_SECONDS: '60' } },
    async (server) => {
      if (!server.pid) throw new Error('no server pid')
      const serverPid = findServerPid(server.pid)
      const sql = postgres(server.databaseUrl, { max: 2, onnotice: () => undefined })
      try {
        const f = await setUp(server, sql)
        console.log(`[soak] machine: ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} (shared with other work)`)

        const cold = [await measureColdStart(server, f.demoCampaignId), await measureColdStart(server, f.demoCampaignId)]
        for (const [i, c] of cold.entries()) console.log(`[soak] cold start ${i + 1}: spawn → READY ${ms(c.readyMs)} ms, spawn → first answered GET /api/activities ${ms(c.firstAnswerMs)} ms`)
        const model = await measureModelLoad()
        console.log(
          `[soak] photo models in a fresh process: import ${ms(model.importMs)} ms, load ${ms(model.loadMs)} ms, RSS ${model.rssBeforeMb.toFixed(0)} → ${model.rssAfterMb.toFixed(0)} MB`,
        )

        const t0 = performance.now()
        const samples: TMemorySample[] = []
        let lastSample = 0
        const tick = (): void => {
          if (performance.now() - lastSample >= 5000) {
            lastSample = performance.now()
            samples.push(sampleMemory(serverPid, t0))
          }
        }
        samples.push(sampleMemory(serverPid, t0))
        console.log(`[soak] server pid ${serverPid}: RSS before traffic ${samples[0]!.serverMb.toFixed(0)} MB`)

        // Warm-up: the same traffic, until it has run WARMUP_SECONDS and WARMUP_CHECKS photo checks have
        // finished: the models load on the first check and stay loaded, and the check's native buffers
        // (onnxruntime, libvips, WebAssembly memory) grow to their high-water mark over the first two
        // checks of a picture size, then stay (measured: 772 → 975 → 986 → 991 → 992 → 993 MB over six
        // checks of one picture in one process).
        const checksDone = async (): Promise<number> =>
          (await sql<{ n: number }[]>`select count(*)::int as n from photo_check_jobs where status = 'done'`)[0]?.n ?? 0
        const warm = new Metrics()
        let warmRounds = 0
        do {
          const w = await drive(server, f, warm, WARMUP_SECONDS, tick)
          await Promise.all(w.inFlight)
          warmRounds += 1
        } while (!NO_PHOTOS && (await checksDone()) < WARMUP_CHECKS && warmRounds < 8)
        const doneAtStart = await checksDone()
        if (doneAtStart === 0 && !NO_PHOTOS) throw new Error('no photo check finished during the warm-up: the models never loaded')
        console.log(`[soak] warm-up: ${warm.requests} requests, ${warm.errors} errors, ${doneAtStart} photo checks finished in ${warmRounds} round(s)`)
        for (const [metric, stats] of warm.byMetric) for (const s of stats.samples) console.log(`[soak]   warm-up ${metric}: ${s}`)

        const start = sampleMemory(serverPid, t0)
        samples.push(start)
        const measuredFrom = samples.length - 1
        console.log(`[soak] measuring ${MINUTES} min at ${RATE}× the mix (${Object.values(MIX).reduce((a, b) => a + b, 0) * RATE} operations/min); server RSS at start ${start.serverMb.toFixed(0)} MB`)
        const metrics = new Metrics()
        let lastReport = performance.now()
        const run = await drive(server, f, metrics, MINUTES * 60, () => {
          tick()
          if (performance.now() - lastReport >= 60_000) {
            lastReport = performance.now()
            const s = samples[samples.length - 1]!
            console.log(`[soak] ${((performance.now() - t0) / 60_000).toFixed(1)} min: ${metrics.requests} requests, ${metrics.errors} errors, server RSS ${s.serverMb.toFixed(0)} MB, Postgres ${s.postgresMb.toFixed(0)} MB`)
          }
        })
        // The end figure under the same load as the start one: before draining.
        const end = sampleMemory(serverPid, t0)
        samples.push(end)
        await Promise.all(run.inFlight)
        const measuredSamples = samples.slice(measuredFrom)

        const leftover = await sql<{ status: string; n: number }[]>`select status, count(*)::int as n from photo_check_jobs group by status order by status`
        const doneAtEnd = await checksDone()
        const problems = await checkInvariants(sql)

        const rows = [...metrics.byMetric.entries()]
          .sort((a, b) => a[0].localeCompare(b[0]))
          .map(([metric, stats]) => {
            const s = summarise(stats.latencies)
            return [metric, String(s.n), String(stats.errors), ms(s.p50), ms(s.p95), ms(s.max)]
          })
        const all = summarise([...metrics.byMetric.values()].flatMap((s) => s.latencies))
        rows.push(['all', String(all.n), String(metrics.errors), ms(all.p50), ms(all.p95), ms(all.max)])
        console.log('')
        printTable(['operation', 'count', 'errors', 'p50 ms', 'p95 ms', 'max ms'], rows)
        for (const [metric, stats] of metrics.byMetric) for (const s of stats.samples) console.log(`[soak] error ${metric}: ${s}`)
        const growth = ((end.serverMb - start.serverMb) / start.serverMb) * 100
        const peak = Math.max(...measuredSamples.map((s) => s.serverMb))
        console.log('')
        console.log(`[soak] server RSS: before traffic ${samples[0]!.serverMb.toFixed(1)} MB, start (after warm-up) ${start.serverMb.toFixed(1)} MB, end ${end.serverMb.toFixed(1)} MB, peak ${peak.toFixed(1)} MB, trend ${slopePerMinute(measuredSamples).toFixed(2)} MB/min over ${measuredSamples.length} samples`)
        console.log(`[soak] Postgres processes (RSS summed, shared memory counted per process): start ${start.postgresMb.toFixed(0)} MB, end ${end.postgresMb.toFixed(0)} MB`)
        console.log(
          `[soak] photos: record answers ${[...metrics.photoVerdicts.entries()].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}; ` +
            `${doneAtEnd - doneAtStart} checks finished while measuring; jobs now ${leftover.map((r) => `${r.status} ${r.n}`).join(', ')}`,
        )
        console.log(`[soak] operations skipped (no free person for them): ${run.skipped}; not sent because ${MAX_IN_FLIGHT} were in flight: ${run.notSent}`)
        console.log(`[soak] machine load average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')}`)
        for (const p of problems) console.log(`[soak] INVARIANT: ${p}`)
        const errorRate = metrics.requests === 0 ? 1 : metrics.errors / metrics.requests
        const failed = metrics.errors > 0 || problems.length > 0 || run.notSent > 0 || !(growth <= MEMORY_GOAL_PCT)
        if (!(growth <= MEMORY_GOAL_PCT)) console.log(`[soak] memory growth ${growth.toFixed(1)} % is over the ${MEMORY_GOAL_PCT} % goal`)
        console.log(`soak: requests=${metrics.requests} error_rate=${Number(errorRate.toFixed(5))} p95_ms=${Math.round(all.p95)} mem_growth_pct=${growth.toFixed(1)}`)
        return failed ? 1 : 0
      } finally {
        agent.destroy()
        await sql.end({ timeout: 5 })
      }
    },
  )
}

if (process.argv.includes('--model-load-child')) void modelLoadChild()
else void main()
