/**
 * `npm run bench:list`: GET /api/activities on a campaign of realistic size.
 *
 * Starts the local server on a fresh data directory and seeds, with set-based SQL, one campaign
 * for the coming March: 8 districts, 60 units, 10 000 published activities over the month (all 8
 * categories), 20 000 volunteers and 100 000 registrations (confirmed up to capacity, then
 * waitlisted, some cancelled). Registrations go in through the product's counter trigger (nothing
 * is disabled), in 30 set-based rounds with `vacuum activities` between them, so the counters are
 * right, the table is as compact as autovacuum would keep it, and the seeding time includes it.
 * Then `analyze`.
 *
 * Measures the API over HTTP as an anonymous visitor: a warm-up, then 500 sequential requests and
 * 500 at concurrency 8 over a fixed mix (first page, a day, a category, status=open, keyword q,
 * cursor pages 2–5), with per-kind and overall p50/p95. For each kind whose sequential p95 misses
 * the goal (≤ 50 ms), or every kind with `--explain`, the exact SQL the product ran (captured from
 * product code, cloud/lib/activities) is EXPLAIN (ANALYZE, BUFFERS)-ed as `anon`, with custom and
 * generic plans. Exits 1 if any request failed; missing the goal is only reported.
 *
 * Last line: `list: p95_ms=<n>` (overall sequential p95, client-side over HTTP).
 * Env: BENCH_REQUESTS (default 500); DB_POOL_MAX is passed to the server.
 */
import http from 'node:http'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import postgres from 'postgres'
import { listActivities } from '../../cloud/lib/activities/list-activities'
import { comingMarchYear } from '../../cloud/lib/seed/campaigns'
import { ZListActivitiesRequest, type TListActivitiesResponse } from '../../types/api/activities'
import { PRIVACY_POLICY_VERSION } from '../../types/domain'
import { httpRequest, ms, printTable, runBench, summarise, type TBenchServer } from './bench-server'

const ACTIVITIES = 10_000
const USERS = 20_000
/** Registrations per activity by seq_no % 10: sums to 100 per 10 activities → 100 000. */
const PER_ACTIVITY = [30, 20, 15, 10, 8, 6, 5, 3, 2, 1]
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500)
const CONCURRENCY = 8
const GOAL_MS = 50
const EXPLAIN_ALL = process.argv.includes('--explain')
const CATEGORIES = ['theory', 'culture_education', 'civility', 'care', 'environment', 'science', 'health', 'legal'] as const
/** What people type: common words, a place, and one that matches nothing (a full search). */
const KEYWORDS = ['老人', '环保', '图书馆', '义诊', '七星岩', '端州', '无此关键词']

type TKind = 'first' | 'day' | 'category' | 'open' | 'q' | 'cursor'
const MIX: Array<[TKind, number]> = [
  ['first', 25],
  ['day', 20],
  ['category', 15],
  ['open', 10],
  ['q', 10],
  ['cursor', 20],
]
type TSample = { kind: TKind; label: string; ms: number; status: number; items: number }

/** Deterministic PRNG (mulberry32), so every run asks the same questions. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export async function seed(sql: postgres.Sql, year: number): Promise<string> {
  const timings: Array<[string, number]> = []
  const step = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now()
    const result = await work()
    timings.push([label, performance.now() - started])
    return result
  }
  const campaignId = await step('campaign, 8 districts, 60 units', async () => {
    const [campaign] = await sql<{ id: string }[]>`
      insert into campaigns (slug, issuer, city, year, title, theme, period_start, period_end)
      values ('bench-list', '基准测试文明办', '肇庆市', ${year}, ${`${year}年学雷锋志愿服务月（压测）`}, '弘扬雷锋精神',
              ${`${year}-03-01`}, ${`${year}-03-31`})
      returning id`
    const id = campaign!.id
    await sql`
      insert into districts (campaign_id, key, name, kind, sort)
      select ${id}, 'd' || g, (array['端州区','鼎湖区','高要区','四会市','广宁县','怀集县','封开县','德庆县'])[g], 'county', g
      from generate_series(1, 8) g`
    await sql`
      insert into units (campaign_id, district_id, key, name, kind, sort)
      select ${id}, case when g % 12 = 0 then null else d.id end, 'u' || g,
             d.name || (array['城东街道','星湖社区','第一小学','人民医院','图书馆','青年志愿者协会'])[1 + g % 6] || g || '号队',
             (array['town','community','school','department','other','team'])[1 + g % 6]::unit_kind, g
      from generate_series(1, 60) g
      join districts d on d.campaign_id = ${id} and d.key = 'd' || (1 + g % 8)`
    return id
  })

  await step(`${ACTIVITIES} activities`, () => sql`
    with u as (select array_agg(id order by sort) as ids, array_agg(name order by sort) as names from units where campaign_id = ${campaignId}),
    base as (
      select g, 1 + (g * 37) % 60 as unit_no,
             ((${`${year}-03-01`}::date + (g * 7919) % 31)::timestamp + make_interval(hours => 8 + (g * 31) % 12, mins => (g % 4) * 15))
               at time zone 'Asia/Shanghai' as starts_at
      from generate_series(1, ${ACTIVITIES}) g)
    insert into activities (campaign_id, unit_id, seq_no, title, description, starts_at, ends_at, location_name, address,
                            contact_name, contact_phone, category, served_populations, is_key_activity, capacity,
                            signup_deadline, latitude, longitude)
    select ${campaignId}, u.ids[unit_no], g,
           (array['关爱空巢老人','环保清洁行动','文明交通劝导','学雷锋理论宣讲','义诊进社区','普法宣传','科普进校园',
                  '图书整理志愿服务','关爱留守儿童','河道巡护'])[1 + (g * 13) % 10] || '（第' || g || '场）',
           '本次活动由' || u.names[unit_no] || '组织。' || repeat('志愿者将在现场开展服务，请按时到达并听从现场安排。', 4) ||
             (array['请自备水杯。','活动面向全体市民。','欢迎亲子家庭参加。','需要一定体力。'])[1 + g % 4],
           starts_at, starts_at + make_interval(hours => 1 + g % 4),
           (array['人民广场','星湖社区服务中心','市图书馆','七星岩景区','第一小学','西江河堤','市人民医院','城东公园'])[1 + (g * 5) % 8],
           '肇庆市' || (array['端州区','鼎湖区','高要区','四会市'])[1 + g % 4] || '某路' || (g % 200) || '号',
           '联系人' || (g % 100), '138' || lpad((g % 100000000)::text, 8, '0'),
           (enum_range(null::activity_category))[1 + g % 8],
           array[(enum_range(null::served_population))[1 + g % 9]],
           g % 50 = 0,
           case when g % 7 = 0 then null else 5 + (g * 17) % 40 end,
           case when g % 3 = 0 then starts_at - interval '1 day' end,
           23.05 + (g % 100) / 1000.0, 112.47 + (g % 100) / 1000.0
    from base, u`)

  await step(`${USERS} volunteers (+ consent)`, async () => {
    await sql`
      insert into app_users (display_name, real_name, phone)
      select '列表压测志愿者' || g, '志愿者' || g, '139' || lpad(g::text, 8, '0') from generate_series(1, ${USERS}) g`
    await sql`
      insert into privacy_consents (user_id, policy_version, purpose)
      select id, ${PRIVACY_POLICY_VERSION}, 'registration' from app_users where display_name like '列表压测志愿者%'`
  })

  // Per activity: k = 1..n people (distinct: 104729 is prime to 20000); every 10th cancelled (k % 10 = 7);
  // the rest confirmed up to capacity, then waitlisted 1, 2, 3… The counter trigger runs per row.
  // One statement (one transaction) per k, as sign-ups arrive over weeks in real life: each
  // statement updates an activity's counters at most once, and `vacuum activities` after each round
  // stands in for autovacuum keeping up over the month. One statement for all 100 000 (or no vacuum
  // in between) leaves every activity row's ~10 old versions behind: a 72 MB heap instead of ~10 MB.
  await step('100 000 registrations (counter trigger on)', async () => {
    const maxK = Math.max(...PER_ACTIVITY)
    for (let k = 1; k <= maxK; k += 1) {
      const cancelled = k % 10 === 7
      // How many non-cancelled sign-ups this activity has had up to and including k.
      const rn = k - Math.floor((k + 3) / 10)
      await sql`
        with users as (select array_agg(id order by display_name) as ids from app_users where display_name like '列表压测志愿者%')
        insert into registrations (activity_id, user_id, status, waitlist_position, created_at, confirmed_at, cancelled_at)
        select a.id, users.ids[1 + ((a.seq_no::bigint * 7919 + ${k}::bigint * 104729) % ${USERS})],
               (case when ${cancelled} then 'cancelled'
                     when a.capacity is null or ${rn} <= a.capacity then 'confirmed'
                     else 'waitlisted' end)::registration_status,
               case when not ${cancelled} and a.capacity is not null and ${rn} > a.capacity then ${rn} - a.capacity end,
               now() - make_interval(mins => 100 - ${k}),
               case when not ${cancelled} and (a.capacity is null or ${rn} <= a.capacity) then now() end,
               case when ${cancelled} then now() end
        from activities a cross join users
        where a.campaign_id = ${campaignId} and (${PER_ACTIVITY}::int[])[1 + a.seq_no % 10] >= ${k}
        order by a.seq_no`
      await sql`vacuum activities`
    }
  })

  await step('analyze', () => sql`analyze`)

  const [check] = await sql<{ activities: number; registrations: number; counters_ok: boolean; full: number }[]>`
    select (select count(*)::int from activities where campaign_id = ${campaignId}) as activities,
           (select count(*)::int from registrations r join activities a on a.id = r.activity_id where a.campaign_id = ${campaignId}) as registrations,
           (select bool_and(a.confirmed_count = coalesce(c.confirmed, 0) and a.waitlist_count = coalesce(c.waitlisted, 0))
              from activities a
              left join (select activity_id, count(*) filter (where status = 'confirmed')::int as confirmed,
                                count(*) filter (where status = 'waitlisted')::int as waitlisted
                         from registrations group by activity_id) c on c.activity_id = a.id
              where a.campaign_id = ${campaignId}) as counters_ok,
           (select count(*)::int from activities where campaign_id = ${campaignId} and capacity is not null and confirmed_count >= capacity) as full`
  const [bloat] = await sql<{ live: number; dead: number; size: string }[]>`
    select n_live_tup::int as live, n_dead_tup::int as dead,
           pg_size_pretty(pg_relation_size('activities')) || ' heap + ' || pg_size_pretty(pg_indexes_size('activities')) || ' indexes' as size
    from pg_stat_user_tables where relname = 'activities'`
  console.log('')
  printTable(['seeding step', 'ms'], timings.map(([label, t]) => [label, ms(t)]))
  console.log(
    `seeded: ${check?.activities} activities (${check?.full} full), ${check?.registrations} registrations, counters ${check?.counters_ok ? 'agree' : 'DISAGREE'} with rows; ` +
      `activities table ${bloat?.size}, ${bloat?.live} live / ${bloat?.dead} dead tuples (the trigger updates the activity row per registration)`,
  )
  if (check?.activities !== ACTIVITIES || check.registrations !== 100_000 || !check.counters_ok) throw new Error('seeding did not produce the intended data')
  return campaignId
}

type TPlanned = { kind: TKind; label: string; query: Record<string, string> }

function planRequests(campaignId: string, year: number, cursors: Array<{ label: string; query: Record<string, string> }>, count: number, seedValue: number): TPlanned[] {
  const random = prng(seedValue)
  const total = MIX.reduce((sum, [, w]) => sum + w, 0)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const base = { campaignId, limit: '20' }
  return Array.from({ length: count }, (): TPlanned => {
    let roll = random() * total
    const kind = MIX.find(([, w]) => (roll -= w) < 0)?.[0] ?? 'first'
    switch (kind) {
      case 'first':
        return { kind, label: 'first page', query: base }
      case 'day': {
        const day = `${year}-03-${String(1 + Math.floor(random() * 31)).padStart(2, '0')}`
        return { kind, label: `day=${day}`, query: { ...base, day } }
      }
      case 'category': {
        const category = pick(CATEGORIES)
        return { kind, label: `category=${category}`, query: { ...base, category } }
      }
      case 'open':
        return { kind, label: 'status=open', query: { ...base, status: 'open' } }
      case 'q': {
        const q = pick(KEYWORDS)
        return { kind, label: `q=${q}`, query: { ...base, q } }
      }
      case 'cursor': {
        const c = pick(cursors)
        return { kind, label: c.label, query: c.query }
      }
    }
  })
}

async function callList(server: TBenchServer, agent: http.Agent, planned: TPlanned): Promise<TSample & { body: TListActivitiesResponse | null }> {
  const result = await httpRequest(agent, `${server.url}/api/activities?${new URLSearchParams(planned.query).toString()}`)
  let body: TListActivitiesResponse | null = null
  if (result.status === 200) body = JSON.parse(result.body) as TListActivitiesResponse
  else console.log(`HTTP ${result.status} for ${planned.label}: ${result.body.slice(0, 200)}`)
  return { kind: planned.kind, label: planned.label, ms: result.ms, status: result.status, items: body?.items.length ?? 0, body }
}

/** Pages 2–5 of a few lists, fetched by following nextCursor (also warms those statements). */
async function collectCursors(server: TBenchServer, agent: http.Agent, campaignId: string): Promise<Array<{ label: string; query: Record<string, string> }>> {
  const cursors: Array<{ label: string; query: Record<string, string> }> = []
  const starts: Array<[string, Record<string, string>]> = [
    ['all', { campaignId, limit: '20' }],
    ['care', { campaignId, limit: '20', category: 'care' }],
    ['open', { campaignId, limit: '20', status: 'open' }],
  ]
  for (const [name, query] of starts) {
    let next: string | null = null
    const seenIds = new Set<string>()
    for (let page = 1; page <= 5; page += 1) {
      const q: Record<string, string> = next ? { ...query, cursor: next } : query
      if (page > 1) cursors.push({ label: `cursor ${name} p${page}`, query: q })
      const result = await callList(server, agent, { kind: 'cursor', label: `${name} p${page}`, query: q })
      if (!result.body) throw new Error(`could not page through ${name}`)
      for (const item of result.body.items) {
        if (seenIds.has(item.id)) throw new Error(`cursor paging repeated ${item.id} on ${name} page ${page}`)
        seenIds.add(item.id)
      }
      next = result.body.nextCursor
      if (!next) break
    }
  }
  return cursors
}

async function runSequential(server: TBenchServer, agent: http.Agent, plan: TPlanned[]): Promise<{ samples: TSample[]; wallMs: number }> {
  const samples: TSample[] = []
  const started = performance.now()
  for (const planned of plan) samples.push(await callList(server, agent, planned))
  return { samples, wallMs: performance.now() - started }
}

async function runConcurrent(server: TBenchServer, agent: http.Agent, plan: TPlanned[], concurrency: number): Promise<{ samples: TSample[]; wallMs: number }> {
  const samples: TSample[] = []
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < plan.length) {
        const planned = plan[next]!
        next += 1
        samples.push(await callList(server, agent, planned))
      }
    }),
  )
  return { samples, wallMs: performance.now() - started }
}

function report(title: string, run: { samples: TSample[]; wallMs: number }): { overallP95: number; missed: TKind[] } {
  console.log('')
  console.log(`${title}: ${run.samples.length} requests in ${ms(run.wallMs)} ms (${(run.samples.length / (run.wallMs / 1000)).toFixed(0)} requests/s)`)
  const rows: string[][] = []
  const missed: TKind[] = []
  for (const [kind] of MIX) {
    const of = run.samples.filter((s) => s.kind === kind)
    if (of.length === 0) continue
    const s = summarise(of.map((x) => x.ms))
    if (s.p95 > GOAL_MS) missed.push(kind)
    const items = of.reduce((sum, x) => sum + x.items, 0) / of.length
    rows.push([kind, String(s.n), ms(s.p50), ms(s.p95), ms(s.max), items.toFixed(1), s.p95 <= GOAL_MS ? 'ok' : 'MISSED'])
  }
  const all = summarise(run.samples.map((x) => x.ms))
  rows.push(['overall', String(all.n), ms(all.p50), ms(all.p95), ms(all.max), '', all.p95 <= GOAL_MS ? 'ok' : 'MISSED'])
  printTable(['kind', 'n', 'p50 ms', 'p95 ms', 'max ms', 'avg items', `goal ≤ ${GOAL_MS}`], rows)
  return { overallP95: all.p95, missed }
}

/** Keyword searches differ a lot by how rare the word is: p50/p95 per keyword. */
function reportKeywords(samples: TSample[]): void {
  const rows = KEYWORDS.map((q) => {
    const of = samples.filter((s) => s.label === `q=${q}`)
    const s = summarise(of.map((x) => x.ms))
    const items = of.length ? of.reduce((sum, x) => sum + x.items, 0) / of.length : 0
    return [`q=${q}`, String(s.n), ms(s.p50), ms(s.p95), items.toFixed(0)]
  })
  console.log('')
  printTable(['keyword (sequential run)', 'n', 'p50 ms', 'p95 ms', 'items'], rows)
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of exactly what the product runs: listActivities() from
 * cloud/lib/activities is called as `anon` on a connection whose `debug` hook records the final
 * SQL and its parameters; that statement is then prepared and explained with a custom and a
 * generic plan (the server uses prepared statements, so after 5 runs Postgres may pick the generic one).
 */
async function explainKinds(server: TBenchServer, kinds: TKind[], samplesByKind: Map<TKind, TPlanned>): Promise<void> {
  let captured: { query: string; parameters: unknown[] } | null = null
  const sql = postgres(server.databaseUrl, {
    max: 1,
    onnotice: () => undefined,
    debug: (_connection, query, parameters) => {
      captured = { query, parameters: parameters as unknown[] }
    },
  })
  try {
    for (const kind of kinds) {
      const planned = samplesByKind.get(kind)
      if (!planned) continue
      await sql.begin(async (tx) => {
        await tx`select set_config('role', 'anon', true), set_config('request.jwt.claims', '{"role":"anon"}', true)`
        captured = null
        await listActivities(tx, ZListActivitiesRequest.parse(planned.query))
        const statement = captured as { query: string; parameters: unknown[] } | null
        if (!statement) throw new Error('no statement captured')
        const literal = (value: unknown): string => (value === null || value === undefined ? 'null' : `'${String(value).replace(/'/g, "''")}'`)
        await tx.unsafe(`prepare bench_list as ${statement.query}`)
        const args = statement.parameters.map(literal).join(', ')
        console.log('')
        console.log(`EXPLAIN ${kind} (${planned.label}) as anon — SQL: ${statement.query.replace(/\s+/g, ' ').trim()}`)
        console.log(`  parameters: ${args}`)
        for (const mode of ['force_custom_plan', 'force_generic_plan'] as const) {
          await tx.unsafe(`set local plan_cache_mode = ${mode}`)
          const plan = await tx.unsafe<{ 'QUERY PLAN': string }[]>(`explain (analyze, buffers) execute bench_list(${args})`)
          console.log(`  -- ${mode}:`)
          for (const row of plan) console.log(`  ${row['QUERY PLAN']}`)
        }
        await tx.unsafe('deallocate bench_list')
      })
    }
  } finally {
    await sql.end({ timeout: 5 })
  }
}

async function main(server: TBenchServer): Promise<number> {
  const year = comingMarchYear(new Date())
  const sql = postgres(server.databaseUrl, { max: 2, onnotice: () => undefined })
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY })
  try {
    const seedStarted = performance.now()
    const campaignId = await seed(sql, year)
    console.log(`seeding took ${ms(performance.now() - seedStarted)} ms in all`)

    // Warm-up: every kind a few times (loads the route, fills the pool, prepares statements).
    const cursors = await collectCursors(server, agent, campaignId)
    const warm = await runSequential(server, agent, planRequests(campaignId, year, cursors, 120, 7))
    const failedWarm = warm.samples.filter((s) => s.status !== 200).length

    const maintenance = () => sql<{ relname: string; runs: number }[]>`
      select relname, (autovacuum_count + autoanalyze_count)::int as runs from pg_stat_user_tables
      where relname in ('activities', 'registrations', 'units', 'campaigns') order by relname`
    const before = await maintenance()
    const plan = planRequests(campaignId, year, cursors, REQUESTS, 2027)
    const seq = await runSequential(server, agent, plan)
    const { overallP95, missed } = report(`sequential (1 client)`, seq)
    reportKeywords(seq.samples)
    const conc = await runConcurrent(server, agent, planRequests(campaignId, year, cursors, REQUESTS, 2028), CONCURRENCY)
    report(`concurrency ${CONCURRENCY}`, conc)
    const after = await maintenance()
    const ran = after.filter((row) => row.runs !== before.find((b) => b.relname === row.relname)?.runs).map((row) => row.relname)
    console.log(`autovacuum/autoanalyze during the measurement: ${ran.length ? ran.join(', ') : 'none'}`)

    // Day strip (information only, not part of the mix): GET /api/activities/day-counts.
    const dayStrip: number[] = []
    let dayStripStatus = 0
    for (let i = 0; i < 20; i += 1) {
      const r = await httpRequest(agent, `${server.url}/api/activities/day-counts?campaignId=${campaignId}`)
      dayStripStatus = r.status
      if (i >= 3) dayStrip.push(r.ms)
    }
    const ds = summarise(dayStrip)
    console.log('')
    console.log(`day strip (GET /api/activities/day-counts, information only, HTTP ${dayStripStatus}): p50 ${ms(ds.p50)} ms, p95 ${ms(ds.p95)} ms over ${ds.n}`)

    const toExplain = EXPLAIN_ALL ? MIX.map(([kind]) => kind) : missed
    if (toExplain.length > 0) {
      // The slowest sample of each kind is the one explained.
      const slowest = new Map<TKind, TPlanned>()
      for (const kind of toExplain) {
        const worst = seq.samples.filter((s) => s.kind === kind).sort((a, b) => b.ms - a.ms)[0]
        const planned = worst ? plan[seq.samples.indexOf(worst)] : undefined
        if (planned) slowest.set(kind, planned)
      }
      await explainKinds(server, toExplain, slowest)
    }

    const failed = failedWarm + [...seq.samples, ...conc.samples].filter((s) => s.status !== 200).length
    if (failed > 0) console.log(`CHECK FAILED: ${failed} requests did not return 200`)
    console.log(`list: p95_ms=${Math.round(overallP95)}`)
    return failed === 0 ? 0 : 1
  } finally {
    agent.destroy()
    await sql.end({ timeout: 5 })
  }
}

// Only when run directly (tsx tests/bench/list.ts), so `seed` can be reused for investigations.
if (path.resolve(process.argv[1] ?? '') === __filename) void runBench('list', { hardTimeoutMs: 6 * 60_000 }, main)
