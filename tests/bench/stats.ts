/**
 * `npm run bench:stats`: one Friday's 肇庆 weekly statistics and its .xlsx for a unit with 500
 * activities and 50 000 check-ins.
 *
 * Starts the local server on a fresh data directory and seeds, with set-based SQL, a campaign for
 * March 2025 (weekly deadlines on the Fridays 3月7日 and 3月14日, the summary on 4月3日) with ONE unit
 * whose 500 published activities all fall in the week the measured return covers (3月8日—3月14日,
 * the worst case for one Friday: every activity is a row), 2 000 volunteers and 100 confirmed
 * sign-ups per activity, each checked in (one in ten never checked out, so no hours), through the
 * product's own triggers (sign-up counters, hours capped at the schedule): 50 000 check-ins. A second
 * unit with 50 activities and 5 000 check-ins in the same week is noise that must not leak in.
 * Then the contact fills the draft for all 500 rows (覆盖人群, 资金, media with links) with one
 * PUT, as the app would.
 *
 * Measures, over HTTP as the unit's contact (the real functions: RLS, the grouped SQL, exceljs, the
 * storage write), after a warm-up: GET /api/units/:id/weekly-stats (compute the return) and
 * POST …/export (compute again, build the .xlsx, store it, sign a link), 10 times each; the
 * downloaded workbook is read back and its 合计 compared with an independent SQL count. Also times
 * building the workbook alone in-process. Exits 1 when a request fails or a figure is wrong;
 * missing the goal (≤ 2 000 ms for GET + export) is only reported.
 *
 * Last line: `stats: ms=<n>` (median of GET + export, client-side).
 */
import http from 'node:http'
import { performance } from 'node:perf_hooks'
import postgres from 'postgres'
import { issueSessionToken } from '../../cloud/lib/auth/session-token'
import { newWorkbook } from '../../cloud/lib/excel/new-workbook'
import { buildStatsWorkbook } from '../../cloud/lib/weekly-stats/build-stats-workbook'
import { loadStatsReturn } from '../../cloud/lib/weekly-stats/load-stats-return'
import { ZExportResponse } from '../../types/api/common'
import { ZWeeklyStatsResponse, type TStatsRowInput, type TWeeklyStatsResponse } from '../../types/api/weekly-stats'
import { httpRequest, ms, printTable, runBench, summarise, type TBenchServer } from './bench-server'

const ACTIVITIES = 500
const PER_ACTIVITY = 100
const USERS = 2_000
const RUNS = Number(process.env.BENCH_RUNS ?? 10)
const GOAL_MS = 2_000
const EXPLAIN = process.argv.includes('--explain')
const POPULATIONS = ['disabled', 'migrant_children', 'empty_nest_elderly', 'idle_youth', 'left_behind_children'] as const

type TSeeded = { unitId: string; contactId: string; deadlineId: string; activityIds: string[] }

async function seed(sql: postgres.Sql): Promise<TSeeded> {
  const timings: Array<[string, number]> = []
  const step = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now()
    const result = await work()
    timings.push([label, performance.now() - started])
    return result
  }
  const seeded = await step('campaign, deadlines, 2 units, contact', async () => {
    const [campaign] = await sql<{ id: string }[]>`
      insert into campaigns (slug, issuer, city, year, title, period_start, period_end)
      values ('bench-stats', '共青团肇庆市委员会', '肇庆市', 2025, '关于开展2025年肇庆市学雷锋全民志愿服务行动月系列活动的通知', '2025-03-01', '2025-03-31')
      returning id`
    const campaignId = campaign!.id
    await sql`insert into campaign_deadlines (campaign_id, kind, title, due_at) values
      (${campaignId}, 'weekly_stats', '3月7日统计表', '2025-03-07 18:00+08'),
      (${campaignId}, 'summary', '活动总结', '2025-04-03 18:00+08')`
    const [deadline] = await sql<{ id: string }[]>`
      insert into campaign_deadlines (campaign_id, kind, title, due_at) values (${campaignId}, 'weekly_stats', '3月14日统计表', '2025-03-14 18:00+08') returning id`
    const [unit, noise] = await sql<{ id: string }[]>`
      insert into units (campaign_id, key, name) values (${campaignId}, 'dz', '端州区团委'), (${campaignId}, 'dh', '鼎湖区团委') returning id`
    const [contact] = await sql<{ id: string }[]>`insert into app_users (display_name) values ('端州联系人') returning id`
    await sql`insert into memberships (user_id, campaign_id, role, unit_id) values (${contact!.id}, ${campaignId}, 'unit_contact', ${unit!.id})`
    return { campaignId, unitId: unit!.id, noiseUnitId: noise!.id, contactId: contact!.id, deadlineId: deadline!.id }
  })
  await step(`${USERS} volunteers`, () => sql`
    insert into app_users (display_name, real_name, phone)
    select '志愿者' || g, '志愿者' || g, '139' || lpad(g::text, 8, '0') from generate_series(1, ${USERS}) g`)
  // Activities spread over 3月8日—3月14日 in Shanghai time, 2 hours each; 1–3 co-organisers on some.
  const activityIds = await step(`${ACTIVITIES} + 50 activities in the week`, async () => {
    const insert = (unitId: string, count: number, prefix: string) => sql<{ id: string }[]>`
      insert into activities (campaign_id, unit_id, seq_no, title, starts_at, ends_at, location_name, category, co_organisers, served_populations)
      select ${seeded.campaignId}, ${unitId}, g, ${prefix} || g,
             timestamptz '2025-03-08 08:00+08' + ((g % 7) * interval '1 day') + ((g % 10) * interval '1 hour'),
             timestamptz '2025-03-08 10:00+08' + ((g % 7) * interval '1 day') + ((g % 10) * interval '1 hour'),
             '七星岩景区', 'care',
             case g % 3 when 0 then array[]::text[] when 1 then array['市志愿者联合会'] else array['市人民医院', '市红十字会'] end,
             array['empty_nest_elderly']::served_population[]
      from generate_series(1, ${count}) g
      returning id`
    const rows = await insert(seeded.unitId, ACTIVITIES, '社区志愿服务活动第')
    await insert(seeded.noiseUnitId, 50, '鼎湖区活动第')
    return rows.map((row) => row.id)
  })
  await step(`${ACTIVITIES * PER_ACTIVITY + 50 * PER_ACTIVITY} sign-ups (counter trigger)`, () => sql`
    with users as (select id, row_number() over (order by id) - 1 as n from app_users where display_name like '志愿者%'),
         acts as (select id, row_number() over (order by id) as i from activities where campaign_id = ${seeded.campaignId})
    insert into registrations (activity_id, user_id, status, confirmed_at)
    select a.id, u.id, 'confirmed', now()
    from acts a cross join generate_series(0, ${PER_ACTIVITY - 1}) k
    join users u on u.n = (a.i * 7 + k) % ${USERS}`)
  await step('check-ins (hours trigger)', () => sql`
    insert into check_ins (registration_id, checked_in_at, checked_out_at)
    select r.id, a.starts_at + ((hashtext(r.id::text) & 15) * interval '1 minute'),
           case when (hashtext(r.id::text) & 1023) % 10 = 0 then null else a.ends_at - ((hashtext(r.id::text) >> 4 & 31) * interval '1 minute') end
    from registrations r join activities a on a.id = r.activity_id
    where a.campaign_id = ${seeded.campaignId}`)
  // What autovacuum would have done by the time anyone opens the return: the counter trigger left a
  // dead version of an activity row per sign-up.
  await step('vacuum analyze', () => sql`vacuum analyze`)
  const [counts] = await sql<{ activities: number; check_ins: number }[]>`
    select (select count(*)::int from activities where unit_id = ${seeded.unitId}) as activities,
           (select count(*)::int from check_ins ci join registrations r on r.id = ci.registration_id
             join activities a on a.id = r.activity_id where a.unit_id = ${seeded.unitId}) as check_ins`
  console.log('')
  printTable(['seeding step', 'ms'], timings.map(([label, t]) => [label, ms(t)]))
  console.log(`unit: ${counts?.activities} activities, ${counts?.check_ins} check-ins in the measured week`)
  if (counts?.activities !== ACTIVITIES || counts.check_ins !== ACTIVITIES * PER_ACTIVITY) throw new Error('seeding did not produce the intended data')
  return { unitId: seeded.unitId, contactId: seeded.contactId, deadlineId: seeded.deadlineId, activityIds }
}

/** What the contact types for every row, as the app sends it. */
function draftRows(activityIds: string[]): TStatsRowInput[] {
  return activityIds.map((activityId, i) => ({
    activityId,
    served: [
      { population: POPULATIONS[i % POPULATIONS.length]!, count: 10 + (i % 40) },
      ...(i % 4 === 0 ? [{ population: 'other' as const, description: '社区居民', count: 5 }] : []),
    ],
    fundsYuan: (i % 9) * 125.5,
    media:
      i % 3 === 0
        ? { printReports: i % 2, webReports: 1 + (i % 3), links: [`https://mp.weixin.qq.com/s/bench-${i}`, `https://www.zhaoqing.gov.cn/zwgk/${i}.html`], readCount: 100 + i }
        : { printReports: 0, webReports: 0, links: [], readCount: 0 },
  }))
}

/**
 * `--explain`: every statement loadStatsReturn (product code) runs for the measured return, as the
 * contact, with its time; then EXPLAIN (ANALYZE, BUFFERS) of the slowest.
 */
async function explainReturn(server: TBenchServer, seeded: TSeeded): Promise<void> {
  const captured: Array<{ query: string; parameters: unknown[] }> = []
  const sql = postgres(server.databaseUrl, {
    max: 1,
    onnotice: () => undefined,
    debug: (_connection, query, parameters) => captured.push({ query, parameters: parameters as unknown[] }),
  })
  const asContact = (tx: postgres.TransactionSql) =>
    tx`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${JSON.stringify({ sub: seeded.contactId, role: 'authenticated' })}, true)`
  try {
    await sql.begin(async (tx) => {
      await asContact(tx)
      captured.length = 0
      await loadStatsReturn(tx, seeded.unitId, seeded.deadlineId)
    })
    const statements = [...captured]
    const literal = (value: unknown): string =>
      value === null || value === undefined ? 'null' : `'${(value instanceof Date ? value.toISOString() : String(value)).replace(/'/g, "''")}'`
    const timed: Array<{ query: string; args: string; ms: number }> = []
    for (const statement of statements) {
      const args = statement.parameters.map(literal)
      const text = statement.query.replace(/\$(\d+)/g, (_m, n: string) => args[Number(n) - 1] ?? 'null')
      await sql.begin(async (tx) => {
        await asContact(tx)
        const started = performance.now()
        await tx.unsafe(text)
        timed.push({ query: text, args: args.join(', '), ms: performance.now() - started })
      })
    }
    console.log('')
    printTable(['statement of loadStatsReturn (as the contact)', 'ms'], timed.map((t) => [t.query.replace(/\s+/g, ' ').trim().slice(0, 90), ms(t.ms)]))
    const slowest = [...timed].sort((a, b) => b.ms - a.ms)[0]
    if (!slowest) return
    await sql.begin(async (tx) => {
      await asContact(tx)
      const plan = await tx.unsafe<{ 'QUERY PLAN': string }[]>(`explain (analyze, buffers) ${slowest.query}`)
      console.log('')
      console.log('EXPLAIN (ANALYZE, BUFFERS) of the slowest:')
      for (const row of plan) console.log(`  ${row['QUERY PLAN']}`)
    })
    // Inside the figures function (its plan is not shown above): its body, with this return's values.
    const [fn] = await sql<{ body: string }[]>`select prosrc as body from pg_proc where proname = 'unit_stats_figures'`
    const period = /unit_stats_figures\('([^']+)', '([^']+)', '([^']+)'\)/.exec(slowest.query)
    if (fn && period) {
      const body = fn.body.replace(/p_unit_id/g, `'${period[1]}'::uuid`).replace(/p_from/g, `'${period[2]}'::timestamptz`).replace(/p_to/g, `'${period[3]}'::timestamptz`)
      await sql.begin(async (tx) => {
        // The function runs with its owner's rights (no row-level security) and the caller's claims.
        await tx`select set_config('request.jwt.claims', ${JSON.stringify({ sub: seeded.contactId, role: 'authenticated' })}, true)`
        const plan = await tx.unsafe<{ 'QUERY PLAN': string }[]>(`explain (analyze, buffers) ${body}`)
        console.log('')
        console.log('EXPLAIN (ANALYZE, BUFFERS) of app_private.unit_stats_figures (as its owner would run it):')
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
    const seeded = await seed(sql)
    const token = issueSessionToken({ userId: seeded.contactId, ttlHours: 1 }, server.sessionSecret).token
    const headers = { authorization: `Bearer ${token}` }
    const base = `${server.url}/api/units/${seeded.unitId}/weekly-stats`
    const body = JSON.stringify({ deadlineId: seeded.deadlineId })

    const save = await httpRequest(agent, base, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ deadlineId: seeded.deadlineId, contactName: '李明', contactPhone: '0758-2223333', body: '新闻稿'.repeat(200), rows: draftRows(seeded.activityIds) }),
    })
    if (save.status !== 200) throw new Error(`saving the draft failed: HTTP ${save.status} ${save.body.slice(0, 300)}`)
    console.log(`draft of ${ACTIVITIES} rows saved with one PUT in ${ms(save.ms)} ms (information only)`)

    const get = () => httpRequest(agent, `${base}?deadlineId=${seeded.deadlineId}`, { headers })
    const exportIt = () => httpRequest(agent, `${base}/export`, { method: 'POST', headers, body })
    for (let i = 0; i < 2; i += 1) {
      await get()
      await exportIt()
    }
    const getMs: number[] = []
    const exportMs: number[] = []
    const both: number[] = []
    let failed = 0
    let stats: TWeeklyStatsResponse | null = null
    let lastExport = ''
    for (let i = 0; i < RUNS; i += 1) {
      const g = await get()
      const e = await exportIt()
      if (g.status !== 200 || e.status !== 200) {
        failed += 1
        console.log(`HTTP ${g.status}/${e.status}: ${g.body.slice(0, 200)} ${e.body.slice(0, 200)}`)
        continue
      }
      stats = ZWeeklyStatsResponse.parse(JSON.parse(g.body))
      lastExport = e.body
      getMs.push(g.ms)
      exportMs.push(e.ms)
      both.push(g.ms + e.ms)
    }
    if (!stats) throw new Error('no successful run')

    // Building the workbook alone, in this process, from the same rows.
    const buildMs: number[] = []
    let xlsxBytes = 0
    for (let i = 0; i < 5; i += 1) {
      const started = performance.now()
      const bytes = await buildStatsWorkbook({
        title: stats.campaign.tableTitle,
        unitName: stats.unit.name,
        kind: 'weekly_stats',
        periodLabel: stats.period.label,
        rows: stats.rows,
        totals: stats.totals,
        contactName: stats.contactName,
        contactPhone: stats.contactPhone,
        body: stats.body,
        pictures: [],
      })
      buildMs.push(performance.now() - started)
      xlsxBytes = bytes.length
    }

    // Correctness: the figures against an independent count, and the downloaded workbook's 合计.
    const [expected] = await sql<{ volunteers: number; hours: string; organisations: number }[]>`
      select (select count(*)::int from (select distinct r.activity_id, r.user_id from check_ins ci join registrations r on r.id = ci.registration_id
                join activities a on a.id = r.activity_id where a.unit_id = ${seeded.unitId}) x) as volunteers,
             (select coalesce(sum(ci.hours), 0)::text from check_ins ci join registrations r on r.id = ci.registration_id
                join activities a on a.id = r.activity_id where a.unit_id = ${seeded.unitId}) as hours,
             (select sum(1 + cardinality(co_organisers))::int from activities where unit_id = ${seeded.unitId}) as organisations`
    const file = ZExportResponse.parse(JSON.parse(lastExport))
    const workbook = newWorkbook()
    await workbook.xlsx.load(Buffer.from(await (await fetch(file.url)).arrayBuffer()))
    const sheet = workbook.getWorksheet('统计表')
    const totalRow = 5 + ACTIVITIES
    const cached = (address: string) => {
      const value = sheet?.getCell(address).value
      return typeof value === 'object' && value !== null && 'result' in value ? value.result : value
    }
    const checks: Array<[string, unknown, unknown]> = [
      ['rows in the return', stats.rows.length, ACTIVITIES],
      ['参与志愿者人次 合计', stats.totals.volunteerCount, expected?.volunteers],
      ['累计志愿服务时数 合计', stats.totals.serviceHours, Number(expected?.hours)],
      ['参与志愿服务组织数量 合计', stats.totals.organisationCount, expected?.organisations],
      ['xlsx 合计 label', sheet?.getCell(`A${totalRow}`).text, '合计'],
      ['xlsx 人次 合计', cached(`C${totalRow}`), expected?.volunteers],
      ['xlsx 时数 合计', cached(`G${totalRow}`), Number(expected?.hours)],
    ]
    const wrong = checks.filter(([, got, want]) => got !== want)
    console.log('')
    printTable(['check', 'got', 'expected'], checks.map(([label, got, want]) => [label, String(got), String(want)]))

    const g = summarise(getMs)
    const e = summarise(exportMs)
    const t = summarise(both)
    const b = summarise(buildMs)
    console.log('')
    console.log(`return 3月8日—3月14日 of one unit: ${stats.rows.length} rows, 人次 ${stats.totals.volunteerCount}, 时数 ${stats.totals.serviceHours}, xlsx ${(xlsxBytes / 1024).toFixed(0)} KB`)
    printTable(
      ['measured (client-side, ms)', 'n', 'p50', 'p95', 'max'],
      [
        ['GET weekly-stats (compute)', String(g.n), ms(g.p50), ms(g.p95), ms(g.max)],
        ['POST export (compute + xlsx + store)', String(e.n), ms(e.p50), ms(e.p95), ms(e.max)],
        ['GET + export', String(t.n), ms(t.p50), ms(t.p95), ms(t.max)],
        ['build workbook only (in-process)', String(b.n), ms(b.p50), ms(b.p95), ms(b.max)],
      ],
    )
    if (EXPLAIN) await explainReturn(server, seeded)
    console.log(`goal: GET + export ≤ ${GOAL_MS} ms — ${t.p50 <= GOAL_MS ? 'met' : 'MISSED'}`)
    if (wrong.length > 0) console.log(`CHECK FAILED: ${wrong.map(([label]) => label).join(', ')}`)
    if (failed > 0) console.log(`CHECK FAILED: ${failed} runs had a failed request`)
    console.log(`stats: ms=${Math.round(t.p50)}`)
    return wrong.length === 0 && failed === 0 ? 0 : 1
  } finally {
    agent.destroy()
    await sql.end({ timeout: 5 })
  }
}

void runBench('stats', { hardTimeoutMs: 6 * 60_000 }, main)
