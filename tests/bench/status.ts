/**
 * `npm run bench:status`: the organiser console's 报送情况 matrix on a campaign of 连云港's size.
 *
 * Starts the local server on a fresh data directory and seeds, with set-based SQL through the
 * product's own triggers, a campaign for March–April 2026 (all its deadlines past, so every state
 * occurs): 12 districts (6 县区, 3 功能板块, 3 others) with 300 units, 14 deadlines (附件2, 附件1,
 * photos, 8 Fridays of weekly statistics, the summary, a report and a status report), 4 quotas,
 * 450 unit contacts, 3 000 activities (10 per unit: key ones, drafts, withdrawn ones), 3 000
 * volunteers with 30 000 sign-ups and check-ins, 20 000 activity photos with their check results
 * (some reviewed, some checked twice), most handed in; 8 weekly returns per unit (2 400, with their
 * statistics rows, 覆盖人群 and media rows), 附件2 / photo / summary returns, 450 showcase
 * applications and 600 reports in every status.
 *
 * Measures over HTTP as the campaign's organiser (the real function: scope, the unit home's rules
 * for the whole campaign, quotas, JSON): after a warm-up, 200 requests of the full matrix and 100
 * with filters (district, state=overdue, a Friday's column, a unit name), plus 50 as the district
 * admin of one 县区, and a few cells opened (information only). The matrix is checked against
 * independent SQL counts (units, columns, submitted week-1 returns, a district's showcase count).
 * `--explain` prints EXPLAIN (ANALYZE, BUFFERS) of the matrix's SQL as the organiser. Exits 1 when a
 * request fails or a figure is wrong; missing the goal (p95 ≤ 200 ms) is only reported.
 *
 * Last line: `status: p95_ms=<n>` (full matrix as the organiser, sequential, client-side).
 */
import http from 'node:http'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import postgres from 'postgres'
import { issueSessionToken } from '../../cloud/lib/auth/session-token'
import { ZStatusCellResponse, ZStatusResponse, type TStatusResponse } from '../../types/api/submission-status'
import { httpRequest, ms, printTable, runBench, summarise, type TBenchServer } from './bench-server'
import { seedConsoleCampaign, UNITS, type TSeeded } from './console-data'

const FULL_REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200)
const GOAL_MS = 200
const EXPLAIN = process.argv.includes('--explain')

type TKind = 'full' | 'district' | 'overdue' | 'friday' | 'name' | 'district_admin'
type TSample = { kind: TKind; ms: number; status: number; bytes: number }

async function call(server: TBenchServer, agent: http.Agent, token: string, campaignId: string, kind: TKind, query: string): Promise<TSample & { body: TStatusResponse | null }> {
  const result = await httpRequest(agent, `${server.url}/api/campaigns/${campaignId}/status${query}`, { headers: { authorization: `Bearer ${token}` } })
  let body: TStatusResponse | null = null
  if (result.status === 200) body = ZStatusResponse.parse(JSON.parse(result.body))
  else console.log(`HTTP ${result.status} for ${kind} ${query}: ${result.body.slice(0, 200)}`)
  return { kind, ms: result.ms, status: result.status, bytes: Buffer.byteLength(result.body), body }
}

/** The matrix against independent SQL over the same rows. */
async function checkFigures(sql: postgres.Sql, seeded: TSeeded, matrix: TStatusResponse): Promise<string[]> {
  const problems: string[] = []
  if (matrix.units.length !== UNITS) problems.push(`units: ${matrix.units.length} ≠ ${UNITS}`)
  if (matrix.columns.length !== 15) problems.push(`columns: ${matrix.columns.length} ≠ 15 (14 deadlines + 重点活动)`)
  const week1 = matrix.columns.findIndex((c) => c.deadlineId === seeded.week1)
  const [sqlWeek1] = await sql<{ submitted: number; returned: number }[]>`
    select count(*) filter (where status in ('submitted', 'accepted'))::int as submitted, count(*) filter (where status = 'returned')::int as returned
    from unit_submissions where deadline_id = ${seeded.week1}`
  const shown = { submitted: 0, returned: 0 }
  for (const unit of matrix.units) {
    const state = unit.cells[week1]?.state
    if (state === 'submitted' || state === 'accepted') shown.submitted += 1
    if (state === 'returned') shown.returned += 1
  }
  if (shown.submitted !== sqlWeek1?.submitted || shown.returned !== sqlWeek1.returned) {
    problems.push(`week 1: matrix ${JSON.stringify(shown)} ≠ SQL ${JSON.stringify(sqlWeek1)}`)
  }
  const [district] = await sql<{ count: number }[]>`
    select count(*)::int from showcase_applications sa join units u on u.id = sa.unit_id
    where u.district_id = ${seeded.adminDistrictId} and sa.status in ('submitted', 'accepted')`
  const quota = matrix.quotas.districts.find((d) => d.id === seeded.adminDistrictId)
  if (quota?.showcase.count !== district?.count) problems.push(`district showcase: ${quota?.showcase.count} ≠ ${district?.count}`)
  const [short] = await sql<{ count: number }[]>`
    select count(*)::int from units u where u.campaign_id = ${seeded.campaignId}
      and not exists (select 1 from activities a where a.unit_id = u.id and a.is_key_activity and a.status <> 'cancelled')`
  if (matrix.quotas.unitsShortKey !== short?.count) problems.push(`units short of a key activity: ${matrix.quotas.unitsShortKey} ≠ ${short?.count}`)
  // The set-based function the matrix reads against the unit home's own, on this data (as the owner).
  const [diff] = await sql<{ extra: number; missing: number }[]>`
    select (select count(*) from (select * from app_private.campaign_deliverables(${seeded.campaignId}, null, now())
            except all select * from app_private.unit_deliverables(${seeded.campaignId}, null, now())) x)::int as extra,
           (select count(*) from (select * from app_private.unit_deliverables(${seeded.campaignId}, null, now())
            except all select * from app_private.campaign_deliverables(${seeded.campaignId}, null, now())) x)::int as missing`
  if (diff?.extra !== 0 || diff.missing !== 0) problems.push(`campaign_deliverables differs from unit_deliverables: ${JSON.stringify(diff)}`)
  return problems
}

async function explainMatrix(server: TBenchServer, seeded: TSeeded): Promise<void> {
  const sql = postgres(server.databaseUrl, { max: 1, onnotice: () => undefined })
  try {
    for (const [label, statement] of [
      ['status_deliverables (matrix: no photo verdicts)', `select * from app_private.status_deliverables('${seeded.campaignId}', null, now(), false)`],
      ['status_scope_units', `select * from app_private.status_scope_units('${seeded.campaignId}')`],
      ['campaign_deliverables (owner)', `select * from app_private.campaign_deliverables('${seeded.campaignId}', null, now(), false)`],
    ] as const) {
      await sql.begin(async (tx) => {
        await tx`select set_config('request.jwt.claims', ${JSON.stringify({ sub: seeded.organiserId, role: 'authenticated' })}, true)`
        if (!label.includes('owner')) await tx`select set_config('role', 'authenticated', true)`
        const started = performance.now()
        await tx.unsafe(statement)
        console.log(`\n${label}: ${ms(performance.now() - started)} ms`)
        const plan = await tx.unsafe<{ 'QUERY PLAN': string }[]>(`explain (analyze, buffers) ${statement}`)
        for (const row of plan) console.log(`  ${row['QUERY PLAN']}`)
      })
    }
  } finally {
    await sql.end({ timeout: 5 })
  }
}

async function main(server: TBenchServer): Promise<number> {
  const sql = postgres(server.databaseUrl, { max: 2, onnotice: () => undefined })
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2 })
  try {
    const seeded = await seedConsoleCampaign(sql, { slug: 'bench-status' })
    const organiser = issueSessionToken({ userId: seeded.organiserId, ttlHours: 1 }, server.sessionSecret).token
    const admin = issueSessionToken({ userId: seeded.adminId, ttlHours: 1 }, server.sessionSecret).token
    const { campaignId } = seeded

    const warm: TSample[] = []
    for (let i = 0; i < 15; i += 1) warm.push(await call(server, agent, organiser, campaignId, 'full', ''))
    const first = await call(server, agent, organiser, campaignId, 'full', '')
    if (!first.body) throw new Error('the matrix did not load')
    const problems = await checkFigures(sql, seeded, first.body)
    const overdueCount = first.body.units.filter((u) => u.cells.some((c) => c.state === 'overdue')).length

    const samples: TSample[] = []
    for (let i = 0; i < FULL_REQUESTS; i += 1) samples.push(await call(server, agent, organiser, campaignId, 'full', ''))
    const filtered: Array<[TKind, string]> = [
      ['district', `?districtId=${seeded.adminDistrictId}`],
      ['overdue', '?state=overdue'],
      ['friday', `?deliverable=${seeded.week1}&state=overdue`],
      ['name', `?q=${encodeURIComponent('学校')}`],
    ]
    for (let i = 0; i < 100; i += 1) {
      const [kind, query] = filtered[i % filtered.length]!
      samples.push(await call(server, agent, organiser, campaignId, kind, query))
    }
    for (let i = 0; i < 50; i += 1) samples.push(await call(server, agent, admin, campaignId, 'district_admin', ''))

    const rows: string[][] = []
    for (const kind of ['full', 'district', 'overdue', 'friday', 'name', 'district_admin'] as const) {
      const of = samples.filter((s) => s.kind === kind)
      const s = summarise(of.map((x) => x.ms))
      const kb = of.reduce((n, x) => n + x.bytes, 0) / of.length / 1024
      rows.push([kind, String(s.n), ms(s.p50), ms(s.p95), ms(s.max), kb.toFixed(0), s.p95 <= GOAL_MS ? 'ok' : 'MISSED'])
    }
    console.log('')
    console.log(`GET /api/campaigns/:id/status (${UNITS} units × ${first.body.columns.length} columns; ${overdueCount} units with something overdue), sequential:`)
    printTable(['request', 'n', 'p50 ms', 'p95 ms', 'max ms', 'KB', `goal ≤ ${GOAL_MS}`], rows)

    // Opening cells (information only): a weekly return, the photos, 附件1.
    const unit = first.body.units[3]!
    const cellTimes: string[][] = []
    for (const column of first.body.columns.filter((c) => ['weekly_stats', 'photos', 'showcase_application', 'activity_plan'].includes(c.kind)).slice(0, 4)) {
      const times: number[] = []
      let status = 0
      for (let i = 0; i < 6; i += 1) {
        const r = await httpRequest(agent, `${server.url}/api/campaigns/${campaignId}/status/cell?unitId=${unit.id}&deadlineId=${column.deadlineId}`, {
          headers: { authorization: `Bearer ${organiser}` },
        })
        status = r.status
        if (r.status === 200) ZStatusCellResponse.parse(JSON.parse(r.body))
        if (i > 0) times.push(r.ms)
      }
      const s = summarise(times)
      cellTimes.push([`${column.kind} (${column.label})`, String(status), ms(s.p50), ms(s.max)])
    }
    console.log('')
    printTable(['GET …/status/cell (one unit)', 'HTTP', 'p50 ms', 'max ms'], cellTimes)

    if (EXPLAIN) await explainMatrix(server, seeded)

    const failed = [...warm, ...samples].filter((s) => s.status !== 200).length
    if (failed > 0) console.log(`CHECK FAILED: ${failed} requests did not return 200`)
    for (const problem of problems) console.log(`CHECK FAILED: ${problem}`)
    if (problems.length === 0) console.log('figures checked against SQL: units, columns, week-1 returns, a district\'s showcase count, units short of a key activity; campaign_deliverables = unit_deliverables row for row')
    const full = summarise(samples.filter((s) => s.kind === 'full').map((s) => s.ms))
    console.log(`status: p95_ms=${Math.round(full.p95)}`)
    return failed === 0 && problems.length === 0 ? 0 : 1
  } finally {
    agent.destroy()
    await sql.end({ timeout: 5 })
  }
}

// Only when run directly (tsx tests/bench/status.ts), so `seed` can be reused for investigations.
if (path.resolve(process.argv[1] ?? '') === __filename) void runBench('status', { hardTimeoutMs: 10 * 60_000 }, main)
