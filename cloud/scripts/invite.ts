/**
 * npm run invite -- --campaign <id|slug> --role organiser [--uses 3] [--days 14] [--note "…"]
 *                   [--district <key>] [--unit <key>] [--url <H5 address>] [--json]
 *
 * Creates an invite code as service role — the way a campaign gets its first organiser, who then
 * invites everyone else in the app — and prints the code, its expiry, how to join (in Chinese) and
 * a QR code of the join link (<H5 address>/#/pages/me/index?invite=<code>) drawn in the terminal.
 * --role district_admin needs --district <key>; --role unit_contact needs --unit <key>.
 *
 * Which database: DATABASE_URL when set (Supabase: the pooler URL works; the migrations must have
 * been pushed). Otherwise the local data folder as `npm start` uses it (DATA_DIR or .data): when
 * `npm start` is running, its Postgres is used over its port — never a second server on the same
 * folder; when it is not, the embedded Postgres is started on the folder (migrated and seeded like
 * a first `npm start`), the code written, and Postgres stopped again.
 *
 * The join link's address: --url, else PUBLIC_URL, else http://localhost:$PORT for the local data.
 * Against a remote DATABASE_URL without either, the code is printed without a QR code.
 *
 * --json prints one JSON object {code, role, campaign, expiresAt, maxUses, joinUrl}. Exit code: 0
 * done, 2 wrong arguments or nothing found.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ZInviteRole, ZIssueInvitesRequest, type TInvite, type TIssueInvitesRequest } from '../../types/api/invites'
import { ROLE_LABELS } from '../../types/domain'
import { encodeQr } from '../../src/shared/qr/encode-qr'
import { resetEnvCache } from '../lib/config/env'
import { closeSql, getSql } from '../lib/db/client'
import { migrate } from '../lib/db/migrate'
import { withServiceTx } from '../lib/db/transaction'
import { AppError } from '../lib/errors/app-error'
import { issueInvitesInTx } from '../lib/invites/issue-invites'
import { findCampaign, findDistricts, findUnitByKey, type TCampaignRow } from '../lib/invites/repository'
import { seedDatabase } from '../lib/seed/seed-database'
import { defaultDataDir, runningEmbeddedDbUrl, startEmbeddedDb, type TEmbeddedDb } from '../server/embedded-db'
import { renderTerminalQr } from './terminal-qr'
import { quoteName } from '../../types/quote-name'

const USAGE =
  '用法: npm run invite -- --campaign <活动月编号或 slug> --role organiser|district_admin|unit_contact ' +
  '[--uses 次数] [--days 天数] [--district <区县 key>] [--unit <单位 key>] [--note 备注] [--url <H5 地址>] [--json]'

class CliError extends Error {}

type TArgs = {
  campaign: string
  target: 'unit' | 'organiser' | 'district_admin'
  options: { maxUses?: number; days?: number; note?: string | null }
  unitKey?: string
  districtKey?: string
  url?: string
  json: boolean
}

function readArgs(): TArgs {
  let parsed
  try {
    parsed = parseArgs({
      options: {
        campaign: { type: 'string' },
        role: { type: 'string' },
        uses: { type: 'string' },
        days: { type: 'string' },
        district: { type: 'string' },
        unit: { type: 'string' },
        note: { type: 'string' },
        url: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    })
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`)
  }
  const { values } = parsed
  if (!values.campaign) throw new CliError(`缺少 --campaign\n${USAGE}`)
  const role = ZInviteRole.safeParse(values.role)
  if (!role.success) throw new CliError(`--role 应为 organiser（组织方）、district_admin（区县管理员）或 unit_contact（单位联系人）\n${USAGE}`)
  if (role.data === 'district_admin' && !values.district) throw new CliError('区县管理员的邀请码要指定区县：--district <区县 key>')
  if (role.data === 'unit_contact' && !values.unit) throw new CliError('单位联系人的邀请码要指定单位：--unit <单位 key>（为所有单位生成请在组织方工作台操作）')
  if (role.data !== 'district_admin' && values.district) throw new CliError('--district 只用于 --role district_admin')
  if (role.data !== 'unit_contact' && values.unit) throw new CliError('--unit 只用于 --role unit_contact')
  const target = role.data === 'unit_contact' ? 'unit' : role.data
  // The same rules as the API's (uses 1–200, days 1–365), with the same Chinese messages.
  const checked = ZIssueInvitesRequest.safeParse({
    target,
    unitId: '00000000-0000-4000-8000-000000000000',
    districtId: '00000000-0000-4000-8000-000000000000',
    maxUses: values.uses,
    days: values.days,
    note: values.note,
  })
  if (!checked.success) throw new CliError(checked.error.issues.map((i) => i.message).join('；'))
  const { maxUses, days, note } = checked.data
  return {
    campaign: values.campaign,
    target,
    options: { maxUses, days, note },
    unitKey: values.unit,
    districtKey: values.district,
    url: values.url,
    json: values.json ?? false,
  }
}

/** Connects to DATABASE_URL or the local data folder (see the header); returns how to let go. */
async function connect(): Promise<{ local: boolean; release: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { local: false, release: closeSql }
  const pgDir = path.join(process.env.DATA_DIR ?? defaultDataDir(), 'pg')
  const running = runningEmbeddedDbUrl(pgDir)
  let embedded: TEmbeddedDb | undefined
  if (running) {
    process.env.DATABASE_URL = running
    console.error(`使用正在运行的本地服务的数据库（${pgDir}）`)
  } else {
    embedded = await startEmbeddedDb({ dataDir: pgDir, log: (line) => console.error(line) })
    process.env.DATABASE_URL = embedded.url
    console.error(`本地服务未运行：临时启动本地数据库（${pgDir}），写入后关闭`)
  }
  resetEnvCache()
  if (embedded) {
    await migrate(getSql())
    await withServiceTx((tx) => seedDatabase(tx))
  }
  return {
    local: true,
    release: async () => {
      await closeSql()
      await embedded?.stop()
    },
  }
}

function joinBase(args: TArgs, local: boolean): string | null {
  const base = args.url ?? process.env.PUBLIC_URL ?? (local ? `http://localhost:${process.env.PORT ?? 3000}` : null)
  return base ? base.replace(/\/+$/, '') : null
}

async function createInvite(args: TArgs, baseUrl: string): Promise<{ invite: TInvite; campaign: TCampaignRow }> {
  return withServiceTx(async (tx) => {
    const campaign = await findCampaign(tx, args.campaign)
    if (!campaign) throw new CliError(`没有找到活动月“${args.campaign}”（用活动月编号 UUID 或 slug，如 demo）`)
    let request: TIssueInvitesRequest
    if (args.target === 'unit') {
      const unit = await findUnitByKey(tx, campaign.id, args.unitKey ?? '')
      if (!unit) throw new CliError(`活动月${quoteName(campaign.title, '“”')}没有单位“${args.unitKey ?? ''}”（用单位 key）`)
      request = { ...args.options, target: 'unit', unitId: unit.id }
    } else if (args.target === 'district_admin') {
      const districts = await findDistricts(tx, campaign.id)
      const district = districts.find((d) => d.key === args.districtKey || d.id === args.districtKey)
      if (!district) {
        const known = districts.map((d) => `${d.key}（${d.name}）`).join('、') || '无'
        throw new CliError(`活动月${quoteName(campaign.title, '“”')}没有区县“${args.districtKey ?? ''}”。可用的区县 key：${known}`)
      }
      request = { ...args.options, target: 'district_admin', districtId: district.id }
    } else {
      request = { ...args.options, target: 'organiser' }
    }
    const { created } = await issueInvitesInTx(tx, null, campaign.id, request, { baseUrl })
    const invite = created[0]
    if (!invite) throw new Error('no invite created')
    return { invite, campaign }
  })
}

/** 2027-03-16T00:00:00+08:00 (the moment it stops working) → 2027年3月15日 (the last day it works). */
function lastDay(expiresAt: string | null): string {
  if (!expiresAt) return '长期有效'
  const last = new Date(Date.parse(expiresAt) - 1 + 8 * 3600_000)
  return `${last.getUTCFullYear()}年${last.getUTCMonth() + 1}月${last.getUTCDate()}日 24:00 前有效（北京时间）`
}

function printHuman(invite: TInvite, campaign: TCampaignRow, withQr: boolean): void {
  const who = invite.unitName ?? invite.districtName
  const lines = [
    `邀请码已生成：${ROLE_LABELS[invite.role]}${who ? `（${who}）` : ''}`,
    `活动月：${campaign.title}`,
    `邀请码：${invite.code}`,
    `可用次数：${invite.maxUses} 次`,
    `有效期：${lastDay(invite.expiresAt)}`,
    '',
    '加入方法：',
    '  1. 微信打开“学雷锋志愿服务月”小程序（或在浏览器打开下方链接），进入「我的」并登录；',
    `  2. 在「加入单位或组织方」中输入邀请码 ${invite.code}，点「加入」；`,
    withQr ? '  3. 也可以直接扫描下方二维码，登录后邀请码会自动填好。' : '  （设置 PUBLIC_URL 或 --url 为 H5 站点地址后，可打印加入二维码。）',
  ]
  if (withQr) lines.push('', `加入链接：${invite.joinUrl}`, '', renderTerminalQr(encodeQr(invite.joinUrl), { ansi: Boolean(process.stdout.isTTY) }))
  console.log(lines.join('\n'))
}

async function main(): Promise<number> {
  const json = process.argv.includes('--json')
  // With --json, stdout carries exactly one JSON object: libraries' lines go to stderr.
  const print = console.log
  if (json) console.log = console.error
  let args: TArgs
  try {
    args = readArgs()
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    return 2
  }
  const connection = await connect()
  try {
    const base = joinBase(args, connection.local)
    const { invite, campaign } = await createInvite(args, base ?? '')
    if (json) {
      print(JSON.stringify({ code: invite.code, role: invite.role, campaign: { id: campaign.id, slug: campaign.slug, title: campaign.title }, expiresAt: invite.expiresAt, maxUses: invite.maxUses, joinUrl: base ? invite.joinUrl : null }))
    } else {
      printHuman(invite, campaign, base !== null)
    }
    return 0
  } catch (error) {
    if (error instanceof CliError) console.error(error.message)
    else if (error instanceof AppError) console.error(error.userMessage)
    else throw error
    return 2
  } finally {
    await connection.release()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)

