import { readFileSync } from 'node:fs'
import path from 'node:path'
import { loginWithWechat } from '../../cloud/lib/auth/login-with-wechat'
import { resetEnvCache } from '../../cloud/lib/config/env'
import { closeSql } from '../../cloud/lib/db/client'
import { AppError } from '../../cloud/lib/errors/app-error'
import { RATE_LIMITS } from '../../cloud/lib/rate-limits/config'
import { createActivity, createUnit, createVolunteers } from '../setup/journey'
import { call, inBatches, logLineOf, startPrivateServer, type TPrivateServer } from '../faults/private-server'

/**
 * Rate limits (issue 12) on login, invite redemption, sign-up and upload URLs, per user and per
 * client address, with the limits as configured (cloud/lib/rate-limits/config.ts). The server runs
 * as behind Vercel (VERCEL=1), so the first hop of x-forwarded-for is the client's address and each
 * test can be its own set of addresses (documentation ranges, RFC 5737).
 */
jest.setTimeout(300_000)

let server: TPrivateServer

beforeAll(async () => {
  server = await startPrivateServer({ VERCEL: '1' })
})
afterAll(async () => {
  await server?.stop()
})

/** Fixed windows: a test that needs `ms` starts in a fresh window when the current one is nearly over. */
async function roomInWindow(windowSeconds: number, ms: number): Promise<void> {
  const left = windowSeconds * 1000 - (Date.now() % (windowSeconds * 1000))
  if (left < ms) await new Promise((resolve) => setTimeout(resolve, left + 300))
}

function expectTooMany(reply: { status: number; body: any; headers: Headers }, windowSeconds: number): void {
  expect(reply.status).toBe(429)
  expect(reply.body).toMatchObject({ code: 'too_many_requests' })
  expect(reply.body.message).toMatch(/^操作太频繁，请 \d+ 秒后再试$/)
  const retryAfter = Number(reply.headers.get('retry-after'))
  expect(retryAfter).toBeGreaterThanOrEqual(1)
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds)
  // The message names the same wait as the header.
  expect(reply.body.message).toContain(`请 ${retryAfter} 秒后`)
  expect(typeof reply.body.requestId).toBe('string')
  expect(reply.headers.get('x-request-id')).toBe(reply.body.requestId)
}

async function volunteersWithActivity(count: number) {
  const unit = await createUnit(server.sql)
  const activityId = await createActivity(server.sql, unit, { startsIn: 24 * 60, endsIn: 26 * 60, capacity: 1000 })
  const people = await createVolunteers(server.sql, count)
  return { unit, activityId, people }
}

describe('sign-up (POST /api/registrations)', () => {
  const rule = RATE_LIMITS.registration

  it(`per user: ${rule.perUser.limit} a minute, from any address; others are not affected`, async () => {
    await roomInWindow(rule.perUser.windowSeconds, 20_000)
    const { activityId, people } = await volunteersWithActivity(2)
    const [me, other] = people as [string, string]
    const token = server.tokenFor(me)
    // Every request from another address: only the per-user counter can stop them.
    const replies = await inBatches(rule.perUser.limit, 5, (i) => call(server, '/api/registrations', { token, body: { activityId }, address: `198.51.100.${i + 1}` }))
    expect(replies.map((r) => r.status)).toEqual(replies.map(() => 200))
    // Signing up is idempotent per person and activity: one row however often it is sent.
    expect(new Set(replies.map((r) => r.body.registration.id)).size).toBe(1)
    const refused = await call(server, '/api/registrations', { token, body: { activityId }, address: '198.51.100.200' })
    expectTooMany(refused, rule.perUser.windowSeconds)
    const fine = await call(server, '/api/registrations', { token: server.tokenFor(other), body: { activityId }, address: '198.51.100.200' })
    expect(fine.status).toBe(200)
    // The refused request is in the log as one JSON line: same request id, route without ids, no user id.
    const line = await logLineOf(server, refused.body.requestId)
    expect(line).toMatchObject({ method: 'POST', route: '/api/registrations', status: 429, code: 'too_many_requests', level: 'warn' })
    expect(line!.userHash).toMatch(/^[0-9a-f]{16}$/)
    expect(JSON.stringify(line)).not.toContain(me)
    expect(typeof line!.ms).toBe('number')
    expect(Number.isNaN(Date.parse(String(line!.time)))).toBe(false)
  })

  it(`per address: ${rule.perAddress.limit} a minute from one address, whoever sends them`, async () => {
    await roomInWindow(rule.perAddress.windowSeconds, 40_000)
    const { activityId, people } = await volunteersWithActivity(2)
    const [flooder, neighbour] = people as [string, string]
    const token = server.tokenFor(flooder)
    const address = '203.0.113.10'
    // One script floods from one address: its own limit stops it first, but every try counts for the address.
    const replies = await inBatches(rule.perAddress.limit, 20, () => call(server, '/api/registrations', { token, body: { activityId }, address }))
    expect(replies.filter((r) => r.status === 200)).toHaveLength(rule.perUser.limit)
    expect(replies.filter((r) => r.status === 429)).toHaveLength(rule.perAddress.limit - rule.perUser.limit)
    // Now the address is spent: someone else behind it waits too, the same person elsewhere does not.
    expectTooMany(await call(server, '/api/registrations', { token: server.tokenFor(neighbour), body: { activityId }, address }), rule.perAddress.windowSeconds)
    expect((await call(server, '/api/registrations', { token: server.tokenFor(neighbour), body: { activityId }, address: '203.0.113.11' })).status).toBe(200)
    const rows = await server.sql`select status from registrations where activity_id = ${activityId}`
    expect(rows).toHaveLength(2)
  })
})

describe('login (POST /api/auth/demo-login)', () => {
  const rule = RATE_LIMITS.login

  async function demoAccounts(): Promise<string[]> {
    const reply = await call(server, '/api/auth/demo-accounts', { address: '192.0.2.250' })
    return (reply.body.items as Array<{ userId: string }>).map((a) => a.userId)
  }

  it(`per user: ${rule.perUser.limit} a minute for one account`, async () => {
    await roomInWindow(rule.perUser.windowSeconds, 15_000)
    const [account, another] = await demoAccounts()
    const replies = await inBatches(rule.perUser.limit, 5, (i) => call(server, '/api/auth/demo-login', { body: { userId: account }, address: `192.0.2.${i + 1}` }))
    expect(replies.map((r) => r.status)).toEqual(replies.map(() => 200))
    expectTooMany(await call(server, '/api/auth/demo-login', { body: { userId: account }, address: '192.0.2.100' }), rule.perUser.windowSeconds)
    expect((await call(server, '/api/auth/demo-login', { body: { userId: another }, address: '192.0.2.100' })).status).toBe(200)
  })

  it(`per address: ${rule.perAddress.limit} a minute from one address`, async () => {
    await roomInWindow(rule.perAddress.windowSeconds, 30_000)
    const accounts = await demoAccounts()
    const address = '192.0.2.77'
    // One account hammered from one address: its own limit refuses first, every try counts for the address.
    const replies = await inBatches(rule.perAddress.limit, 20, () => call(server, '/api/auth/demo-login', { body: { userId: accounts[0] }, address }))
    expect(replies.filter((r) => r.status >= 500)).toEqual([])
    expect(replies.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(rule.perAddress.limit - rule.perUser.limit)
    // Another account (well under its own limit) from that address is refused; from elsewhere it is not.
    expectTooMany(await call(server, '/api/auth/demo-login', { body: { userId: accounts[1] }, address }), rule.perAddress.windowSeconds)
    expect((await call(server, '/api/auth/demo-login', { body: { userId: accounts[1] }, address: '192.0.2.78' })).status).toBe(200)
  })
})

describe('WeChat login (loginWithWechat, as POST /api/auth/wechat runs it)', () => {
  // No WeChat here: the operation runs in this process against the private server's database with a
  // stand-in for WeChat's code2session (a third party), which names the account behind each code.
  const rule = RATE_LIMITS.login
  let exchanges = 0
  const exchange = (openid: string) => async () => {
    exchanges += 1
    return { openid, unionid: null }
  }

  beforeAll(() => {
    process.env.DATABASE_URL = server.databaseUrl
    process.env.SESSION_SECRET = readFileSync(path.join(server.dataDir, 'session-secret'), 'utf8').trim()
    process.env.APP_ENV = 'test'
    resetEnvCache()
  })
  afterAll(() => closeSql())

  it(`per account: ${rule.perUser.limit} a minute for one WeChat user; per address: ${rule.perAddress.limit} a minute, refused before WeChat is asked`, async () => {
    await roomInWindow(rule.perUser.windowSeconds, 25_000)
    const openid = `o-fault-${Date.now()}`
    for (let i = 0; i < rule.perUser.limit; i += 1) {
      await expect(loginWithWechat({ code: `code-${i}` }, exchange(openid), { address: `203.0.113.${100 + i}` })).resolves.toMatchObject({ token: expect.any(String) })
    }
    await expect(loginWithWechat({ code: 'code-x' }, exchange(openid), { address: '203.0.113.150' })).rejects.toMatchObject({ code: 'too_many_requests', status: 429 })

    const address = '203.0.113.200'
    await inBatches(rule.perAddress.limit, 20, (i) => loginWithWechat({ code: `c${i}` }, exchange(`o-many-${Date.now()}-${i}`), { address }))
    exchanges = 0
    const refused = await loginWithWechat({ code: 'late' }, exchange(`o-late-${Date.now()}`), { address }).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(AppError)
    expect(refused).toMatchObject({ code: 'too_many_requests', retryAfterSeconds: expect.any(Number) })
    expect(exchanges).toBe(0)
    await expect(loginWithWechat({ code: 'elsewhere' }, exchange(`o-else-${Date.now()}`), { address: '203.0.113.201' })).resolves.toMatchObject({ token: expect.any(String) })
  })
})

describe('invite redemption (POST /api/auth/join)', () => {
  const rule = RATE_LIMITS.invite

  it(`per user: ${rule.perUser.limit} tries in ${rule.perUser.windowSeconds / 60} minutes, wrong codes included`, async () => {
    await roomInWindow(rule.perUser.windowSeconds, 15_000)
    const [guesser] = await createVolunteers(server.sql, 1)
    const token = server.tokenFor(guesser!)
    const replies = await inBatches(rule.perUser.limit, 5, (i) => call(server, '/api/auth/join', { token, body: { inviteCode: `WRONG${String(i).padStart(3, '0')}` }, address: `198.18.0.${i + 1}` }))
    expect(replies.map((r) => r.body.code)).toEqual(replies.map(() => 'invite_invalid'))
    expectTooMany(await call(server, '/api/auth/join', { token, body: { inviteCode: 'DEMOU001' }, address: '198.18.0.200' }), rule.perUser.windowSeconds)
    // Refused before the code was looked at: the real code was not used up.
    const [row] = await server.sql<{ use_count: number }[]>`select use_count from invite_codes where code = 'DEMOU001'`
    expect(row?.use_count).toBe(0)
  })

  it(`per address: ${rule.perAddress.limit} tries in ${rule.perAddress.windowSeconds / 60} minutes from one address`, async () => {
    await roomInWindow(rule.perAddress.windowSeconds, 30_000)
    const people = await createVolunteers(server.sql, Math.ceil(rule.perAddress.limit / rule.perUser.limit) + 1)
    const address = '198.18.1.1'
    // Different people guessing from one address, each under their own limit: the address stops them.
    const replies = await inBatches(rule.perAddress.limit, 10, (i) =>
      call(server, '/api/auth/join', { token: server.tokenFor(people[Math.floor(i / rule.perUser.limit)]!), body: { inviteCode: `NOPE${String(i).padStart(4, '0')}` }, address }),
    )
    expect(replies.map((r) => r.body.code)).toEqual(replies.map(() => 'invite_invalid'))
    const last = people[people.length - 1]!
    expectTooMany(await call(server, '/api/auth/join', { token: server.tokenFor(last), body: { inviteCode: 'NOPE9999' }, address }), rule.perAddress.windowSeconds)
    expect((await call(server, '/api/auth/join', { token: server.tokenFor(last), body: { inviteCode: 'NOPE9999' }, address: '198.18.1.2' })).body.code).toBe('invite_invalid')
  })
})

describe('upload URLs (POST /api/uploads, POST /api/photos/upload-url)', () => {
  const rule = RATE_LIMITS.upload
  const workbook = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

  it(`per user: ${rule.perUser.limit} in ${rule.perUser.windowSeconds / 60} minutes, both kinds of upload together`, async () => {
    await roomInWindow(rule.perUser.windowSeconds, 40_000)
    const unit = await createUnit(server.sql)
    const activityId = await createActivity(server.sql, unit, { startsIn: -30, endsIn: 60 })
    const token = server.tokenFor(unit.contactId)
    const replies = await inBatches(rule.perUser.limit, 10, (i) =>
      i % 2 === 0
        ? call(server, '/api/uploads', { token, body: { unitId: unit.unitId, purpose: 'arrangement_workbook', contentType: workbook, byteSize: 20_000 }, address: `100.64.0.${(i % 250) + 1}` })
        : call(server, '/api/photos/upload-url', { token, body: { activityId, contentType: 'image/jpeg', byteSize: 2_000_000 }, address: `100.64.1.${(i % 250) + 1}` }),
    )
    expect(replies.map((r) => r.status)).toEqual(replies.map(() => 200))
    expectTooMany(await call(server, '/api/photos/upload-url', { token, body: { activityId, contentType: 'image/jpeg', byteSize: 2_000_000 }, address: '100.64.2.1' }), rule.perUser.windowSeconds)
    expectTooMany(await call(server, '/api/uploads', { token, body: { unitId: unit.unitId, purpose: 'arrangement_workbook', contentType: workbook, byteSize: 20_000 }, address: '100.64.2.1' }), rule.perUser.windowSeconds)
    // Refused requests hand out nothing: one upload row per URL given.
    const [row] = await server.sql<{ n: number }[]>`select count(*)::int as n from storage_uploads where unit_id = ${unit.unitId}`
    expect(row?.n).toBe(rule.perUser.limit)
  })

  it(`per address: ${rule.perAddress.limit} in ${rule.perAddress.windowSeconds / 60} minutes from one address`, async () => {
    await roomInWindow(rule.perAddress.windowSeconds, 60_000)
    const flooding = await createUnit(server.sql)
    const neighbour = await createUnit(server.sql)
    const address = '100.64.9.9'
    const body = (unitId: string) => ({ unitId, purpose: 'arrangement_workbook', contentType: workbook, byteSize: 20_000 })
    const replies = await inBatches(rule.perAddress.limit, 20, () => call(server, '/api/uploads', { token: server.tokenFor(flooding.contactId), body: body(flooding.unitId), address }))
    expect(replies.filter((r) => r.status === 200)).toHaveLength(rule.perUser.limit)
    expect(replies.filter((r) => r.status === 429)).toHaveLength(rule.perAddress.limit - rule.perUser.limit)
    expectTooMany(await call(server, '/api/uploads', { token: server.tokenFor(neighbour.contactId), body: body(neighbour.unitId), address }), rule.perAddress.windowSeconds)
    expect((await call(server, '/api/uploads', { token: server.tokenFor(neighbour.contactId), body: body(neighbour.unitId), address: '100.64.9.10' })).status).toBe(200)
  })
})

describe('the counters', () => {
  it('hold no user id or address, nobody but the server may read them, and the tick prunes old windows', async () => {
    const rows = await server.sql<{ subject: string }[]>`select subject from rate_limit_counters`
    expect(rows.length).toBeGreaterThan(0)
    const text = JSON.stringify(rows)
    expect(text).not.toMatch(/\d+\.\d+\.\d+\.\d+/)
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/)
    for (const role of ['authenticated', 'anon']) {
      // No grant to the API roles at all: permission denied, not merely zero rows.
      await expect(
        server.sql.begin(async (tx) => {
          await tx`select set_config('role', ${role}, true)`
          return tx`select count(*) from rate_limit_counters`
        }),
      ).rejects.toMatchObject({ code: '42501' })
    }
    await server.sql`update rate_limit_counters set window_start = window_start - interval '3 hours'`
    const tick = await call(server, '/api/cron/tick')
    expect(tick.status).toBe(200)
    expect(tick.body.rateLimitCountersPruned).toBe(rows.length)
    expect(await server.sql`select 1 from rate_limit_counters`).toHaveLength(0)
  })
})
