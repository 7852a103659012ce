import { execFile } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import path from 'node:path'
import jsQR from 'jsqr'
import { ZSessionResponse } from '../../types/api/auth'
import { ZListInvitesResponse } from '../../types/api/invites'
import { parseTerminalQr } from '../../cloud/scripts/terminal-qr'
import { api } from '../setup/api-client'
import { connectTestDb } from '../setup/db'
import { tokenFor } from '../setup/journey'

/**
 * `npm run invite` against the test server's DATABASE_URL: the printed code works at
 * /api/auth/join, and the printed QR code, read back by a QR decoder, is the join link.
 */
const sql = connectTestDb()
afterAll(() => sql.end())

const ROOT = path.resolve(__dirname, '../..')

function runInvite(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, DATABASE_URL: process.env.TEST_DATABASE_URL, PUBLIC_URL: process.env.TEST_API_URL }
  return new Promise((resolve) => {
    execFile('npm', ['run', '-s', 'invite', '--', ...args], { cwd: ROOT, env, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
    })
  })
}

/** The QR block of the printed text, rendered to pixels and decoded as a phone camera would. */
function decodePrintedQr(stdout: string): string | null {
  const lines = stdout.split('\n')
  const start = lines.findIndex((line) => line.startsWith('加入链接：')) + 2
  const grid = parseTerminalQr(lines.slice(start).filter((line) => line.length > 0).join('\n'))
  const scale = 4
  const side = Math.max(...grid.map((row) => row.length)) * scale
  const height = grid.length * scale
  const size = Math.max(side, height)
  const data = new Uint8ClampedArray(size * size * 4).fill(255)
  grid.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return
      for (let dy = 0; dy < scale; dy += 1)
        for (let dx = 0; dx < scale; dx += 1) {
          const offset = ((y * scale + dy) * size + x * scale + dx) * 4
          data[offset] = data[offset + 1] = data[offset + 2] = 0
        }
    }),
  )
  return jsQR(data, size, size, { inversionAttempts: 'dontInvert' })?.data ?? null
}

async function newUser(name: string): Promise<string> {
  const [user] = await sql<{ id: string }[]>`insert into app_users (display_name) values (${name}) returning id`
  return user!.id
}

describe('npm run invite', () => {
  let campaignId: string
  let slug: string
  beforeAll(async () => {
    slug = `t-cli-${randomUUID().slice(0, 8)}`
    const [campaign] = await sql<{ id: string }[]>`
      insert into campaigns (slug, issuer, city, year, title, period_start, period_end, is_published)
      values (${slug}, '测试文明办', '测试市', 2030, '命令行邀请测试', '2030-03-01', '2030-03-31', false) returning id`
    campaignId = campaign!.id
    const [district] = await sql<{ id: string }[]>`
      insert into districts (campaign_id, key, name, kind) values (${campaignId}, 'east', '东区', 'county') returning id`
    await sql`insert into units (campaign_id, district_id, key, name) values (${campaignId}, ${district!.id}, 'e1', '东区一单位')`
  })

  it('creates a campaign’s first organiser: the printed code and QR work at /api/auth/join', async () => {
    const run = await runInvite(['--campaign', slug, '--role', 'organiser', '--uses', '2', '--days', '14'])
    expect(run.code).toBe(0)
    const code = /^邀请码：([A-Z0-9]{8})$/m.exec(run.stdout)?.[1]
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{8}$/)
    expect(run.stdout).toContain('邀请码已生成：组织方')
    expect(run.stdout).toContain('活动月：命令行邀请测试')
    expect(run.stdout).toContain('可用次数：2 次')
    expect(run.stdout).toMatch(/有效期：\d{4}年\d{1,2}月\d{1,2}日 24:00 前有效（北京时间）/)
    expect(run.stdout).toContain(`输入邀请码 ${code}`)
    const link = `${process.env.TEST_API_URL}/#/pages/me/index?invite=${code}`
    expect(run.stdout).toContain(`加入链接：${link}`)
    expect(decodePrintedQr(run.stdout)).toBe(link)

    const [row] = await sql<{ role: string; max_uses: number; created_by: string | null; expires_at: Date }[]>`
      select role::text, max_uses, created_by, expires_at from invite_codes where code = ${code!}`
    expect(row).toMatchObject({ role: 'organiser', max_uses: 2, created_by: null })
    const days = (row!.expires_at.getTime() - Date.now()) / 86400_000
    expect(days).toBeGreaterThan(14)
    expect(days).toBeLessThanOrEqual(15)
    const [audit] = await sql<{ via: string }[]>`
      select after->>'via' as via from audit_log where action = 'invite.issue' and after->>'code' = ${code!} and actor_id is null`
    expect(audit?.via).toBe('cli')

    // The first organiser joins with it, and can then run the campaign's invites in the app.
    const organiser = await newUser('第一位组织方')
    const joined = await api('/api/auth/join', { token: tokenFor(organiser), body: { inviteCode: code!.toLowerCase() } })
    expect(joined.status).toBe(200)
    expect(ZSessionResponse.parse(joined.body).user.memberships).toContainEqual(
      expect.objectContaining({ campaignId, role: 'organiser', campaignTitle: '命令行邀请测试' }),
    )
    const list = await api(`/api/campaigns/${campaignId}/invites`, { token: tokenFor(organiser) })
    expect(list.status).toBe(200)
    expect(ZListInvitesResponse.parse(list.body).items).toContainEqual(expect.objectContaining({ code, useCount: 1, state: 'live' }))
  })

  it('a district admin code by campaign id and district key, as JSON', async () => {
    const run = await runInvite(['--campaign', campaignId, '--role', 'district_admin', '--district', 'east', '--json'])
    expect(run.code).toBe(0)
    const printed = JSON.parse(run.stdout.trim()) as { code: string; role: string; joinUrl: string }
    expect(printed).toMatchObject({ role: 'district_admin', joinUrl: `${process.env.TEST_API_URL}/#/pages/me/index?invite=${printed.code}` })
    const admin = await newUser('东区管理员')
    const joined = await api('/api/auth/join', { token: tokenFor(admin), body: { inviteCode: printed.code } })
    expect(ZSessionResponse.parse(joined.body).user.memberships).toContainEqual(
      expect.objectContaining({ role: 'district_admin', districtName: '东区' }),
    )
  })

  it('says in Chinese what is wrong, with exit code 2', async () => {
    const unknown = await runInvite(['--campaign', 'no-such-campaign', '--role', 'organiser'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('没有找到活动月“no-such-campaign”')
    const noUnit = await runInvite(['--campaign', slug, '--role', 'unit_contact'])
    expect(noUnit.code).toBe(2)
    expect(noUnit.stderr).toContain('--unit')
    const badDistrict = await runInvite(['--campaign', slug, '--role', 'district_admin', '--district', 'west'])
    expect(badDistrict.stderr).toContain('可用的区县 key：east（东区）')
    const badUses = await runInvite(['--campaign', slug, '--role', 'organiser', '--uses', '0'])
    expect(badUses.code).toBe(2)
    expect(badUses.stderr).toContain('可用次数至少为 1')
    const unit = await runInvite(['--campaign', slug, '--role', 'unit_contact', '--unit', 'e1'])
    expect(unit.stdout).toContain('邀请码已生成：单位联系人（东区一单位）')
    // One live code per unit, here too.
    const again = await runInvite(['--campaign', slug, '--role', 'unit_contact', '--unit', 'e1'])
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('已有有效邀请码')
  })
})
