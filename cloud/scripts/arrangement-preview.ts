/**
 * npm run -s arrangement:preview -- <file.xlsx> [--campaign <id>] [--unit <单位名称>] [--json]
 *
 * Checks a unit's 附件2 workbook exactly as the app's import preview does, without the app: every
 * row with its errors and warnings by column. Dates written without a year take the campaign's
 * year; without --campaign that is the campaign the app opens on (GET /api/app-config's choice).
 * With --unit, 单位(组织) is compared with that unit's name as in the app.
 *
 * The campaign is read from the database: DATABASE_URL when set; else the local data folder
 * (DATA_DIR or .data, as `npm start` uses it): when `npm start` is running, its Postgres is read
 * over its port (no second server on the same folder); otherwise the embedded Postgres is started
 * on that folder (migrated and seeded like a first `npm start`), read and stopped again.
 *
 * --json prints one JSON object on one line: {campaign, rows: [{row, ok, errors, warnings}],
 * valid, invalid}; a file that cannot be read prints {error: {code, message}}. (Use `npm run -s`
 * so npm's own banner stays off stdout.) Exit code: 0 all rows valid, 1 some rows invalid,
 * 2 the file or the arguments are wrong.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { inspectXlsx } from '../lib/arrangement/inspect-xlsx'
import { parseArrangementWorkbook, type TParsedWorkbook } from '../lib/arrangement/parse-workbook'
import { findCampaignPeriod, type TCampaignPeriod } from '../lib/arrangement/repository'
import { getAppConfig } from '../lib/campaigns/get-app-config'
import { resetEnvCache } from '../lib/config/env'
import { closeSql, getSql } from '../lib/db/client'
import { migrate } from '../lib/db/migrate'
import { withServiceTx } from '../lib/db/transaction'
import { AppError } from '../lib/errors/app-error'
import { seedDatabase } from '../lib/seed/seed-database'
import { defaultDataDir, runningEmbeddedDbUrl, startEmbeddedDb, type TEmbeddedDb } from '../server/embedded-db'
import { quoteName } from '../../types/quote-name'

const USAGE = '用法: npm run -s arrangement:preview -- <附件2.xlsx> [--campaign <活动月编号>] [--unit <单位名称>] [--json]'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

async function main(): Promise<number> {
  let json = process.argv.includes('--json')
  // Libraries must not write to stdout: it carries exactly one JSON object.
  if (json) console.log = console.error
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: { campaign: { type: 'string' }, unit: { type: 'string' }, json: { type: 'boolean', default: false } },
    })
    json = values.json ?? false
    const file = positionals[0]
    if (!file || positionals.length > 1) throw new CliError('usage', USAGE)
    if (values.campaign !== undefined && !UUID.test(values.campaign)) throw new CliError('usage', `--campaign 应为活动月编号（UUID），收到“${values.campaign}”`)
    const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
      throw new CliError('file_not_found', error.code === 'ENOENT' ? `文件不存在：${file}` : `无法读取文件：${file}（${error.code ?? error.message}）`)
    })
    // A file that is not a workbook is said so before any database is touched.
    inspectXlsx(bytes)
    const campaign = await readCampaign(values.campaign ?? null)
    const parsed = await parseArrangementWorkbook(bytes, {
      year: campaign.year,
      periodStart: campaign.period_start,
      periodEnd: campaign.period_end,
      unitName: values.unit?.trim() || null,
    })
    const result = summarise(parsed, campaign)
    if (json) process.stdout.write(`${JSON.stringify(result)}\n`)
    else printHuman(file, parsed, result, campaign)
    return result.invalid > 0 ? 1 : 0
  } catch (error) {
    const failure =
      error instanceof AppError
        ? { code: error.code, message: error.userMessage }
        : error instanceof CliError
          ? { code: error.code, message: error.message }
          : { code: 'internal', message: error instanceof Error ? error.message : String(error) }
    if (json) process.stdout.write(`${JSON.stringify({ error: failure })}\n`)
    else console.error(`无法检查：${failure.message}`)
    return 2
  }
}

/** The campaign, from DATABASE_URL or the local data folder (see the header comment). */
async function readCampaign(campaignId: string | null): Promise<TCampaignPeriod> {
  let embedded: TEmbeddedDb | undefined
  if (!process.env.DATABASE_URL) {
    const pgDir = path.join(process.env.DATA_DIR ?? defaultDataDir(), 'pg')
    const running = runningEmbeddedDbUrl(pgDir)
    if (running) process.env.DATABASE_URL = running
    else {
      embedded = await startEmbeddedDb({ dataDir: pgDir, log: (line) => console.error(line) })
      process.env.DATABASE_URL = embedded.url
    }
    resetEnvCache()
  }
  try {
    if (embedded) {
      await migrate(getSql())
      await withServiceTx((tx) => seedDatabase(tx))
    }
    return await withServiceTx(async (tx) => {
      const id = campaignId ?? (await getAppConfig(tx)).currentCampaignId
      if (!id) throw new CliError('campaign_not_found', '数据库里还没有活动月，请用 --campaign 指定')
      const found = await findCampaignPeriod(tx, id)
      if (!found) throw new CliError('campaign_not_found', `没有找到活动月 ${id}`)
      return found
    })
  } finally {
    await closeSql()
    await embedded?.stop()
  }
}

type TResult = {
  campaign: { id: string; title: string; year: number; periodStart: string; periodEnd: string }
  rows: Array<{ row: number; ok: boolean; errors: Array<{ column: string; message: string }>; warnings: Array<{ column: string; message: string }> }>
  valid: number
  invalid: number
}

function summarise(parsed: TParsedWorkbook, campaign: TCampaignPeriod): TResult {
  const rows = parsed.rows.map(({ row, ok, errors, warnings }) => ({ row, ok, errors, warnings }))
  return {
    campaign: { id: campaign.id, title: campaign.title, year: campaign.year, periodStart: campaign.period_start, periodEnd: campaign.period_end },
    rows,
    valid: rows.filter((r) => r.ok).length,
    invalid: rows.filter((r) => !r.ok).length,
  }
}

function printHuman(file: string, parsed: TParsedWorkbook, result: TResult, campaign: TCampaignPeriod): void {
  console.log(`${file}：工作表“${parsed.sheetName}”，表头在第 ${parsed.headerRow} 行`)
  console.log(`按活动月${quoteName(campaign.title, '“”')}（${campaign.period_start} 至 ${campaign.period_end}）检查\n`)
  for (const row of parsed.rows) {
    console.log(`第 ${row.row} 行 ${row.ok ? '✓' : '✗'} ${row.label}`)
    for (const issue of row.errors) console.log(`    错误 [${issue.column}] ${issue.message}`)
    for (const issue of row.warnings) console.log(`    提醒 [${issue.column}] ${issue.message}`)
  }
  console.log(`\n共 ${parsed.rows.length} 行：${result.valid} 行正确，${result.invalid} 行有错误`)
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(2)
  },
)
