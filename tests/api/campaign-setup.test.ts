import { randomUUID } from 'node:crypto'
import type { CellValue } from 'exceljs'
import type postgres from 'postgres'
import { newWorkbook, workbookBytes } from '../../cloud/lib/excel/new-workbook'
import {
  ZApplyUnitImportResponse,
  ZCampaignSetup,
  ZCreatedCampaignResponse,
  ZFridayDeadlinesResponse,
  ZUnitImportPreview,
  type TCampaignSetup,
} from '../../types/api/campaign-setup'
import { ZCreateUploadResponse } from '../../types/api/uploads'
import { api } from '../setup/api-client'
import { asUser, connectTestDb } from '../setup/db'
import { tokenFor } from '../setup/journey'

/**
 * 活动月设置 through the API as organisers use it: basic facts and the period (a month, a range,
 * year-round), deadlines (one-off and every Friday of a month, in Shanghai time; edit, and
 * deleting refused once units answered), quotas, contacts, districts and units typed or imported
 * from messy unit-list workbooks, a new campaign and 复制去年的活动月. Who may do it: the
 * campaign's organisers only — checked through the API and with RLS directly (asUser).
 */
const sql: postgres.Sql = connectTestDb()
afterAll(() => sql.end())

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

type TFixture = {
  id: string
  organiser: string
  token: string
  districtAdmin: string
  other: { id: string; organiser: string; token: string; districtId: string }
}

async function user(name: string): Promise<string> {
  const [row] = await sql<{ id: string }[]>`insert into app_users (display_name) values (${name}) returning id`
  return row!.id
}

/** A March 2027 campaign with an organiser and a district admin, and another campaign with its own organiser. */
async function createFixture(): Promise<TFixture> {
  const make = async (title: string) => {
    const [c] = await sql<{ id: string }[]>`
      insert into campaigns (slug, issuer, city, year, title, period_start, period_end, is_published)
      values (${`t-setup-${randomUUID().slice(0, 8)}`}, '测试文明办', '测试市', 2027, ${title}, '2027-03-01', '2027-03-31', false)
      returning id`
    const [d] = await sql<{ id: string }[]>`insert into districts (campaign_id, key, name, kind) values (${c!.id}, 'd1', '海州区', 'county') returning id`
    const organiser = await user(`${title}组织方`)
    await sql`insert into memberships (user_id, campaign_id, role) values (${organiser}, ${c!.id}, 'organiser')`
    return { id: c!.id, organiser, token: tokenFor(organiser), districtId: d!.id }
  }
  const mine = await make('设置测试活动月')
  const other = await make('别人的活动月')
  const districtAdmin = await user('区县管理员')
  await sql`insert into memberships (user_id, campaign_id, role, district_id) values (${districtAdmin}, ${mine.id}, 'district_admin', ${mine.districtId})`
  return { id: mine.id, organiser: mine.organiser, token: mine.token, districtAdmin, other }
}

const setupPath = (id: string, rest = '') => `/api/campaigns/${id}/setup${rest}`

async function ok(reply: Promise<{ status: number; body: any }>): Promise<any> {
  const r = await reply
  if (r.status !== 200) throw new Error(`answered ${r.status}: ${JSON.stringify(r.body)}`)
  return r.body
}

async function setup(f: TFixture): Promise<TCampaignSetup> {
  return ZCampaignSetup.parse(await ok(api(setupPath(f.id), { token: f.token })))
}

async function auditActions(campaignId: string): Promise<string[]> {
  const rows = await sql<{ action: string }[]>`select action from audit_log where campaign_id = ${campaignId} order by id`
  return rows.map((r) => r.action)
}

const basics = {
  title: '2027年学雷锋志愿服务月',
  issuer: '测试市文明办',
  issuers: ['测试市文明办', '共青团测试市委'],
  city: '测试市',
  year: 2027,
  theme: '志愿我先行',
  summary: '通知摘要',
  period: { kind: 'month', month: '2027-03' },
  isPublished: false,
}

describe('basic facts and the period', () => {
  let f: TFixture
  beforeAll(async () => {
    f = await createFixture()
  })

  it('edits title, issuers, theme, the period as a month, a range or year-round, and publishing — each change audited', async () => {
    const month = ZCampaignSetup.parse(await ok(api(setupPath(f.id), { method: 'PUT', token: f.token, body: basics })))
    expect(month.canEdit).toBe(true)
    expect(month.campaign).toMatchObject({ title: '2027年学雷锋志愿服务月', issuers: ['测试市文明办', '共青团测试市委'], theme: '志愿我先行', isPublished: false })
    expect(month.campaign.period).toEqual({ kind: 'month', start: '2027-03-01', end: '2027-03-31', text: '2027年3月' })

    const range = ZCampaignSetup.parse(
      await ok(api(setupPath(f.id), { method: 'PUT', token: f.token, body: { ...basics, period: { kind: 'range', start: '2027-03-01', end: '2027-10-10' } } })),
    )
    expect(range.campaign.period).toMatchObject({ kind: 'range', end: '2027-10-10', text: '2027年3月1日至10月10日' })

    const yearRound = ZCampaignSetup.parse(
      await ok(api(setupPath(f.id), { method: 'PUT', token: f.token, body: { ...basics, isPublished: true, period: { kind: 'year_round', start: '2027-03-05' } } })),
    )
    expect(yearRound.campaign.period).toEqual({ kind: 'year_round', start: '2027-03-05', end: '2027-12-31', text: '2027年3月5日起，全年' })
    expect(yearRound.campaign.isPublished).toBe(true)
    const [row] = await sql<{ is_year_round: boolean; period_end: string; is_published: boolean }[]>`
      select is_year_round, period_end::text, is_published from campaigns where id = ${f.id}`
    expect(row).toEqual({ is_year_round: true, period_end: '2027-12-31', is_published: true })

    // Back to March for the deadline tests.
    await ok(api(setupPath(f.id), { method: 'PUT', token: f.token, body: basics }))
    const audits = await sql<{ action: string; actor_id: string; before: any; after: any }[]>`
      select action, actor_id, before, after from audit_log where campaign_id = ${f.id} and action = 'campaign.update' order by id`
    expect(audits).toHaveLength(4)
    expect(audits[2]!.after).toMatchObject({ yearRound: true, periodEnd: '2027-12-31', isPublished: true })
    expect(audits[2]!.before).toMatchObject({ yearRound: false, periodEnd: '2027-10-10' })
    expect(audits.every((a) => a.actor_id === f.organiser)).toBe(true)
  })

  it('answers bad input with 400 and a Chinese message naming the field, and changes nothing', async () => {
    const before = await setup(f)
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ ...basics, title: '月' }, /活动月名称至少 2 个字/],
      [{ ...basics, issuer: '' }, /发文单位/],
      [{ ...basics, year: 1999 }, /年份不能早于 2000 年/],
      [{ ...basics, period: { kind: 'month', month: '2027-13' } }, /月份格式/],
      [{ ...basics, period: { kind: 'range', start: '2027-03-10', end: '2027-03-01' } }, /结束日期.*不能早于开始日期/],
      [{ ...basics, period: { kind: 'month', month: '2026-03' } }, /活动期间应从 2027 年开始/],
      [{ ...basics, period: { kind: 'weekly' } }, /活动期间应为/],
      [{ ...basics, theme: '题'.repeat(61) }, /活动主题最多 60 个字/],
    ]
    for (const [body, message] of cases) {
      const reply = await api(setupPath(f.id), { method: 'PUT', token: f.token, body })
      expect(reply.status).toBe(400)
      expect(reply.body.message).toMatch(message)
    }
    expect((await setup(f)).campaign).toEqual(before.campaign)
  })
})

describe('deadlines', () => {
  let f: TFixture
  beforeAll(async () => {
    f = await createFixture()
  })

  it('adds one-off deadlines of any kind in Shanghai time and refuses one outside a sensible range', async () => {
    const added = ZCampaignSetup.parse(
      await ok(api(setupPath(f.id, '/deadlines'), { token: f.token, body: { kind: 'activity_plan', title: '活动安排表（附件2）', dueAt: '2027-02-19 18:00' } })),
    )
    const plan = added.deadlines.find((d) => d.kind === 'activity_plan')!
    expect(plan).toMatchObject({ title: '活动安排表（附件2）', dueAt: '2027-02-19T18:00:00+08:00', submitted: 0, started: 0 })
    const [stored] = await sql<{ due_at: Date }[]>`select due_at from campaign_deadlines where id = ${plan.id}`
    expect(stored!.due_at.toISOString()).toBe('2027-02-19T10:00:00.000Z')

    for (const kind of ['showcase_application', 'photos', 'summary', 'report', 'status_report', 'other']) {
      await ok(api(setupPath(f.id, '/deadlines'), { token: f.token, body: { kind, title: `截止 ${kind}`, dueAt: '2027-04-03 18:00' } }))
    }
    const far = await api(setupPath(f.id, '/deadlines'), { token: f.token, body: { kind: 'photos', title: '活动图片', dueAt: '2029-03-25 18:00' } })
    expect(far.status).toBe(400)
    expect(far.body.message).toMatch(/“活动图片”的截止时间 2029年3月25日 不在合理范围内：应在 2026年8月30日 至 2028年3月31日 之间/)
    const badKind = await api(setupPath(f.id, '/deadlines'), { token: f.token, body: { kind: 'weekly', title: '周报', dueAt: '2027-03-05 18:00' } })
    expect(badKind.status).toBe(400)
    expect(badKind.body.message).toMatch(/截止类型应为/)
    const badTime = await api(setupPath(f.id, '/deadlines'), { token: f.token, body: { kind: 'photos', title: '活动图片', dueAt: '2027-3-25' } })
    expect(badTime.status).toBe(400)
    expect(badTime.body.message).toMatch(/截止时间格式应为 YYYY-MM-DD HH:mm/)
    expect((await setup(f)).deadlines).toHaveLength(7)
  })

  it('makes one weekly_stats deadline for every Friday of March 2027 (5, 12, 19, 26) at 18:00 Shanghai, once', async () => {
    const reply = ZFridayDeadlinesResponse.parse(await ok(api(setupPath(f.id, '/fridays'), { token: f.token, body: { month: '2027-03' } })))
    expect(reply.created).toEqual(['2027-03-05', '2027-03-12', '2027-03-19', '2027-03-26'])
    expect(reply.skipped).toEqual([])
    const weekly = reply.setup.deadlines.filter((d) => d.kind === 'weekly_stats')
    expect(weekly.map((d) => d.title)).toEqual([
      '3月5日（周五）活动开展情况统计表',
      '3月12日（周五）活动开展情况统计表',
      '3月19日（周五）活动开展情况统计表',
      '3月26日（周五）活动开展情况统计表',
    ])
    expect(weekly.map((d) => d.dueAt)).toEqual(['2027-03-05T18:00:00+08:00', '2027-03-12T18:00:00+08:00', '2027-03-19T18:00:00+08:00', '2027-03-26T18:00:00+08:00'])
    // Fridays in Shanghai: 18:00 there is 10:00 UTC the same day, and each is a Friday there.
    const rows = await sql<{ dow: number; utc: string }[]>`
      select extract(dow from due_at at time zone 'Asia/Shanghai')::int as dow, to_char(due_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI') as utc
      from campaign_deadlines where campaign_id = ${f.id} and kind = 'weekly_stats' order by due_at`
    expect(rows.map((r) => r.dow)).toEqual([5, 5, 5, 5])
    expect(rows[0]!.utc).toBe('2027-03-05 10:00')

    const again = ZFridayDeadlinesResponse.parse(await ok(api(setupPath(f.id, '/fridays'), { token: f.token, body: { month: '2027-03', time: '17:00' } })))
    expect(again.created).toEqual([])
    expect(again.skipped).toHaveLength(4)
    const bad = await api(setupPath(f.id, '/fridays'), { token: f.token, body: { month: '2031-03' } })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/不在合理范围内/)
    expect((await auditActions(f.id)).filter((a) => a === 'deadline.create')).toHaveLength(11)
  })

  it('edits a deadline, refuses a kind change and deleting once a unit has submitted against it, deletes an unanswered one', async () => {
    const current = await setup(f)
    const friday = current.deadlines.find((d) => d.title.startsWith('3月12日'))!
    const moved = ZCampaignSetup.parse(
      await ok(api(setupPath(f.id, `/deadlines/${friday.id}`), { method: 'PUT', token: f.token, body: { kind: 'weekly_stats', title: '3月12日（周五）统计表（延期）', dueAt: '2027-03-13 12:00' } })),
    )
    expect(moved.deadlines.find((d) => d.id === friday.id)).toMatchObject({ title: '3月12日（周五）统计表（延期）', dueAt: '2027-03-13T12:00:00+08:00' })

    const [unit] = await sql<{ id: string }[]>`insert into units (campaign_id, key, name) values (${f.id}, 'u-sub', '已报送单位') returning id`
    await sql`insert into unit_submissions (campaign_id, unit_id, deadline_id, kind, status, submitted_at)
              values (${f.id}, ${unit!.id}, ${friday.id}, 'weekly_stats', 'submitted', now())`
    const withSubmission = (await setup(f)).deadlines.find((d) => d.id === friday.id)!
    expect(withSubmission).toMatchObject({ submitted: 1, started: 0 })

    const refused = await api(setupPath(f.id, `/deadlines/${friday.id}`), { method: 'DELETE', token: f.token })
    expect(refused.status).toBe(409)
    expect(refused.body.message).toMatch(/不能删除：1 个单位已提交，删除会丢失这些单位的材料/)
    const kindChange = await api(setupPath(f.id, `/deadlines/${friday.id}`), { method: 'PUT', token: f.token, body: { kind: 'summary', title: '总结', dueAt: '2027-03-13 12:00' } })
    expect(kindChange.status).toBe(409)
    expect(kindChange.body.message).toMatch(/不能把类型从“每周统计表”改为“活动总结”/)
    const [still] = await sql<{ n: number }[]>`select count(*)::int as n from campaign_deadlines where id = ${friday.id}`
    expect(still!.n).toBe(1)

    const other = current.deadlines.find((d) => d.kind === 'other')!
    const afterDelete = ZCampaignSetup.parse(await ok(api(setupPath(f.id, `/deadlines/${other.id}`), { method: 'DELETE', token: f.token })))
    expect(afterDelete.deadlines.some((d) => d.id === other.id)).toBe(false)
    const [audit] = await sql<{ before: any }[]>`select before from audit_log where entity_id = ${other.id} and action = 'deadline.delete'`
    expect(audit!.before).toMatchObject({ kind: 'other', title: '截止 other', dueAt: '2027-04-03 18:00' })

    const missing = await api(setupPath(f.id, `/deadlines/${randomUUID()}`), { method: 'DELETE', token: f.token })
    expect(missing.status).toBe(404)
  })
})

describe('quotas and contacts', () => {
  let f: TFixture
  beforeAll(async () => {
    f = await createFixture()
  })

  it('stores the 连云港 quotas as a set and refuses duplicates and counts under 1', async () => {
    const quotas = [
      { subject: 'county', metric: 'showcase_projects', minCount: 6 },
      { subject: 'function_area', metric: 'showcase_projects', minCount: 3 },
      { subject: 'unit', metric: 'showcase_projects', minCount: 1 },
      { subject: 'unit', metric: 'key_activities', minCount: 1 },
    ]
    const stored = ZCampaignSetup.parse(await ok(api(setupPath(f.id, '/quotas'), { method: 'PUT', token: f.token, body: { quotas } })))
    expect(stored.quotas.map(({ subject, metric, minCount }) => ({ subject, metric, minCount }))).toEqual(quotas)

    const duplicate = await api(setupPath(f.id, '/quotas'), { method: 'PUT', token: f.token, body: { quotas: [...quotas, quotas[0]] } })
    expect(duplicate.status).toBe(400)
    expect(duplicate.body.message).toMatch(/第 5 条指标与第 1 条重复（每个县区展示项目）/)
    const zero = await api(setupPath(f.id, '/quotas'), { method: 'PUT', token: f.token, body: { quotas: [{ subject: 'unit', metric: 'key_activities', minCount: 0 }] } })
    expect(zero.status).toBe(400)
    expect(zero.body.message).toMatch(/数量至少为 1/)
    const badSubject = await api(setupPath(f.id, '/quotas'), { method: 'PUT', token: f.token, body: { quotas: [{ subject: 'city', metric: 'key_activities', minCount: 2 }] } })
    expect(badSubject.body.message).toMatch(/指标对象应为/)
    expect((await setup(f)).quotas).toHaveLength(4)

    const cleared = ZCampaignSetup.parse(await ok(api(setupPath(f.id, '/quotas'), { method: 'PUT', token: f.token, body: { quotas: quotas.slice(0, 1) } })))
    expect(cleared.quotas).toHaveLength(1)
    const [audit] = await sql<{ before: any; after: any }[]>`select before, after from audit_log where campaign_id = ${f.id} and action = 'quotas.replace' order by id desc limit 1`
    expect(audit!.before.quotas).toHaveLength(4)
    expect(audit!.after.quotas).toHaveLength(1)
  })

  it('stores contacts in order with phones normalised, and names the wrong phone or e-mail', async () => {
    const contacts = [
      { name: '王清', organisation: '市文明办道德建设指导处', phone: '0518 85802696', email: 'WenMingLYG@163.com' },
      { name: '李老师', organisation: null, phone: '138-0000-1234', email: null },
      { name: '税国斌', organisation: '兰州新区文明办', phone: '8259130', email: null },
    ]
    const stored = ZCampaignSetup.parse(await ok(api(setupPath(f.id, '/contacts'), { method: 'PUT', token: f.token, body: { contacts } })))
    expect(stored.contacts.map(({ name, phone, email }) => ({ name, phone, email }))).toEqual([
      { name: '王清', phone: '0518-85802696', email: 'wenminglyg@163.com' },
      { name: '李老师', phone: '13800001234', email: null },
      { name: '税国斌', phone: '8259130', email: null },
    ])
    const badPhone = await api(setupPath(f.id, '/contacts'), { method: 'PUT', token: f.token, body: { contacts: [{ name: '张三', phone: '12345', email: null }] } })
    expect(badPhone.status).toBe(400)
    expect(badPhone.body.message).toMatch(/第 1 位联系人（张三）的电话“12345”不正确/)
    const badEmail = await api(setupPath(f.id, '/contacts'), { method: 'PUT', token: f.token, body: { contacts: [contacts[0], { name: '李四', phone: null, email: 'li@' }] } })
    expect(badEmail.body.message).toMatch(/第 2 位联系人（李四）的电子邮箱“li@”格式不正确/)
    const neither = await api(setupPath(f.id, '/contacts'), { method: 'PUT', token: f.token, body: { contacts: [{ name: '赵五' }] } })
    expect(neither.body.message).toMatch(/请至少填写电话或电子邮箱/)
    const noName = await api(setupPath(f.id, '/contacts'), { method: 'PUT', token: f.token, body: { contacts: [{ name: ' ', phone: '13800001234' }] } })
    expect(noName.body.message).toMatch(/请填写联系人姓名/)
    expect((await setup(f)).contacts).toHaveLength(3)
    expect((await auditActions(f.id)).filter((a) => a.startsWith('contacts'))).toEqual(['contacts.replace'])
  })
})

describe('districts and units typed in', () => {
  let f: TFixture
  beforeAll(async () => {
    f = await createFixture()
  })

  it('adds, renames, moves and deletes; refuses duplicate names, another campaign\'s district and units with work attached', async () => {
    const withDistrict = ZCampaignSetup.parse(await ok(api(setupPath(f.id, '/districts'), { token: f.token, body: { name: ' 徐圩新区 ', kind: 'function_area' } })))
    const xuwei = withDistrict.districts.find((d) => d.name === '徐圩新区')!
    expect(xuwei).toMatchObject({ kind: 'function_area', units: 0 })
    const dupDistrict = await api(setupPath(f.id, '/districts'), { token: f.token, body: { name: '徐圩 新区', kind: 'county' } })
    expect(dupDistrict.status).toBe(409)
    expect(dupDistrict.body.message).toMatch(/已有名为“徐圩 新区”的县区/)

    const added = ZCampaignSetup.parse(await ok(api(setupPath(f.id, '/units'), { token: f.token, body: { name: '徐圩新区  社会事业局', kind: 'department', districtId: xuwei.id } })))
    const unit = added.units.find((u) => u.name === '徐圩新区 社会事业局')!
    expect(unit).toMatchObject({ kind: 'department', districtId: xuwei.id, contacts: 0, activities: 0, hasRecords: false })
    const dup = await api(setupPath(f.id, '/units'), { token: f.token, body: { name: '徐圩新区社会事业局', kind: 'other', districtId: null } })
    expect(dup.status).toBe(409)
    expect(dup.body.message).toMatch(/已有名为“徐圩新区社会事业局”的单位，单位名称不能重复/)
    const foreign = await api(setupPath(f.id, '/units'), { token: f.token, body: { name: '外来单位', kind: 'other', districtId: f.other.districtId } })
    expect(foreign.status).toBe(400)
    expect(foreign.body.message).toMatch(/所选县区不属于本活动月/)
    const badKind = await api(setupPath(f.id, '/units'), { token: f.token, body: { name: '某单位', kind: 'farm', districtId: null } })
    expect(badKind.body.message).toMatch(/单位类型应为/)

    const moved = ZCampaignSetup.parse(
      await ok(api(setupPath(f.id, `/units/${unit.id}`), { method: 'PUT', token: f.token, body: { name: '徐圩新区社会事业局', kind: 'department', districtId: null } })),
    )
    expect(moved.units.find((u) => u.id === unit.id)).toMatchObject({ name: '徐圩新区社会事业局', districtId: null })
    const renamedDistrict = ZCampaignSetup.parse(
      await ok(api(setupPath(f.id, `/districts/${xuwei.id}`), { method: 'PUT', token: f.token, body: { name: '徐圩新区（板块）', kind: 'function_area' } })),
    )
    expect(renamedDistrict.districts.find((d) => d.id === xuwei.id)!.name).toBe('徐圩新区（板块）')

    // A district with units is not deleted; one with none is.
    const [hz] = (await setup(f)).districts.filter((d) => d.name === '海州区')
    await ok(api(setupPath(f.id, '/units'), { token: f.token, body: { name: '海州区新南街道', kind: 'town', districtId: hz!.id } }))
    const busy = await api(setupPath(f.id, `/districts/${hz!.id}`), { method: 'DELETE', token: f.token })
    expect(busy.status).toBe(409)
    expect(busy.body.message).toMatch(/“海州区”下还有 1 个单位，请先把它们移到其他县区或删除/)
    const gone = ZCampaignSetup.parse(await ok(api(setupPath(f.id, `/districts/${xuwei.id}`), { method: 'DELETE', token: f.token })))
    expect(gone.districts.some((d) => d.id === xuwei.id)).toBe(false)

    // A unit with an activity is kept.
    await sql`insert into activities (campaign_id, unit_id, title, starts_at, ends_at, location_name, category)
              values (${f.id}, ${unit.id}, '测试活动', '2027-03-05 09:00+08', '2027-03-05 11:00+08', '广场', 'care')`
    const kept = await api(setupPath(f.id, `/units/${unit.id}`), { method: 'DELETE', token: f.token })
    expect(kept.status).toBe(409)
    expect(kept.body.message).toMatch(/“徐圩新区社会事业局”已有1 个活动，不能删除/)
    const [newUnit] = (await setup(f)).units.filter((u) => u.name === '海州区新南街道')
    const deleted = ZCampaignSetup.parse(await ok(api(setupPath(f.id, `/units/${newUnit!.id}`), { method: 'DELETE', token: f.token })))
    expect(deleted.units.some((u) => u.id === newUnit!.id)).toBe(false)

    expect(await auditActions(f.id)).toEqual([
      'district.create',
      'unit.create',
      'unit.update',
      'district.update',
      'unit.create',
      'district.delete',
      'unit.delete',
    ])
  })

  it('keeps a unit out of another campaign\'s district in the database too', async () => {
    await expect(
      asUser(sql, f.organiser, (tx) => tx`insert into units (campaign_id, district_id, key, name) values (${f.id}, ${f.other.districtId}, 'x', '越界单位')`),
    ).rejects.toThrow()
    // Even the owner (no RLS) cannot: the foreign key names the district and the campaign together.
    await expect(sql`insert into units (campaign_id, district_id, key, name) values (${f.id}, ${f.other.districtId}, 'y', '越界单位')`).rejects.toThrow(
      /units_district_same_campaign_fkey/,
    )
  })
})

// Unit-list workbooks ---------------------------------------------------------------------------------

async function upload(f: TFixture, bytes: Buffer, token = f.token): Promise<string> {
  const asked = await api('/api/uploads', { token, body: { campaignId: f.id, purpose: 'unit_list_workbook', contentType: XLSX, byteSize: bytes.length } })
  if (asked.status !== 200) throw new Error(`upload answered ${asked.status}: ${JSON.stringify(asked.body)}`)
  const signed = ZCreateUploadResponse.parse(asked.body)
  const put = await fetch(signed.uploadUrl, { method: 'PUT', body: bytes, headers: { 'content-type': XLSX } })
  expect(put.status).toBe(200)
  return signed.path
}

/**
 * A unit list as people send it: "附件1" and a title merged across the table above the header,
 * header cells with spaces and a line break, districts merged down the rows of their units,
 * names with trailing and full-width spaces, a blank row, a 合计 row and a note under the table.
 */
async function messyWorkbook(extraRows: CellValue[][] = []): Promise<Buffer> {
  const workbook = newWorkbook()
  workbook.addWorksheet('说明').getCell('A1').value = '填表说明：每个单位一行'
  const sheet = workbook.addWorksheet('单位名单')
  sheet.getCell('A1').value = '附件1'
  sheet.mergeCells('A2:D2')
  sheet.getCell('A2').value = '2027年学雷锋志愿服务月参与单位名单'
  sheet.getRow(3).values = ['序 号', '单位名称 ', '所属县区/\n板块', '类型']
  const rows: CellValue[][] = [
    [1, '东海县文明办  ', '东海县', '部门'],
    [2, '东海县牛山街道', null, '乡镇（街道）'],
    [3, '东海县实验小学\u3000', null, '学校'],
    [4, '海州区新南街道', '海州区', '街道'],
    [5, '连云港经济技术开发区社会事业局', '开发区', '部门单位'],
    [],
    [6, '市图书馆', '—', '行业单位'],
    [7, '连云港蓝天救援队', '', '志愿服务组织'],
    [8, '东海县文明办', '东海县', '部门'],
    [9, '某某合作社', '东海县', '农场'],
    [10, '', '海州区', '学校'],
    ...extraRows,
  ]
  rows.forEach((values, i) => {
    sheet.getRow(4 + i).values = values
  })
  // 东海县 merged down its three units (rows 4–6), as the list groups them.
  sheet.mergeCells('C4:C6')
  const after = 4 + rows.length
  sheet.getRow(after).values = ['合计', '', '', '']
  sheet.mergeCells(`A${after + 1}:D${after + 1}`)
  sheet.getCell(`A${after + 1}`).value = '注：类型填写乡镇（街道）、部门、学校、企业、志愿服务组织、行业单位、社区（村）、其他'
  return workbookBytes(workbook)
}

describe('units imported from a unit-list workbook', () => {
  let f: TFixture
  beforeAll(async () => {
    f = await createFixture()
    // An existing unit: importing it again is skipped, not doubled.
    await ok(api(setupPath(f.id, '/units'), { token: f.token, body: { name: '海州区新南街道', kind: 'town', districtId: null } }))
  })

  it('previews a messy list row by row with Chinese errors, then applies the correct rows once', async () => {
    const path = await upload(f, await messyWorkbook())
    const preview = ZUnitImportPreview.parse(await ok(api(setupPath(f.id, '/unit-imports'), { token: f.token, body: { path, fileName: '单位名单.xlsx' } })))
    expect(preview).toMatchObject({ sheetName: '单位名单', headerRow: 3, status: 'previewed', fileName: '单位名单.xlsx' })
    const byRow = new Map(preview.rows.map((r) => [r.row, r]))
    expect(preview.rows.map((r) => r.row)).toEqual([4, 5, 6, 7, 8, 10, 11, 12, 13, 14])
    expect(byRow.get(4)).toMatchObject({ ok: true, name: '东海县文明办', kind: 'department', districtName: '东海县', newDistrictKind: 'county', duplicate: false })
    // The merged 东海县 cell counts for the two rows under it; trailing full-width spaces are gone.
    expect(byRow.get(5)).toMatchObject({ ok: true, name: '东海县牛山街道', kind: 'town', districtName: '东海县' })
    expect(byRow.get(6)).toMatchObject({ ok: true, name: '东海县实验小学', kind: 'school', districtName: '东海县' })
    expect(byRow.get(7)).toMatchObject({ ok: true, duplicate: true, districtName: '海州区', newDistrictKind: null })
    expect(byRow.get(7)!.warnings.map((w) => w.message).join()).toMatch(/本活动月已有单位“海州区新南街道”，导入时跳过（它现在属于“无县区”，不会改动）/)
    expect(byRow.get(8)).toMatchObject({ ok: true, districtName: '开发区', newDistrictKind: 'function_area', kind: 'department' })
    expect(byRow.get(10)).toMatchObject({ ok: true, name: '市图书馆', districtName: null, kind: 'industry' })
    expect(byRow.get(11)).toMatchObject({ ok: true, districtName: null, kind: 'team' })
    expect(byRow.get(12)!.errors).toEqual([{ column: '单位名称', message: '与第 4 行的单位重名，同一单位只能出现一次' }])
    expect(byRow.get(13)!.errors[0]!.message).toMatch(/^类型“农场”无法识别，应为：乡镇（街道）、部门/)
    expect(byRow.get(14)!.errors).toEqual([{ column: '单位名称', message: '单位名称为空' }])
    expect(byRow.get(4)!.warnings.map((w) => w.message)).toContain('本活动月还没有“东海县”，导入时新建（类型：县区，可在导入后修改）')
    expect(preview).toMatchObject({ valid: 7, invalid: 3, toCreate: 6 })
    expect(preview.newDistricts).toEqual([
      { name: '东海县', kind: 'county' },
      { name: '开发区', kind: 'function_area' },
    ])
    // Nothing created yet; previewing the same upload again answers the same import.
    expect((await setup(f)).units).toHaveLength(1)
    const again = ZUnitImportPreview.parse(await ok(api(setupPath(f.id, '/unit-imports'), { token: f.token, body: { path, fileName: '单位名单.xlsx' } })))
    expect(again.importId).toBe(preview.importId)

    const all = await api(setupPath(f.id, `/unit-imports/${preview.importId}`), { token: f.token, body: { mode: 'all' } })
    expect(all.status).toBe(409)
    expect(all.body.message).toMatch(/名单中还有 3 行有错误，不能全部导入/)

    const applied = ZApplyUnitImportResponse.parse(await ok(api(setupPath(f.id, `/unit-imports/${preview.importId}`), { token: f.token, body: { mode: 'valid_only' } })))
    expect(applied).toMatchObject({ units: 6, districts: 2, skipped: 1, alreadyApplied: false })
    const districts = new Map(applied.setup.districts.map((d) => [d.name, d]))
    expect(districts.get('东海县')).toMatchObject({ kind: 'county', units: 3 })
    expect(districts.get('开发区')).toMatchObject({ kind: 'function_area', units: 1 })
    const units = new Map(applied.setup.units.map((u) => [u.name, u]))
    expect(units.get('东海县实验小学')).toMatchObject({ kind: 'school', districtId: districts.get('东海县')!.id })
    expect(units.get('市图书馆')).toMatchObject({ districtId: null, kind: 'industry' })
    expect(applied.setup.units).toHaveLength(7)

    const twice = ZApplyUnitImportResponse.parse(await ok(api(setupPath(f.id, `/unit-imports/${preview.importId}`), { token: f.token, body: { mode: 'valid_only' } })))
    expect(twice).toMatchObject({ units: 6, districts: 2, alreadyApplied: true })
    expect(twice.setup.units).toHaveLength(7)
    expect((await auditActions(f.id)).filter((a) => a === 'unit_import.apply')).toHaveLength(1)

    // The same list once more: every correct row is a unit the campaign has now, so nothing is added.
    const second = ZUnitImportPreview.parse(await ok(api(setupPath(f.id, '/unit-imports'), { token: f.token, body: { path: await upload(f, await messyWorkbook()), fileName: null } })))
    expect(second.toCreate).toBe(0)
    expect(second.rows.filter((r) => r.ok).every((r) => r.duplicate)).toBe(true)
  })

  it('says in Chinese what is wrong with files that are not a unit list', async () => {
    const csv = Buffer.from('序号,单位名称,所属县区,类型\n1,东海县文明办,东海县,部门\n', 'utf8')
    const asCsv = await api(setupPath(f.id, '/unit-imports'), { token: f.token, body: { path: await upload(f, csv) } })
    expect(asCsv.status).toBe(400)
    expect(asCsv.body.code).toBe('workbook_invalid')
    expect(asCsv.body.message).toMatch(/文本（CSV）文件/)

    const noHeader = newWorkbook()
    noHeader.addWorksheet('Sheet1').getRow(1).values = ['东海县文明办', '东海县', '部门']
    const headless = await api(setupPath(f.id, '/unit-imports'), { token: f.token, body: { path: await upload(f, await workbookBytes(noHeader)) } })
    expect(headless.status).toBe(400)
    expect(headless.body.message).toMatch(/没有找到单位名单的表头。请在表格中写明列名：序号、单位名称、所属县区\/板块、类型/)

    const empty = newWorkbook()
    empty.addWorksheet('Sheet1').getRow(2).values = ['序号', '单位', '县区', '类别']
    const nothing = await api(setupPath(f.id, '/unit-imports'), { token: f.token, body: { path: await upload(f, await workbookBytes(empty)) } })
    expect(nothing.status).toBe(400)
    expect(nothing.body.message).toMatch(/第 2 行表头下面没有单位/)

    const wrongType = await api('/api/uploads', { token: f.token, body: { campaignId: f.id, purpose: 'unit_list_workbook', contentType: 'text/csv', byteSize: 10 } })
    expect(wrongType.status).toBe(415)
    expect(wrongType.body.message).toMatch(/单位名单只支持 Excel 工作簿（.xlsx） 格式/)
    const noCampaign = await api('/api/uploads', { token: f.token, body: { purpose: 'unit_list_workbook', contentType: XLSX, byteSize: 10 } })
    expect(noCampaign.status).toBe(400)
    expect(noCampaign.body.message).toMatch(/请指定活动月/)
  })

  it('lets only the campaign\'s organisers upload and import a unit list', async () => {
    const bytes = await messyWorkbook()
    for (const token of [tokenFor(f.districtAdmin), f.other.token]) {
      const asked = await api('/api/uploads', { token, body: { campaignId: f.id, purpose: 'unit_list_workbook', contentType: XLSX, byteSize: bytes.length } })
      expect(asked.status).toBe(403)
      expect(asked.body.message).toBe('只有本活动月的组织方可以上传单位名单')
    }
    const path = await upload(f, bytes)
    const byOther = await api(setupPath(f.id, '/unit-imports'), { token: f.other.token, body: { path } })
    expect(byOther.status).toBe(404)
    const byAdmin = await api(setupPath(f.id, '/unit-imports'), { token: tokenFor(f.districtAdmin), body: { path } })
    expect(byAdmin.status).toBe(403)
    // The upload stays claimable by its organiser.
    expect((await api(setupPath(f.id, '/unit-imports'), { token: f.token, body: { path } })).status).toBe(200)
  })
})

// Creating and copying ---------------------------------------------------------------------------------

describe('a new campaign and 复制去年的活动月', () => {
  let f: TFixture
  beforeAll(async () => {
    f = await createFixture()
    const d = (await setup(f)).districts[0]!
    await ok(api(setupPath(f.id, '/units'), { token: f.token, body: { name: '海州区文明办', kind: 'department', districtId: d.id } }))
    await ok(api(setupPath(f.id, '/units'), { token: f.token, body: { name: '市直机关工委', kind: 'department', districtId: null } }))
    await ok(api(setupPath(f.id, '/quotas'), { method: 'PUT', token: f.token, body: { quotas: [{ subject: 'unit', metric: 'key_activities', minCount: 1 }] } }))
    await ok(api(setupPath(f.id, '/contacts'), { method: 'PUT', token: f.token, body: { contacts: [{ name: '王清', phone: '0518-85802696', email: null }] } }))
    await ok(api(setupPath(f.id), { method: 'PUT', token: f.token, body: { ...basics, title: '2027年3月学雷锋志愿服务活动', summary: '2027年3月开展' } }))
    await ok(api(setupPath(f.id, '/deadlines'), { token: f.token, body: { kind: 'activity_plan', title: '2027年活动安排表', dueAt: '2027-02-19 18:00' } }))
    await ok(api(setupPath(f.id, '/deadlines'), { token: f.token, body: { kind: 'summary', title: '活动总结', dueAt: '2027-04-03 18:00' } }))
    await ok(api(setupPath(f.id, '/fridays'), { token: f.token, body: { month: '2027-03', time: '17:30', titleSuffix: '活动开展情况统计表（含新闻稿）' } }))
    const [unit] = await sql<{ id: string }[]>`select id from units where campaign_id = ${f.id} and name = '海州区文明办'`
    await sql`insert into activities (campaign_id, unit_id, title, starts_at, ends_at, location_name, category)
              values (${f.id}, ${unit!.id}, '去年的活动', '2027-03-05 09:00+08', '2027-03-05 11:00+08', '广场', 'care')`
  })

  it('copies districts, units, quotas, contacts and deadlines into 2028 (Fridays worked out again), not activities; unpublished, the copier its organiser', async () => {
    const copier = await user('复制的组织方')
    await sql`insert into memberships (user_id, campaign_id, role) values (${copier}, ${f.id}, 'organiser')`
    const reply = ZCreatedCampaignResponse.parse(await ok(api(setupPath(f.id, '/copy'), { token: tokenFor(copier), body: { year: 2028 } })))
    expect(reply.copied).toEqual({ districts: 1, units: 2, quotas: 1, contacts: 1, deadlines: 7 })
    const copy = ZCampaignSetup.parse(await ok(api(setupPath(reply.campaignId), { token: tokenFor(copier) })))
    expect(copy.canEdit).toBe(true)
    expect(copy.campaign).toMatchObject({ title: '2028年3月学雷锋志愿服务活动', summary: '2028年3月开展', year: 2028, isPublished: false, issuers: basics.issuers })
    expect(copy.campaign.period).toMatchObject({ kind: 'month', start: '2028-03-01', end: '2028-03-31' })
    expect(copy.districts.map((d) => d.name)).toEqual(['海州区'])
    expect(copy.units.map((u) => [u.name, u.districtId === copy.districts[0]!.id])).toEqual([
      ['海州区文明办', true],
      ['市直机关工委', false],
    ])
    expect(copy.units.every((u) => u.activities === 0)).toBe(true)
    expect(copy.quotas.map((q) => q.minCount)).toEqual([1])
    expect(copy.contacts.map((c) => c.phone)).toEqual(['0518-85802696'])
    expect(copy.deadlines.map((d) => [d.kind, d.title, d.dueAt])).toEqual([
      ['activity_plan', '2028年活动安排表', '2028-02-19T18:00:00+08:00'],
      ['weekly_stats', '3月3日（周五）活动开展情况统计表（含新闻稿）', '2028-03-03T17:30:00+08:00'],
      ['weekly_stats', '3月10日（周五）活动开展情况统计表（含新闻稿）', '2028-03-10T17:30:00+08:00'],
      ['weekly_stats', '3月17日（周五）活动开展情况统计表（含新闻稿）', '2028-03-17T17:30:00+08:00'],
      ['weekly_stats', '3月24日（周五）活动开展情况统计表（含新闻稿）', '2028-03-24T17:30:00+08:00'],
      ['weekly_stats', '3月31日（周五）活动开展情况统计表（含新闻稿）', '2028-03-31T17:30:00+08:00'],
      ['summary', '活动总结', '2028-04-03T18:00:00+08:00'],
    ])
    const members = await sql<{ user_id: string; role: string }[]>`select user_id, role::text from memberships where campaign_id = ${reply.campaignId}`
    expect(members).toEqual([{ user_id: copier, role: 'organiser' }])
    const [counts] = await sql<{ activities: number; submissions: number }[]>`
      select (select count(*)::int from activities where campaign_id = ${reply.campaignId}) as activities,
             (select count(*)::int from unit_submissions where campaign_id = ${reply.campaignId}) as submissions`
    expect(counts).toEqual({ activities: 0, submissions: 0 })
    const [audit] = await sql<{ actor_id: string; before: any }[]>`select actor_id, before from audit_log where campaign_id = ${reply.campaignId} and action = 'campaign.copy'`
    expect(audit).toMatchObject({ actor_id: copier, before: { sourceCampaignId: f.id, sourceYear: 2027 } })
    // The source's organiser is not the copy's: the copy is invisible to them while unpublished.
    expect((await api(setupPath(reply.campaignId), { token: f.token })).status).toBe(404)

    const sameYear = await api(setupPath(f.id, '/copy'), { token: f.token, body: { year: 2027 } })
    expect(sameYear.status).toBe(400)
    expect(sameYear.body.message).toMatch(/年份不能与原活动月相同/)
  })

  it('creates a new campaign for any organiser, unpublished, with them as its organiser; others are refused', async () => {
    const body = { title: '新的活动月', issuer: '某市文明办', issuers: [], city: '某市', year: 2029, theme: null, summary: null, period: { kind: 'year_round', start: '2029-03-05' } }
    const created = ZCreatedCampaignResponse.parse(await ok(api('/api/campaigns', { token: f.other.token, body })))
    const page = ZCampaignSetup.parse(await ok(api(setupPath(created.campaignId), { token: f.other.token })))
    expect(page.campaign).toMatchObject({ title: '新的活动月', issuers: ['某市文明办'], isPublished: false })
    expect(page.campaign.period.text).toBe('2029年3月5日起，全年')
    expect(page.canEdit).toBe(true)
    expect(await auditActions(created.campaignId)).toEqual(['campaign.create'])

    const volunteer = await user('志愿者')
    for (const token of [tokenFor(volunteer), tokenFor(f.districtAdmin)]) {
      const refused = await api('/api/campaigns', { token, body })
      expect(refused.status).toBe(403)
      expect(refused.body.message).toMatch(/只有组织方可以新建活动月/)
    }
    // Copying: the district admin sees the campaign but organises none; to a volunteer the unpublished campaign does not exist.
    const byAdmin = await api(setupPath(f.id, '/copy'), { token: tokenFor(f.districtAdmin), body: { year: 2030 } })
    expect(byAdmin.status).toBe(403)
    expect(byAdmin.body.message).toMatch(/只有组织方可以新建活动月/)
    expect((await api(setupPath(f.id, '/copy'), { token: tokenFor(volunteer), body: { year: 2030 } })).status).toBe(404)
    const bad = await api('/api/campaigns', { token: f.token, body: { ...body, city: '' } })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/城市或地区/)
    expect((await api('/api/campaigns', { body })).status).toBe(401)
  })
})

// Who may --------------------------------------------------------------------------------------------

describe('only the campaign\'s organisers change its set-up', () => {
  let f: TFixture
  beforeAll(async () => {
    f = await createFixture()
  })

  it('refuses another campaign\'s organiser (not found) and the district admin (read only) at every route', async () => {
    const [districtId, unitId, deadlineId] = [f.other.districtId, randomUUID(), randomUUID()]
    const writes: Array<[string, string, unknown]> = [
      ['PUT', '', basics],
      ['POST', '/deadlines', { kind: 'photos', title: '活动图片', dueAt: '2027-03-25 18:00' }],
      ['PUT', `/deadlines/${deadlineId}`, { kind: 'photos', title: '活动图片', dueAt: '2027-03-25 18:00' }],
      ['DELETE', `/deadlines/${deadlineId}`, undefined],
      ['POST', '/fridays', { month: '2027-03' }],
      ['PUT', '/quotas', { quotas: [] }],
      ['PUT', '/contacts', { contacts: [] }],
      ['POST', '/districts', { name: '新区县', kind: 'county' }],
      ['DELETE', `/districts/${districtId}`, undefined],
      ['POST', '/units', { name: '新单位', kind: 'other', districtId: null }],
      ['PUT', `/units/${unitId}`, { name: '新单位', kind: 'other', districtId: null }],
      ['DELETE', `/units/${unitId}`, undefined],
      ['POST', '/unit-imports', { path: 'x/y.xlsx' }],
      ['POST', `/unit-imports/${randomUUID()}`, { mode: 'all' }],
    ]
    for (const [method, rest, body] of writes) {
      const byOther = await api(setupPath(f.id, rest), { method, token: f.other.token, body })
      expect([method, rest, byOther.status]).toEqual([method, rest, 404])
      const byAdmin = await api(setupPath(f.id, rest), { method, token: tokenFor(f.districtAdmin), body })
      expect([method, rest, byAdmin.status]).toEqual([method, rest, 403])
      expect(byAdmin.body.message).toBe('只有本活动月的组织方可以修改活动月设置')
    }
    // The district admin reads the set-up (its own campaign), marked read only.
    const read = ZCampaignSetup.parse(await ok(api(setupPath(f.id), { token: tokenFor(f.districtAdmin) })))
    expect(read.canEdit).toBe(false)
    expect((await api(setupPath(f.id), { token: f.other.token })).status).toBe(404)
    expect(await auditActions(f.id)).toEqual([])
  })

  it('holds in the database: RLS lets neither of them write, and nobody joins a campaign they did not create', async () => {
    for (const who of [f.other.organiser, f.districtAdmin]) {
      const updated = await asUser(sql, who, (tx) => tx`update campaigns set title = '改掉' where id = ${f.id}`)
      expect(updated.count).toBe(0)
      const deleted = await asUser(sql, who, (tx) => tx`delete from districts where campaign_id = ${f.id}`)
      expect(deleted.count).toBe(0)
      await expect(asUser(sql, who, (tx) => tx`insert into campaign_deadlines (campaign_id, kind, title, due_at) values (${f.id}, 'other', '越权', now())`)).rejects.toThrow(
        /row-level security/,
      )
      await expect(asUser(sql, who, (tx) => tx`insert into memberships (user_id, campaign_id, role) values (${who}, ${f.id}, 'organiser')`)).rejects.toThrow(
        /row-level security/,
      )
    }
    // An organiser may create a campaign (as its creator) and join it; a district admin may not create one.
    const id = randomUUID()
    await asUser(sql, f.other.organiser, async (tx) => {
      await tx`insert into campaigns (id, slug, issuer, city, year, title, period_start, period_end, is_published, created_by)
               values (${id}, ${`t-rls-${id.slice(0, 8)}`}, '文明办', '某市', 2030, '自建', '2030-03-01', '2030-03-31', false, ${f.other.organiser})`
      await tx`insert into memberships (user_id, campaign_id, role) values (${f.other.organiser}, ${id}, 'organiser')`
    })
    await expect(
      asUser(sql, f.districtAdmin, (tx) => tx`insert into campaigns (slug, issuer, city, year, title, period_start, period_end, created_by)
        values (${`t-rls-${randomUUID().slice(0, 8)}`}, '文明办', '某市', 2030, '自建', '2030-03-01', '2030-03-31', ${f.districtAdmin})`),
    ).rejects.toThrow(/row-level security/)
    // …and nobody can make themselves organiser of a seeded campaign (no creator).
    const [seeded] = await sql<{ id: string }[]>`select id from campaigns where notice_ref = '000_93174a38ebc3e534.txt'`
    await expect(
      asUser(sql, f.other.organiser, (tx) => tx`insert into memberships (user_id, campaign_id, role) values (${f.other.organiser}, ${seeded!.id}, 'organiser')`),
    ).rejects.toThrow(/row-level security/)
  })
})

describe('the five seeded notices', () => {
  it('open filled in for an organiser of each: facts, period, deadlines, quotas, contacts, districts and units', async () => {
    const organiser = await user('示例组织方')
    const seeded = await sql<{ id: string; notice_ref: string }[]>`select id, notice_ref from campaigns where notice_ref is not null order by notice_ref`
    expect(seeded).toHaveLength(5)
    for (const c of seeded) await sql`insert into memberships (user_id, campaign_id, role) values (${organiser}, ${c.id}, 'organiser')`
    const token = tokenFor(organiser)
    const pages = new Map<string, TCampaignSetup>()
    for (const c of seeded) pages.set(c.notice_ref.slice(0, 3), ZCampaignSetup.parse(await ok(api(setupPath(c.id), { token }))))

    const lyg = pages.get('000')!
    expect(lyg.canEdit).toBe(true)
    expect(lyg.campaign).toMatchObject({ issuer: '连云港市文明办', year: 2024 })
    expect(lyg.campaign.period.text).toBe('2024年3月')
    expect(lyg.deadlines.map((d) => [d.kind, d.dueAt])).toEqual(
      expect.arrayContaining([
        ['activity_plan', '2024-02-19T18:00:00+08:00'],
        ['showcase_application', '2024-02-19T18:00:00+08:00'],
      ]),
    )
    expect(lyg.quotas.map((q) => `${q.subject}/${q.metric}/${q.minCount}`).sort()).toEqual(
      ['county/showcase_projects/6', 'function_area/showcase_projects/3', 'unit/key_activities/1', 'unit/showcase_projects/1'].sort(),
    )
    expect(lyg.contacts[0]).toMatchObject({ name: '王清', phone: '85802696', email: 'wenminglyg@163.com' })
    expect(lyg.districts.some((d) => d.kind === 'county') && lyg.districts.some((d) => d.kind === 'function_area')).toBe(true)
    expect(lyg.units.length).toBeGreaterThan(0)

    expect(pages.get('003')!.deadlines.filter((d) => d.kind === 'weekly_stats').map((d) => d.title.replace(/（周五）.*/, ''))).toEqual([
      '3月8日',
      '3月15日',
      '3月22日',
      '3月29日',
    ])
    expect(pages.get('004')!.campaign.period).toEqual({ kind: 'year_round', start: '2021-03-05', end: '2021-12-31', text: '2021年3月5日起，全年' })
    expect(pages.get('002')!.campaign.period.text).toBe('2023年3月1日至10月10日')
    for (const page of pages.values()) expect(page.contacts.length).toBeGreaterThan(0)

    // A seeded notice's contacts can be saved back unchanged (local numbers as the notice prints them).
    const back = await api(setupPath(lyg.campaign.id, '/contacts'), { method: 'PUT', token, body: { contacts: lyg.contacts.map(({ id: _id, ...c }) => c) } })
    expect(back.status).toBe(200)
  })
})
