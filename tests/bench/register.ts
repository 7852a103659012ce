/**
 * `npm run bench:register`: 1000 people sign up for one 30-seat activity at the same moment.
 *
 * Starts the local server on a fresh data directory, creates 1000 volunteers with a complete
 * profile and consent plus one published activity (30 seats, starting tomorrow, sign-up open)
 * directly in SQL, mints a session token for each, and fires 1000 `POST /api/registrations`
 * at once (one per person, all issued in the same tick over one keep-alive Agent with 1000
 * sockets). By default the 1000 connections are opened beforehand (a concurrent burst of
 * GET /api/health), so the figures are about the sign-up, not TCP handshakes; `--cold` skips that.
 *
 * Then checks in the database: exactly 30 confirmed, the rest waitlisted, waitlist positions
 * 1..N without gaps or duplicates in created_at order (the order the server serialised them),
 * every confirmed row created before every waitlisted one, the activity's counters, and that
 * each response agrees with the row (status, waitlistRank). Exits 1 when any of that fails or
 * any request failed (5xx / network); missing the latency goal (p95 ≤ 300 ms) is only reported.
 *
 * Last line: `register: confirmed=<n> waitlisted=<n> errors5xx=<n> order_ok=<bool> p95_ms=<n>`.
 * Env: BENCH_USERS (default 1000), BENCH_CAPACITY (30); DB_POOL_MAX is passed to the server.
 */
import http from 'node:http'
import { performance } from 'node:perf_hooks'
import postgres from 'postgres'
import { issueSessionToken } from '../../cloud/lib/auth/session-token'
import { PRIVACY_POLICY_VERSION } from '../../types/domain'
import { httpRequest, ms, printTable, runBench, summarise, type TBenchServer, type THttpResult } from './bench-server'

const USERS = Number(process.env.BENCH_USERS ?? 1000)
const CAPACITY = Number(process.env.BENCH_CAPACITY ?? 30)
const P95_GOAL_MS = 300
const COLD = process.argv.includes('--cold')

type TResponseBody = { registration?: { id: string; status: string; waitlistRank: number | null }; code?: string }
type TOutcome = THttpResult & { index: number; userId: string; sentAt: number; parsed: TResponseBody | null }
type TDbRow = { id: string; user_id: string; status: string; waitlist_position: number | null; created_at: string }

async function setup(sql: postgres.Sql): Promise<{ activityId: string; userIds: string[] }> {
  const started = performance.now()
  const [campaign] = await sql<{ id: string }[]>`
    insert into campaigns (slug, issuer, city, year, title, period_start, period_end)
    values ('bench-register', '基准测试文明办', '测试市', 2030, '报名压测活动月', '2030-03-01', '2030-03-31') returning id`
  const [unit] = await sql<{ id: string }[]>`insert into units (campaign_id, key, name) values (${campaign!.id}, 'bench', '压测单位') returning id`
  const [activity] = await sql<{ id: string }[]>`
    insert into activities (campaign_id, unit_id, title, starts_at, ends_at, location_name, category, capacity, contact_phone)
    values (${campaign!.id}, ${unit!.id}, '报名压测：社区关爱服务', now() + interval '1 day', now() + interval '1 day 3 hours',
            '压测广场', 'care', ${CAPACITY}, '13800001234')
    returning id`
  const users = await sql<{ id: string }[]>`
    insert into app_users (display_name, real_name, phone)
    select '压测志愿者' || g, '志愿者' || g, '139' || lpad(g::text, 8, '0')
    from generate_series(1, ${USERS}) g
    returning id`
  const userIds = users.map((u) => u.id)
  await sql`insert into privacy_consents (user_id, policy_version, purpose)
            select id, ${PRIVACY_POLICY_VERSION}, 'registration' from unnest(${userIds}::uuid[]) as id`
  console.log(`[bench] created ${userIds.length} volunteers and one ${CAPACITY}-seat activity in ${ms(performance.now() - started)} ms`)
  return { activityId: activity!.id, userIds }
}

async function warmUp(server: TBenchServer, agent: http.Agent, token: string): Promise<void> {
  // Load the route modules (the local server imports each handler on first use).
  const loader = new http.Agent({ keepAlive: false })
  for (let i = 0; i < 3; i += 1) {
    await httpRequest(loader, `${server.url}/api/registrations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({ activityId: 'not-a-uuid' }),
    })
  }
  loader.destroy()
  if (COLD) return
  // Open every connection now, in one burst, so the measured burst reuses them.
  const started = performance.now()
  const results = await Promise.all(Array.from({ length: USERS }, () => httpRequest(agent, `${server.url}/api/health`)))
  const failed = results.filter((r) => r.status !== 200).length
  const sockets = Object.values(agent.freeSockets).reduce((sum, list) => sum + (list?.length ?? 0), 0)
  console.log(`[bench] warm-up: ${USERS} concurrent GET /api/health in ${ms(performance.now() - started)} ms (${failed} failed); ${sockets} keep-alive sockets open`)
}

async function fire(server: TBenchServer, agent: http.Agent, activityId: string, tokens: string[], userIds: string[]): Promise<{ outcomes: TOutcome[]; wallMs: number }> {
  const body = JSON.stringify({ activityId })
  const started = performance.now()
  // All requests are issued in this one synchronous loop; the agent gives each its own socket.
  const pending = tokens.map((token, index) => {
    const sentAt = performance.now()
    return httpRequest(agent, `${server.url}/api/registrations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body,
      timeoutMs: 120_000,
    }).then((result): TOutcome => {
      let parsed: TResponseBody | null = null
      try {
        parsed = JSON.parse(result.body) as TResponseBody
      } catch {
        parsed = null
      }
      return { ...result, index, userId: userIds[index]!, sentAt: sentAt - started, parsed }
    })
  })
  const outcomes = await Promise.all(pending)
  return { outcomes, wallMs: performance.now() - started }
}

/** Spearman rank correlation between send order and server order (information only). */
function rankCorrelation(pairs: Array<[number, number]>): number {
  const n = pairs.length
  if (n < 2) return Number.NaN
  const rankOf = (values: number[]): number[] => {
    const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0])
    const ranks = new Array<number>(n)
    order.forEach(([, i], r) => (ranks[i] = r))
    return ranks
  }
  const a = rankOf(pairs.map((p) => p[0]))
  const b = rankOf(pairs.map((p) => p[1]))
  const d2 = a.reduce((sum, r, i) => sum + (r - b[i]!) ** 2, 0)
  return 1 - (6 * d2) / (n * (n * n - 1))
}

async function verify(sql: postgres.Sql, activityId: string, outcomes: TOutcome[]): Promise<{ confirmed: number; waitlisted: number; orderOk: boolean; problems: string[] }> {
  const problems: string[] = []
  // created_at as text keeps Postgres' microseconds (a JS Date would cut them to milliseconds).
  const rows = await sql<TDbRow[]>`
    select id, user_id, status, waitlist_position, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as created_at
    from registrations where activity_id = ${activityId}
    order by created_at, id`
  const confirmed = rows.filter((r) => r.status === 'confirmed')
  const waitlisted = rows.filter((r) => r.status === 'waitlisted')
  const other = rows.length - confirmed.length - waitlisted.length
  if (rows.length !== USERS) problems.push(`${rows.length} registrations in the database, expected ${USERS}`)
  if (other > 0) problems.push(`${other} registrations neither confirmed nor waitlisted`)
  if (confirmed.length !== Math.min(CAPACITY, USERS)) problems.push(`${confirmed.length} confirmed, expected ${Math.min(CAPACITY, USERS)}`)
  if (new Set(rows.map((r) => r.user_id)).size !== rows.length) problems.push('a person has more than one registration')

  let orderOk = true
  // Arrival order: created_at is clock_timestamp() taken while holding the activity's row lock.
  for (let i = 1; i < rows.length; i += 1) {
    if (rows[i]!.created_at <= rows[i - 1]!.created_at) {
      orderOk = false
      problems.push(`created_at not strictly increasing at ${rows[i]!.id} (${rows[i]!.created_at})`)
      break
    }
  }
  const lastConfirmed = confirmed[confirmed.length - 1]?.created_at
  const firstWaitlisted = waitlisted[0]?.created_at
  if (lastConfirmed && firstWaitlisted && lastConfirmed >= firstWaitlisted) {
    orderOk = false
    problems.push('a waitlisted registration arrived before a confirmed one')
  }
  waitlisted.forEach((row, i) => {
    if (row.waitlist_position !== i + 1 && orderOk) {
      orderOk = false
      problems.push(`waitlist position ${String(row.waitlist_position)} at arrival #${i + 1} (expected ${i + 1}): gap, duplicate or out of order`)
    }
  })

  const [counts] = await sql<{ confirmed_count: number; waitlist_count: number }[]>`
    select confirmed_count, waitlist_count from activities where id = ${activityId}`
  if (counts?.confirmed_count !== confirmed.length || counts.waitlist_count !== waitlisted.length) {
    problems.push(`activity counters ${counts?.confirmed_count}/${counts?.waitlist_count} ≠ rows ${confirmed.length}/${waitlisted.length}`)
  }

  // Each 200 response must say what the database says.
  const byUser = new Map(rows.map((r) => [r.user_id, r]))
  let mismatches = 0
  for (const outcome of outcomes) {
    if (outcome.status !== 200) continue
    const row = byUser.get(outcome.userId)
    const reg = outcome.parsed?.registration
    if (!row || !reg || reg.id !== row.id || reg.status !== row.status || (row.status === 'waitlisted' && reg.waitlistRank !== row.waitlist_position)) mismatches += 1
  }
  if (mismatches > 0) problems.push(`${mismatches} responses disagree with the database (id/status/waitlistRank)`)
  return { confirmed: confirmed.length, waitlisted: waitlisted.length, orderOk, problems }
}

/** How long each sign-up held the activity: the gaps between consecutive created_at (taken under the lock). */
async function serialisation(sql: postgres.Sql, activityId: string): Promise<{ spanMs: number; gapP50: number; gapP95: number }> {
  const [row] = await sql<{ span_ms: number | null; gap_p50: number | null; gap_p95: number | null }[]>`
    select extract(epoch from max(created_at) - min(created_at)) * 1000 as span_ms,
           percentile_cont(0.5) within group (order by gap_ms) as gap_p50,
           percentile_cont(0.95) within group (order by gap_ms) as gap_p95
    from (select created_at, extract(epoch from created_at - lag(created_at) over (order by created_at)) * 1000 as gap_ms
          from registrations where activity_id = ${activityId}) g`
  return { spanMs: Number(row?.span_ms ?? Number.NaN), gapP50: Number(row?.gap_p50 ?? Number.NaN), gapP95: Number(row?.gap_p95 ?? Number.NaN) }
}

async function main(server: TBenchServer): Promise<number> {
  const sql = postgres(server.databaseUrl, { max: 4, onnotice: () => undefined })
  const agent = new http.Agent({ keepAlive: true, maxSockets: USERS, maxFreeSockets: USERS, scheduling: 'fifo' })
  try {
    const { activityId, userIds } = await setup(sql)
    const tokens = userIds.map((userId) => issueSessionToken({ userId, ttlHours: 1 }, server.sessionSecret).token)
    await warmUp(server, agent, tokens[0]!)

    const { outcomes, wallMs } = await fire(server, agent, activityId, tokens, userIds)
    const { confirmed, waitlisted, orderOk, problems } = await verify(sql, activityId, outcomes)
    const serial = await serialisation(sql, activityId)

    const byHttp = new Map<string, number>()
    for (const o of outcomes) {
      const key = o.status === 0 ? `network error` : `HTTP ${o.status}${o.status === 200 ? ` ${o.parsed?.registration?.status ?? '?'}` : ` ${o.parsed?.code ?? ''}`}`
      byHttp.set(key, (byHttp.get(key) ?? 0) + 1)
    }
    const errors5xx = outcomes.filter((o) => o.status >= 500).length
    const networkErrors = outcomes.filter((o) => o.status === 0)
    const other4xx = outcomes.filter((o) => o.status >= 400 && o.status < 500).length
    const all = summarise(outcomes.map((o) => o.ms))
    const ok = outcomes.filter((o) => o.status === 200)
    const conf = summarise(ok.filter((o) => o.parsed?.registration?.status === 'confirmed').map((o) => o.ms))
    const wait = summarise(ok.filter((o) => o.parsed?.registration?.status === 'waitlisted').map((o) => o.ms))
    const lastSend = Math.max(...outcomes.map((o) => o.sentAt))

    console.log('')
    console.log(`${USERS} concurrent sign-ups for one ${CAPACITY}-seat activity (${COLD ? 'cold: connections opened in the burst' : 'warm keep-alive connections'}, server DB_POOL_MAX=${process.env.DB_POOL_MAX ?? '10 (default)'})`)
    console.log('')
    printTable(['outcome', 'count'], [...byHttp.entries()].sort().map(([k, v]) => [k, String(v)]))
    console.log('')
    printTable(
      ['latency (ms)', 'n', 'min', 'p50', 'p95', 'p99', 'max'],
      [
        ['all requests', all],
        ['confirmed', conf],
        ['waitlisted', wait],
      ].map(([label, s]) => {
        const x = s as ReturnType<typeof summarise>
        return [label as string, String(x.n), ms(x.min), ms(x.p50), ms(x.p95), ms(x.p99), ms(x.max)]
      }),
    )
    console.log('')
    const serverOrder = new Map<string, number>()
    outcomes.forEach((o) => {
      const reg = o.parsed?.registration
      if (reg?.status === 'waitlisted' && reg.waitlistRank !== null) serverOrder.set(o.userId, reg.waitlistRank)
    })
    const correlation = rankCorrelation(outcomes.filter((o) => serverOrder.has(o.userId)).map((o) => [o.index, serverOrder.get(o.userId)!]))
    printTable(
      ['run', 'value'],
      [
        ['total wall time', `${ms(wallMs)} ms`],
        ['throughput', `${(USERS / (wallMs / 1000)).toFixed(0)} requests/s`],
        ['last request issued at', `${ms(lastSend)} ms`],
        ['first → last sign-up in the DB', `${ms(serial.spanMs)} ms (created_at span)`],
        ['time per serialised sign-up', `p50 ${serial.gapP50.toFixed(2)} ms, p95 ${serial.gapP95.toFixed(2)} ms (created_at gaps)`],
        ['send order vs waitlist order', `Spearman ρ = ${Number.isFinite(correlation) ? correlation.toFixed(2) : '-'} (information only)`],
        ['p95 goal', `≤ ${P95_GOAL_MS} ms: ${all.p95 <= P95_GOAL_MS ? 'met' : 'MISSED'}`],
      ],
    )
    if (networkErrors.length > 0) console.log(`network errors, e.g.: ${networkErrors[0]!.error ?? ''}`)
    const serverErrors = outcomes.filter((o) => o.status >= 400).slice(0, 3)
    for (const e of serverErrors) console.log(`e.g. HTTP ${e.status}: ${e.body.slice(0, 200)}`)
    if (errors5xx > 0 || networkErrors.length > 0) problems.push(`${errors5xx} 5xx responses, ${networkErrors.length} network errors`)
    if (other4xx > 0) problems.push(`${other4xx} 4xx responses`)
    for (const problem of problems) console.log(`CHECK FAILED: ${problem}`)
    if (problems.length === 0) console.log('checks: 30 confirmed, rest waitlisted, positions 1..N in arrival order, counters and responses agree: ok')
    console.log(`register: confirmed=${confirmed} waitlisted=${waitlisted} errors5xx=${errors5xx} order_ok=${orderOk} p95_ms=${Math.round(all.p95)}`)
    return problems.length === 0 ? 0 : 1
  } finally {
    agent.destroy()
    await sql.end({ timeout: 5 })
  }
}

void runBench('register', { hardTimeoutMs: 4 * 60_000 }, main)
