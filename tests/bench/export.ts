/**
 * `npm run bench:export`: every organiser export on a campaign of 连云港's size, through the real API.
 *
 * Starts the local server on a fresh data directory and seeds the same campaign as `bench:status`
 * (tests/bench/status.ts; the seeding is repeated here because that file runs its benchmark when
 * loaded): 12 districts with 300 units, 14 deadlines (8 Fridays of weekly statistics), 3 000
 * activities, 3 000 volunteers with 30 000 sign-ups and check-ins, 20 000 activity photos, 8 weekly
 * returns per unit (2 400, with their statistics rows, 覆盖人群 and media), 附件2 / photo / summary
 * returns, 450 showcase applications and 600 reports — plus what only the exports read: five small
 * generated JPEGs per handed-in showcase project, written to storage like uploads.
 *
 * Then, as the campaign's organiser (and for two exports as a 县区's admin), over HTTP: the options,
 * 附件1 (workbook and picture package), 附件2, the 统计表 for a Friday, a month and the whole campaign,
 * the district figures and the volunteer-hours sheet — each after a warm-up, RUNS times, timing the
 * POST (query, workbook, storage write, signed link). Each file is downloaded once and checked
 * against independent SQL (rows, 合计, zip entries). Exits 1 when a request fails or a figure is
 * wrong; missing the goal (≤ 3 000 ms each) is only reported.
 *
 * Last line: `export: max_ms=<n>` — the slowest export's median.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import JSZip from 'jszip'
import postgres from 'postgres'
import sharp from 'sharp'
import { issueSessionToken } from '../../cloud/lib/auth/session-token'
import { listVolunteerHours } from '../../cloud/lib/campaign-exports/repository'
import { loadStats } from '../../cloud/lib/campaign-exports/load-stats'
import { resolveExportScope } from '../../cloud/lib/campaign-exports/resolve-export-scope'
import { countScope } from '../../cloud/lib/campaign-exports/repository'
import { newWorkbook } from '../../cloud/lib/excel/new-workbook'
import { ZExportOptionsResponse } from '../../types/api/campaign-exports'
import { ZExportResponse } from '../../types/api/common'
import { httpRequest, ms, printTable, runBench, summarise, type TBenchServer } from './bench-server'
import { DISTRICTS, seedConsoleCampaign, UNITS, type TSeeded } from './console-data'

const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const EXPLAIN = process.argv.includes('--explain')
const GOAL_MS = 3_000


/** Five different small pictures (noise, so they do not shrink to nothing), reused for every project. */
async function samplePictures(): Promise<Buffer[]> {
  const pictures: Buffer[] = []
  for (let k = 0; k < 5; k += 1) {
    const width = 320
    const height = 240
    const pixels = Buffer.alloc(width * height * 3)
    let state = (k + 1) * 2654435761
    for (let i = 0; i < pixels.length; i += 1) {
      state = (state * 1103515245 + 12345) >>> 0
      pixels[i] = (state >>> 24) & 0x7f
    }
    pictures.push(await sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 80 }).toBuffer())
  }
  return pictures
}

/** The pictures of every submitted or accepted project: photos rows and the files where storage keeps them. */
async function writeShowcasePictures(sql: postgres.Sql, server: TBenchServer, campaignId: string): Promise<void> {
  const pictures = await samplePictures()
  const rows = await sql<{ id: string; unit_id: string; position: number; storage_path: string }[]>`
    insert into photos (campaign_id, unit_id, purpose, showcase_application_id, showcase_position, storage_path, display_path, sha256, byte_size, mime_type, width, height)
    select a.campaign_id, a.unit_id, 'showcase', a.id, k, a.campaign_id || '/' || a.unit_id || '/showcase-' || a.id || '-' || k || '.jpg',
           a.campaign_id || '/' || a.unit_id || '/showcase-' || a.id || '-' || k || '.display.jpg',
           md5(a.id::text || k) || md5(k || a.id::text), 0, 'image/jpeg', 320, 240
    from showcase_applications a cross join generate_series(1, 5) k
    where a.campaign_id = ${campaignId} and a.status in ('submitted', 'accepted')
    returning id, unit_id, showcase_position as position, storage_path`
  for (const row of rows) {
    const file = path.join(server.dataDir, 'storage', ...row.storage_path.split('/'))
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, pictures[row.position - 1]!)
  }
  await sql`
    update photos set byte_size = case showcase_position ${sql.unsafe(pictures.map((p, i) => `when ${i + 1} then ${p.length}`).join(' '))} end
    where campaign_id = ${campaignId} and purpose = 'showcase'`
}

/** The console benchmarks' campaign, plus the showcase pictures the 附件1 picture archive reads. */
function seed(sql: postgres.Sql, server: TBenchServer): Promise<TSeeded> {
  return seedConsoleCampaign(sql, {
    slug: 'bench-export',
    extra: (campaignId, step) => step('showcase pictures (5 small JPEGs per handed-in project, files in storage)', () => writeShowcasePictures(sql, server, campaignId)),
  })
}


type TCase = {
  label: string
  route: string
  as: 'organiser' | 'admin'
  body: Record<string, unknown>
  /** What is wrong with the downloaded file, checked against SQL; [] when it is right. */
  check: (bytes: Buffer) => Promise<string[]>
}

async function readSheet(bytes: Buffer, name: string) {
  const workbook = newWorkbook()
  await workbook.xlsx.load(bytes)
  const sheet = workbook.getWorksheet(name)
  if (!sheet) throw new Error(`no sheet ${name}`)
  return { workbook, sheet }
}

/** A cell as a reader sees it: a formula's cached result, else the value. */
function seen(value: unknown): unknown {
  return value && typeof value === 'object' && 'result' in value ? (value as { result: unknown }).result : value
}

function expectEqual(label: string, got: unknown, want: unknown): string[] {
  return got === want ? [] : [`${label}: ${String(got)} ≠ ${String(want)}`]
}

function cases(sql: postgres.Sql, seeded: TSeeded): TCase[] {
  const { campaignId } = seeded
  const march = { kind: 'month', month: '2026-03' }
  const one = async <T extends Record<string, unknown>>(query: Promise<T[]>): Promise<T> => (await query)[0]!
  return [
    {
      label: '附件1 申报表 (all units)',
      route: 'showcase',
      as: 'organiser',
      body: {},
      check: async (bytes) => {
        const workbook = newWorkbook()
        await workbook.xlsx.load(bytes)
        const { n } = await one(sql<{ n: number }[]>`select count(*)::int as n from showcase_applications where campaign_id = ${campaignId} and status in ('submitted', 'accepted')`)
        return expectEqual('附件1 sheets', workbook.worksheets.length, n + 1)
      },
    },
    {
      label: '附件1 图片包 zip (all units)',
      route: 'showcase-pictures',
      as: 'organiser',
      body: {},
      check: async (bytes) => {
        const zip = await JSZip.loadAsync(bytes)
        const files = Object.values(zip.files).filter((f) => !f.dir)
        const { n } = await one(sql<{ n: number }[]>`select count(*)::int as n from photos where campaign_id = ${campaignId} and purpose = 'showcase'`)
        const nested = files.every((f) => f.name.split('/').length === 3 && /\/[1-5]\.jpg$/.test(f.name))
        return [...expectEqual('zip pictures', files.length, n), ...(nested ? [] : ['zip paths are not <单位>/<项目名称>/<n>.jpg'])]
      },
    },
    {
      label: '附件2 安排表 (all units)',
      route: 'arrangement',
      as: 'organiser',
      body: {},
      check: async (bytes) => {
        const { sheet } = await readSheet(bytes, '附件2')
        let numbered = 0
        sheet.eachRow((row, r) => {
          if (r > 4 && typeof row.getCell(1).value === 'number') numbered += 1
        })
        const { n } = await one(sql<{ n: number }[]>`select count(*)::int as n from activities where campaign_id = ${campaignId} and status <> 'cancelled'`)
        return expectEqual('附件2 rows', numbered, n)
      },
    },
    {
      label: '附件2 安排表 (one 县区, its admin)',
      route: 'arrangement',
      as: 'admin',
      body: {},
      check: async (bytes) => {
        const { sheet } = await readSheet(bytes, '附件2')
        let numbered = 0
        sheet.eachRow((row, r) => {
          if (r > 4 && typeof row.getCell(1).value === 'number') numbered += 1
        })
        const { n } = await one(sql<{ n: number }[]>`
          select count(*)::int as n from activities a join units u on u.id = a.unit_id
          where a.campaign_id = ${campaignId} and a.status <> 'cancelled' and u.district_id = ${seeded.adminDistrictId}`)
        return expectEqual('district 附件2 rows', numbered, n)
      },
    },
    {
      label: '统计表 one Friday (3月6日)',
      route: 'weekly-stats',
      as: 'organiser',
      body: { period: { kind: 'deadline', deadlineId: seeded.week1 } },
      check: async (bytes) => statsTotals(bytes, 'Friday'),
    },
    {
      label: '统计表 whole month (2026年3月)',
      route: 'weekly-stats',
      as: 'organiser',
      body: { period: march },
      check: async (bytes) => {
        const problems = await statsTotals(bytes, 'month')
        const { sheet } = await readSheet(bytes, '统计表')
        const total = findRow(sheet, '合计')
        const expected = await one(sql<{ people: number; hours: string }[]>`
          select count(distinct (r.activity_id, r.user_id))::int as people, coalesce(sum(ci.hours), 0)::text as hours
          from check_ins ci join registrations r on r.id = ci.registration_id join activities a on a.id = r.activity_id
          where a.campaign_id = ${campaignId} and ci.checked_in_at >= '2026-03-01 00:00+08' and ci.checked_in_at < '2026-04-01 00:00+08'`)
        return [
          ...problems,
          ...expectEqual('month 人次 vs SQL', seen(sheet.getCell(total, 3).value), expected.people),
          ...expectEqual('month 时数 vs SQL', seen(sheet.getCell(total, 7).value), Number(expected.hours)),
        ]
      },
    },
    {
      label: '统计表 whole campaign',
      route: 'weekly-stats',
      as: 'organiser',
      body: { period: { kind: 'campaign' } },
      check: async (bytes) => statsTotals(bytes, 'campaign'),
    },
    {
      label: '区县汇总 month (all districts)',
      route: 'district-figures',
      as: 'organiser',
      body: { period: march },
      check: async (bytes) => {
        const { sheet } = await readSheet(bytes, '区县汇总')
        const total = findRow(sheet, '合计')
        return [...expectEqual('districts', total - 4, DISTRICTS), ...expectEqual('units', seen(sheet.getCell(total, 3).value), UNITS)]
      },
    },
    {
      label: '区县汇总 month (one 县区, its admin)',
      route: 'district-figures',
      as: 'admin',
      body: { period: march },
      check: async (bytes) => {
        const { sheet } = await readSheet(bytes, '区县汇总')
        return expectEqual('the admin’s districts', findRow(sheet, '合计') - 4, 1)
      },
    },
    {
      label: '志愿服务时长 i志愿 (whole campaign)',
      route: 'volunteer-hours',
      as: 'organiser',
      body: {},
      check: async (bytes) => {
        const { sheet } = await readSheet(bytes, '服务时长')
        let rows = 0
        let phones = 0
        sheet.eachRow((row, r) => {
          if (r === 1) return
          rows += 1
          if (/^1\d{10}$/.test(String(row.getCell(5).value ?? ''))) phones += 1
        })
        const expected = await one(sql<{ n: number; consented: number }[]>`
          select count(*)::int as n, count(*) filter (where exists (select 1 from privacy_consents c where c.user_id = r.user_id))::int as consented
          from check_ins ci join registrations r on r.id = ci.registration_id join activities a on a.id = r.activity_id
          where a.campaign_id = ${campaignId} and ci.checked_out_at is not null and ci.hours > 0`)
        return [...expectEqual('hours rows', rows, expected.n), ...expectEqual('unmasked phones', phones, expected.consented)]
      },
    },
  ]
}

function findRow(sheet: import('exceljs').Worksheet, text: string): number {
  for (let r = 1; r <= sheet.rowCount; r += 1) if (sheet.getCell(r, 1).value === text) return r
  return -1
}

/** The 合计 of 人次 and 时数 equal the rows above them. */
async function statsTotals(bytes: Buffer, label: string): Promise<string[]> {
  const { sheet } = await readSheet(bytes, '统计表')
  const total = findRow(sheet, '合计')
  let people = 0
  let hours = 0
  for (let r = 5; r < total; r += 1) {
    people += Number(sheet.getCell(r, 3).value)
    hours += Math.round(Number(sheet.getCell(r, 7).value) * 100)
  }
  return [
    ...(total > 5 ? [] : [`${label}: no rows`]),
    ...expectEqual(`${label} 人次 合计`, seen(sheet.getCell(total, 3).value), people),
    ...expectEqual(`${label} 时数 合计`, seen(sheet.getCell(total, 7).value), hours / 100),
  ]
}

/**
 * `--explain`: the statements the exports' own code runs (scope, counts, a month's figures, the
 * hours rows), as the organiser, each timed, and EXPLAIN (ANALYZE, BUFFERS) of the slowest three.
 */
async function explainExports(server: TBenchServer, seeded: TSeeded): Promise<void> {
  const captured: Array<{ query: string; parameters: unknown[] }> = []
  const sql = postgres(server.databaseUrl, {
    max: 1,
    onnotice: () => undefined,
    debug: (_connection, query, parameters) => captured.push({ query, parameters: parameters as unknown[] }),
  })
  const claims = JSON.stringify({ sub: seeded.organiserId, role: 'authenticated' })
  const asOrganiser = (tx: postgres.TransactionSql) => tx`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${claims}, true)`
  try {
    await sql.begin(async (tx) => {
      await asOrganiser(tx)
      captured.length = 0
      const scope = await resolveExportScope(tx, seeded.campaignId, undefined)
      await countScope(tx, seeded.campaignId, null)
      await loadStats(tx, scope, { kind: 'month', month: '2026-03' })
      await listVolunteerHours(tx, { campaignId: seeded.campaignId, districtId: null, from: new Date('2026-02-28T16:00:00Z'), to: new Date('2026-04-30T16:00:00Z'), purpose: 'registration', policyVersions: ['2027-01'] })
    })
    const literal = (value: unknown): string =>
      value === null || value === undefined
        ? 'null'
        : Array.isArray(value)
          ? `'{${value.map((v) => `"${String(v)}"`).join(',')}}'`
          : `'${(value instanceof Date ? value.toISOString() : String(value)).replace(/'/g, "''")}'`
    const timed: Array<{ text: string; ms: number }> = []
    for (const statement of captured.filter((c) => !c.query.includes('set_config'))) {
      const args = statement.parameters.map(literal)
      const text = statement.query.replace(/\$(\d+)/g, (_m, n: string) => args[Number(n) - 1] ?? 'null')
      await sql.begin(async (tx) => {
        await asOrganiser(tx)
        const started = performance.now()
        await tx.unsafe(text)
        timed.push({ text, ms: performance.now() - started })
      })
    }
    console.log('')
    printTable(['statement (as the organiser)', 'ms'], timed.map((t) => [t.text.replace(/\s+/g, ' ').trim().slice(0, 110), ms(t.ms)]))
    for (const slow of [...timed].sort((a, b) => b.ms - a.ms).slice(0, 3)) {
      await sql.begin(async (tx) => {
        await asOrganiser(tx)
        const plan = await tx.unsafe<{ 'QUERY PLAN': string }[]>(`explain (analyze, buffers) ${slow.text}`)
        console.log(`\nEXPLAIN (ANALYZE, BUFFERS) — ${slow.text.replace(/\s+/g, ' ').trim().slice(0, 100)}`)
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
    const seeded = await seed(sql, server)
    // Two in three volunteers agreed to the current privacy notice: their phones go into the hours sheet.
    await sql`
      insert into privacy_consents (user_id, policy_version, purpose)
      select id, '2027-01', 'registration' from app_users where display_name like '志愿者%' and right(phone, 1)::int % 3 <> 0`
    const tokens = {
      organiser: issueSessionToken({ userId: seeded.organiserId, ttlHours: 1 }, server.sessionSecret).token,
      admin: issueSessionToken({ userId: seeded.adminId, ttlHours: 1 }, server.sessionSecret).token,
    }
    const base = `${server.url}/api/campaigns/${seeded.campaignId}/exports`
    if (EXPLAIN) {
      await explainExports(server, seeded)
      return 0
    }

    const optionsTimes: number[] = []
    let failed = 0
    for (let i = 0; i <= RUNS; i += 1) {
      const r = await httpRequest(agent, base, { headers: { authorization: `Bearer ${tokens.organiser}` } })
      if (r.status !== 200) failed += 1
      else ZExportOptionsResponse.parse(JSON.parse(r.body))
      if (i > 0) optionsTimes.push(r.ms)
    }

    const rows: string[][] = []
    const medians: number[] = []
    const problems: string[] = []
    for (const c of cases(sql, seeded)) {
      const times: number[] = []
      let last = ''
      for (let i = 0; i <= RUNS; i += 1) {
        const r = await httpRequest(agent, `${base}/${c.route}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${tokens[c.as]}` },
          body: JSON.stringify(c.body),
          timeoutMs: 120_000,
        })
        if (r.status !== 200) {
          failed += 1
          console.log(`${c.label}: HTTP ${r.status} ${r.body.slice(0, 300)}`)
          continue
        }
        last = r.body
        if (i > 0) times.push(r.ms)
      }
      if (!last) {
        rows.push([c.label, '-', '-', '-', '-', 'FAILED'])
        continue
      }
      const file = ZExportResponse.parse(JSON.parse(last))
      const started = performance.now()
      const bytes = Buffer.from(await (await fetch(file.url)).arrayBuffer())
      const downloadMs = performance.now() - started
      const wrong = await c.check(bytes)
      problems.push(...wrong.map((w) => `${c.label}: ${w}`))
      const s = summarise(times)
      medians.push(s.p50)
      rows.push([c.label, ms(s.p50), ms(s.max), `${(bytes.length / 1024).toFixed(0)} KB`, ms(downloadMs), s.p50 <= GOAL_MS ? 'ok' : 'MISSED'])
    }
    const o = summarise(optionsTimes)
    console.log('')
    console.log(`POST /api/campaigns/:id/exports/… (${RUNS} runs each after a warm-up, sequential, client-side):`)
    printTable(['export', 'median ms', 'max ms', 'file', 'download ms', `goal ≤ ${GOAL_MS}`], [
      ['GET options (periods, counts)', ms(o.p50), ms(o.max), '-', '-', o.p50 <= GOAL_MS ? 'ok' : 'MISSED'],
      ...rows,
    ])
    for (const problem of problems) console.log(`CHECK FAILED: ${problem}`)
    if (problems.length === 0) console.log('files checked against SQL: sheets, zip entries, 附件2 rows, 统计表 合计 (month against check-ins), districts, hours rows and phones')
    if (failed > 0) console.log(`CHECK FAILED: ${failed} requests did not return 200`)
    console.log(`export: max_ms=${Math.round(Math.max(o.p50, ...medians))}`)
    return failed === 0 && problems.length === 0 ? 0 : 1
  } finally {
    agent.destroy()
    await sql.end({ timeout: 5 })
  }
}

void runBench('export', { hardTimeoutMs: 15 * 60_000 }, main)
