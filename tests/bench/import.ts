/**
 * `npm run bench:import`: a 1 000-row 附件2 workbook previewed and imported, end to end.
 *
 * Starts the local server (embedded Postgres, migrated and seeded) on a fresh data directory,
 * creates a campaign for the coming March with one unit and its contact per run, generates a
 * workbook as a unit would fill it (the notice's layout, 1 000 valid rows written with exceljs),
 * then times what the app does over HTTP: POST /api/uploads (signed URL) → PUT the bytes →
 * POST /api/units/:id/arrangement-imports (claim, inspect, parse, validate every row, store the
 * preview) → POST /api/arrangement-imports/:id/apply (all rows, one transaction). Checks the
 * preview (1 000 valid, 0 invalid) and the database (1 000 activities of that unit). Three runs
 * on fresh units; the first is cold (modules and JIT warm up on it).
 *
 * Goal: ≤ 3 000 ms for upload + preview + apply. Last line: `import: ms=<median total> rows=<n>`.
 */
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import postgres from 'postgres'
import { issueSessionToken } from '../../cloud/lib/auth/session-token'
import { comingMarchYear } from '../../cloud/lib/seed/campaigns'
import { ZApplyArrangementImportResponse, ZArrangementPreview } from '../../types/api/arrangement'
import { ZCreateUploadResponse } from '../../types/api/uploads'
import { XLSX, generatedWorkbook } from '../setup/arrangement-workbooks'
import { ms, printTable, runBench, type TBenchServer } from './bench-server'

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 1000)
const RUNS = 3
const GOAL_MS = 3000

type TTimings = { upload: number; put: number; preview: number; apply: number; total: number }

async function post(server: TBenchServer, token: string, route: string, body: unknown): Promise<{ status: number; json: unknown; ms: number }> {
  const started = performance.now()
  const response = await fetch(`${server.url}${route}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  const json: unknown = await response.json()
  return { status: response.status, json, ms: performance.now() - started }
}

async function oneRun(server: TBenchServer, sql: postgres.Sql, year: number, run: number): Promise<TTimings> {
  const [campaign] = await sql<{ id: string }[]>`
    insert into campaigns (slug, issuer, city, year, title, period_start, period_end)
    values (${`bench-import-${run}`}, '基准测试文明办', '连云港市', ${year}, ${`${year}年学雷锋志愿服务活动（压测 ${run}）`}, ${`${year}-03-01`}, ${`${year}-03-31`})
    returning id`
  const unitName = `基准测试单位${run}`
  const [unit] = await sql<{ id: string }[]>`insert into units (campaign_id, key, name) values (${campaign!.id}, 'bench', ${unitName}) returning id`
  const [user] = await sql<{ id: string }[]>`insert into app_users (display_name) values ('压测联系人') returning id`
  await sql`insert into memberships (user_id, campaign_id, role, unit_id) values (${user!.id}, ${campaign!.id}, 'unit_contact', ${unit!.id})`
  const token = issueSessionToken({ userId: user!.id, ttlHours: 1 }, server.sessionSecret).token

  const generated = performance.now()
  const bytes = await generatedWorkbook(ROWS, unitName, year)
  console.log(`run ${run}: workbook generated (${ROWS} rows, ${(bytes.length / 1024).toFixed(0)} KB) in ${ms(performance.now() - generated)} ms (not timed)`)

  const asked = await post(server, token, '/api/uploads', { unitId: unit!.id, purpose: 'arrangement_workbook', contentType: XLSX, byteSize: bytes.length })
  if (asked.status !== 200) throw new Error(`upload URL: ${asked.status} ${JSON.stringify(asked.json)}`)
  const signed = ZCreateUploadResponse.parse(asked.json)
  const putStarted = performance.now()
  const put = await fetch(signed.uploadUrl, { method: 'PUT', body: bytes, headers: { 'content-type': XLSX } })
  await put.arrayBuffer()
  const putMs = performance.now() - putStarted
  if (put.status !== 200) throw new Error(`PUT: ${put.status}`)

  const previewed = await post(server, token, `/api/units/${unit!.id}/arrangement-imports`, { path: signed.path, fileName: 'bench.xlsx' })
  if (previewed.status !== 200) throw new Error(`preview: ${previewed.status} ${JSON.stringify(previewed.json)}`)
  const preview = ZArrangementPreview.parse(previewed.json)
  if (preview.valid !== ROWS || preview.invalid !== 0) throw new Error(`preview: valid ${preview.valid}, invalid ${preview.invalid}`)

  const applied = await post(server, token, `/api/arrangement-imports/${preview.importId}/apply`, { mode: 'all', publish: true })
  if (applied.status !== 200) throw new Error(`apply: ${applied.status} ${JSON.stringify(applied.json)}`)
  const result = ZApplyArrangementImportResponse.parse(applied.json)
  const [count] = await sql<{ n: number }[]>`select count(*)::int as n from activities where unit_id = ${unit!.id} and status = 'published'`
  if (result.created !== ROWS || count?.n !== ROWS) throw new Error(`apply created ${result.created}, database has ${count?.n}`)

  const timings = { upload: asked.ms, put: putMs, preview: previewed.ms, apply: applied.ms, total: 0 }
  timings.total = timings.upload + timings.put + timings.preview + timings.apply
  return timings
}

async function main(server: TBenchServer): Promise<number> {
  const sql = postgres(server.databaseUrl, { max: 2, onnotice: () => undefined })
  try {
    const year = comingMarchYear(new Date())
    const runs: TTimings[] = []
    for (let run = 1; run <= RUNS; run += 1) runs.push(await oneRun(server, sql, year, run))
    console.log('')
    printTable(
      ['run', 'upload URL ms', 'PUT ms', 'preview ms', 'apply ms', 'total ms', `goal ≤ ${GOAL_MS}`],
      runs.map((t, i) => [`${i + 1}${i === 0 ? ' (cold)' : ''}`, ms(t.upload), ms(t.put), ms(t.preview), ms(t.apply), ms(t.total), t.total <= GOAL_MS ? 'ok' : 'MISSED']),
    )
    const median = [...runs.map((t) => t.total)].sort((a, b) => a - b)[Math.floor(runs.length / 2)]!
    console.log(`\n${ROWS} rows previewed and imported over HTTP; median of ${RUNS} runs ${ms(median)} ms, cold run ${ms(runs[0]!.total)} ms`)
    console.log(`import: ms=${Math.round(median)} rows=${ROWS}`)
    return 0
  } finally {
    await sql.end()
  }
}

if (path.resolve(process.argv[1] ?? '') === __filename) void runBench('import', { hardTimeoutMs: 5 * 60_000 }, main)
