import { randomUUID, createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Cell, Worksheet } from 'exceljs'
import JSZip from 'jszip'
import sharp from 'sharp'
import { newWorkbook, type TExcelWorkbook } from '../../cloud/lib/excel/new-workbook'
import { ID_NOT_COLLECTED_NOTE, PHONE_MASKED_NOTE } from '../../cloud/lib/campaign-exports/hours-consent'
import { ZExportOptionsResponse } from '../../types/api/campaign-exports'
import { ZExportResponse } from '../../types/api/common'
import { PRIVACY_POLICY_VERSION } from '../../types/domain'
import { api } from '../setup/api-client'
import { asUser, connectTestDb } from '../setup/db'
import { tokenFor } from '../setup/journey'

/**
 * The organisers' exports, read back cell by cell against figures worked out by hand below.
 *
 * March 2024 (long past, unpublished so no other test's app opens it), Fridays 3月8日 and 3月15日,
 * the summary on 4月3日. 甲区: 甲区一单位 (a1), 甲区二单位 (a2); 乙区: 乙区一单位 (b1); 市直单位 (x)
 * without a district.
 *   A1 a1 社区义诊 3-5 09:00–11:00 (+市人民医院): 张三 2 h, 李四 1.25 h, 王五 never checked out.
 *   A2 a1 河道清洁 3-9 07:00–10:30 (07:00 in Shanghai is 23:00 UTC the day before): 张三 3.5 h.
 *   A3 a1 草稿活动 (draft), A4 a1 已撤回活动 (withdrawn).
 *   B1 a2 周五读书会 3-8 19:00–21:00 (+市图书馆, 青年志愿者协会): 李四 2 h, 赵六 1 h.
 *   C1 b1 植树 3-12 09:00–12:00: 张三 3 h.
 *   D1 x 法律咨询 3-6 14:00–16:00: 王五 1 h, 孙七 checked in and out at 14:00 (0 h).
 * Consents: 张三, 李四, 孙七 to the current notice; 王五 to an old one; 赵六 none.
 * Returns handed in: a1 for 3月8日 (figures as sent: 3 people, 3.00 h — sent before 李四's
 * check-out was corrected, so not the live 3.25) and 3月15日; b1 for 3月15日. a2 has a draft for 3月8日
 * with 999 yuan typed: never shown.
 */
const sql = connectTestDb()
afterAll(() => sql.end())

type TFixture = {
  campaignId: string
  districts: { a: string; b: string }
  units: { a1: string; a2: string; b1: string; x: string }
  deadlines: { week1: string; week2: string; summary: string }
  organiser: string
  districtAdmin: string
  contactA1: string
  stranger: string
  pictures: Record<string, Buffer>
}

const TITLE = '关于开展2024年测试市学雷锋全民志愿服务行动月系列活动的通知'
const TABLE_TITLE = '2024测试市“学雷锋全民志愿服务行动月”活动开展情况统计表'

async function users(names: Array<[string, string | null]>): Promise<string[]> {
  const ids: string[] = []
  for (const [name, phone] of names) {
    const [row] = await sql<{ id: string }[]>`insert into app_users (display_name, real_name, phone) values (${name}, ${phone ? name : null}, ${phone}) returning id`
    ids.push(row!.id)
  }
  return ids
}

async function jpeg(seed: number): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: { r: seed * 40, g: 120, b: 200 - seed * 30 } } }).jpeg().toBuffer()
}

async function createFixture(): Promise<TFixture> {
  const slug = `t-exp-${randomUUID().slice(0, 8)}`
  const [campaign] = await sql<{ id: string }[]>`
    insert into campaigns (slug, issuer, city, year, title, period_start, period_end, is_published)
    values (${slug}, '测试团市委', '测试市', 2024, ${TITLE}, '2024-03-01', '2024-03-31', false) returning id`
  const campaignId = campaign!.id
  const [da, db] = await sql<{ id: string }[]>`
    insert into districts (campaign_id, key, name, kind, sort) values (${campaignId}, 'a', '甲区', 'county', 0), (${campaignId}, 'b', '乙区', 'county', 1)
    returning id`
  const [a1, a2, b1, x] = await sql<{ id: string }[]>`
    insert into units (campaign_id, district_id, key, name, sort) values
      (${campaignId}, ${da!.id}, 'a1', '甲区一单位', 0), (${campaignId}, ${da!.id}, 'a2', '甲区二单位', 1),
      (${campaignId}, ${db!.id}, 'b1', '乙区一单位', 2), (${campaignId}, null, 'x', '市直单位', 3)
    returning id`
  const [week1, week2, summary] = await sql<{ id: string }[]>`
    insert into campaign_deadlines (campaign_id, kind, title, due_at) values
      (${campaignId}, 'weekly_stats', '3月8日统计表', '2024-03-08 18:00+08'),
      (${campaignId}, 'weekly_stats', '3月15日统计表', '2024-03-15 18:00+08'),
      (${campaignId}, 'summary', '活动总结', '2024-04-03 18:00+08')
    returning id`
  const [plan] = await sql<{ id: string }[]>`
    insert into campaign_deadlines (campaign_id, kind, title, due_at) values (${campaignId}, 'activity_plan', '附件2', '2024-02-19 18:00+08') returning id`
  await sql`insert into campaign_contacts (campaign_id, name, organisation, phone, sort) values (${campaignId}, '曾老师', '市志愿者联合会', '0758-2323563', 0)`
  const [organiser, districtAdmin, contactA1, stranger] = await users([
    ['测试组织方', null],
    ['甲区管理员', null],
    ['甲区一联系人', null],
    ['别的活动月组织方', null],
  ])
  await sql`insert into memberships (user_id, campaign_id, role, unit_id, district_id) values
    (${organiser!}, ${campaignId}, 'organiser', null, null),
    (${districtAdmin!}, ${campaignId}, 'district_admin', null, ${da!.id}),
    (${contactA1!}, ${campaignId}, 'unit_contact', ${a1!.id}, null)`
  const [other] = await sql<{ id: string }[]>`
    insert into campaigns (slug, issuer, city, year, title, period_start, period_end)
    values (${`${slug}-o`}, '别处文明办', '别处市', 2024, '别处活动月', '2024-03-01', '2024-03-31') returning id`
  await sql`insert into memberships (user_id, campaign_id, role) values (${stranger!}, ${other!.id}, 'organiser')`

  const [p1, p2, p3, p4, p5] = await users([
    ['张三', '13900000001'],
    ['李四', '13900000002'],
    ['王五', '13900000003'],
    ['赵六', '13900000004'],
    ['孙七', '13900000005'],
  ])
  await sql`insert into privacy_consents (user_id, policy_version, purpose) values
    (${p1!}, ${PRIVACY_POLICY_VERSION}, 'registration'), (${p2!}, ${PRIVACY_POLICY_VERSION}, 'registration'),
    (${p5!}, ${PRIVACY_POLICY_VERSION}, 'registration'), (${p3!}, '2020-01', 'registration')`

  const activity = async (unitId: string, title: string, from: string, to: string, options: { co?: string[]; status?: string; seq?: number } = {}) => {
    const [row] = await sql<{ id: string }[]>`
      insert into activities (campaign_id, unit_id, seq_no, title, description, starts_at, ends_at, location_name, contact_name, contact_phone,
                              category, status, co_organisers)
      values (${campaignId}, ${unitId}, ${options.seq ?? null}, ${title}, '', ${from}, ${to}, '社区广场', '刘老师', '13800000009', 'care',
              ${options.status ?? 'published'}, ${options.co ?? []})
      returning id`
    return row!.id
  }
  const A1 = await activity(a1!.id, '社区义诊', '2024-03-05 09:00+08', '2024-03-05 11:00+08', { co: ['市人民医院'] })
  const A2 = await activity(a1!.id, '河道清洁', '2024-03-09 07:00+08', '2024-03-09 10:30+08')
  await activity(a1!.id, '草稿活动', '2024-03-06 09:00+08', '2024-03-06 10:00+08', { status: 'draft' })
  await activity(a1!.id, '已撤回活动', '2024-03-06 09:00+08', '2024-03-06 10:00+08', { status: 'cancelled' })
  const B1 = await activity(a2!.id, '周五读书会', '2024-03-08 19:00+08', '2024-03-08 21:00+08', { co: ['市图书馆', '青年志愿者协会'] })
  const C1 = await activity(b1!.id, '植树', '2024-03-12 09:00+08', '2024-03-12 12:00+08')
  const D1 = await activity(x!.id, '法律咨询', '2024-03-06 14:00+08', '2024-03-06 16:00+08')
  const checkIn = async (activityId: string, userId: string, inAt: string, outAt: string | null) => {
    const [registration] = await sql<{ id: string }[]>`
      insert into registrations (activity_id, user_id, status, confirmed_at) values (${activityId}, ${userId}, 'confirmed', now()) returning id`
    await sql`insert into check_ins (registration_id, checked_in_at, checked_out_at) values (${registration!.id}, ${inAt}, ${outAt})`
  }
  await checkIn(A1, p1!, '2024-03-05 09:00+08', '2024-03-05 11:00+08')
  await checkIn(A1, p2!, '2024-03-05 09:30+08', '2024-03-05 10:45+08')
  await checkIn(A1, p3!, '2024-03-05 09:10+08', null)
  await checkIn(A2, p1!, '2024-03-09 07:00+08', '2024-03-09 10:30+08')
  await checkIn(B1, p2!, '2024-03-08 19:00+08', '2024-03-08 21:00+08')
  await checkIn(B1, p4!, '2024-03-08 19:30+08', '2024-03-08 20:30+08')
  await checkIn(C1, p1!, '2024-03-12 09:00+08', '2024-03-12 12:00+08')
  await checkIn(D1, p3!, '2024-03-06 14:00+08', '2024-03-06 15:00+08')
  await checkIn(D1, p5!, '2024-03-06 14:00+08', '2024-03-06 14:00+08')

  // Returns as submitting writes them: the header, each row's frozen figures and what was typed.
  const sendReturn = async (
    unitId: string,
    deadlineId: string,
    weekEnding: string,
    rows: Array<{ activityId: string; vc: number; oc: number; hours: number; funds: number | null; served: Array<[string, string | null, number]>; media?: [number, number, string[], number] }>,
    status: 'submitted' | 'draft' = 'submitted',
  ) => {
    await sql`insert into unit_submissions (campaign_id, unit_id, deadline_id, kind, status, submitted_at)
              values (${campaignId}, ${unitId}, ${deadlineId}, 'weekly_stats', ${status}, ${status === 'submitted' ? new Date('2024-03-08T09:00:00Z') : null})`
    for (const row of rows) {
      const [stats] = await sql<{ id: string }[]>`
        insert into weekly_stats (campaign_id, unit_id, activity_id, deadline_id, week_ending, volunteer_count, organisation_count, service_hours, funds_yuan, figures_at)
        values (${campaignId}, ${unitId}, ${row.activityId}, ${deadlineId}, ${weekEnding}, ${row.vc}, ${row.oc}, ${row.hours}, ${row.funds},
                ${status === 'submitted' ? new Date() : null})
        returning id`
      for (const [population, description, count] of row.served) {
        await sql`insert into weekly_stats_served (stats_id, unit_id, population, description, served_count)
                  values (${stats!.id}, ${unitId}, ${population}, ${description}, ${count})`
      }
      const [print, web, links, reads] = row.media ?? [0, 0, [], 0]
      await sql`insert into media_coverage (campaign_id, unit_id, activity_id, deadline_id, week_ending, print_reports, web_reports, links, read_count)
                values (${campaignId}, ${unitId}, ${row.activityId}, ${deadlineId}, ${weekEnding}, ${print}, ${web}, ${links}, ${reads})`
    }
  }
  await sendReturn(a1!.id, week1!.id, '2024-03-08', [
    { activityId: A1, vc: 3, oc: 2, hours: 3, funds: 500.5, served: [['empty_nest_elderly', null, 30], ['other', '社区居民', 12]], media: [1, 2, ['https://mp.weixin.qq.com/s/a1'], 300] },
  ])
  await sendReturn(a1!.id, week2!.id, '2024-03-15', [
    { activityId: A2, vc: 1, oc: 1, hours: 3.5, funds: 100, served: [['empty_nest_elderly', null, 10]], media: [0, 1, ['https://www.example.gov.cn/news/1.html'], 50] },
  ])
  await sendReturn(b1!.id, week2!.id, '2024-03-15', [{ activityId: C1, vc: 1, oc: 1, hours: 3, funds: 200, served: [['disabled', null, 5]] }])
  await sendReturn(a2!.id, week1!.id, '2024-03-08', [{ activityId: B1, vc: 0, oc: 0, hours: 0, funds: 999, served: [['disabled', null, 77]], media: [5, 0, [], 0] }], 'draft')
  await sql`insert into unit_submissions (campaign_id, unit_id, deadline_id, kind, status, submitted_at)
            values (${campaignId}, ${a1!.id}, ${plan!.id}, 'activity_plan', 'submitted', now())`

  // 附件1: a1 and b1 submitted one project each; a2's draft and b1's returned one are not handed in.
  const pictures: Record<string, Buffer> = {}
  const project = async (unitId: string, name: string, status: string, pictureCount: number) => {
    const [row] = await sql<{ id: string }[]>`
      insert into showcase_applications (campaign_id, unit_id, organisation_name, project_name, project_summary, display_contents, display_details,
                                         standard_needs, extra_needs, extra_need_details, contact_name, contact_unit_title, contact_phone, remark,
                                         status, submitted_at, returned_at, return_reason)
      values (${campaignId}, ${unitId}, ${`${name}的组织`}, ${name}, ${`${name}的项目简介`}, ${['展板', '互动活动']},
              ${sql.json({ 展板: '三块展板', 互动活动: '垃圾分类小游戏' })}, true, ${['电源']}, ${sql.json({ 电源: '一路220V' })},
              '王老师', '团委书记', '13800000010', '', ${status}, ${status === 'draft' ? null : new Date('2024-02-18T02:30:00Z')},
              ${status === 'returned' ? new Date() : null}, ${status === 'returned' ? '图片不清楚' : null})
      returning id`
    for (let position = 1; position <= pictureCount; position += 1) {
      const bytes = await jpeg(position + name.length)
      const storagePath = `${campaignId}/${unitId}/${randomUUID()}.jpg`
      const file = path.join(process.env.TEST_DATA_DIR ?? '', 'storage', ...storagePath.split('/'))
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(file, bytes)
      pictures[`${name}/${position}`] = bytes
      await sql`insert into photos (campaign_id, unit_id, purpose, showcase_application_id, showcase_position, storage_path, sha256, byte_size, mime_type)
                values (${campaignId}, ${unitId}, 'showcase', ${row!.id}, ${position}, ${storagePath},
                        ${createHash('sha256').update(bytes).digest('hex')}, ${bytes.length}, 'image/jpeg')`
    }
  }
  await project(a1!.id, '雷锋精神进社区', 'submitted', 2)
  await project(a2!.id, '草稿项目', 'draft', 1)
  await project(b1!.id, '绿色家园', 'submitted', 1)
  await project(b1!.id, '被退回的项目', 'returned', 1)

  return {
    campaignId,
    districts: { a: da!.id, b: db!.id },
    units: { a1: a1!.id, a2: a2!.id, b1: b1!.id, x: x!.id },
    deadlines: { week1: week1!.id, week2: week2!.id, summary: summary!.id },
    organiser: organiser!,
    districtAdmin: districtAdmin!,
    contactA1: contactA1!,
    stranger: stranger!,
    pictures,
  }
}

let f: TFixture
beforeAll(async () => {
  f = await createFixture()
})

async function exportFile(userId: string, kind: string, body: Record<string, unknown> = {}): Promise<{ fileName: string; bytes: Buffer }> {
  const response = await api(`/api/campaigns/${f.campaignId}/exports/${kind}`, { token: tokenFor(userId), body })
  if (response.status !== 200) throw new Error(`${kind}: HTTP ${response.status} ${JSON.stringify(response.body)}`)
  const file = ZExportResponse.parse(response.body)
  const download = await fetch(file.url)
  expect(download.status).toBe(200)
  return { fileName: file.fileName, bytes: Buffer.from(await download.arrayBuffer()) }
}

async function readWorkbook(bytes: Buffer): Promise<TExcelWorkbook> {
  const workbook = newWorkbook()
  await workbook.xlsx.load(bytes)
  return workbook
}

/** A cell as a reader sees it: a formula's cached result, a link's text, else the value. */
function seen(cell: Cell): unknown {
  const value = cell.value
  if (value && typeof value === 'object' && 'formula' in value) return value.result
  if (value && typeof value === 'object' && 'hyperlink' in value) return value.text
  return value ?? null
}

function formula(cell: Cell): string | null {
  const value = cell.value
  return value && typeof value === 'object' && 'formula' in value ? (value.formula ?? null) : null
}

function rowValues(sheet: Worksheet, r: number, columns: number): unknown[] {
  return Array.from({ length: columns }, (_, i) => seen(sheet.getCell(r, i + 1)))
}

const week1 = () => ({ kind: 'deadline', deadlineId: f.deadlines.week1 })
const march = { kind: 'month', month: '2024-03' }

describe('who may export', () => {
  it('offers an organiser every district and period, a district admin its own district only', async () => {
    const mine = await api(`/api/campaigns/${f.campaignId}/exports`, { token: tokenFor(f.organiser) })
    expect(mine.status).toBe(200)
    const options = ZExportOptionsResponse.parse(mine.body)
    expect(options.role).toBe('organiser')
    expect(options.districts.map((d) => [d.name, d.units])).toEqual([['甲区', 2], ['乙区', 1]])
    expect(options.units).toBe(4)
    expect(options.counts).toEqual({ showcaseProjects: 2, showcasePictures: 3, activities: 6, arrangementsSubmitted: 1 })
    expect(options.districts.map((d) => d.counts)).toEqual([
      { showcaseProjects: 1, showcasePictures: 2, activities: 4, arrangementsSubmitted: 1 },
      { showcaseProjects: 1, showcasePictures: 1, activities: 1, arrangementsSubmitted: 0 },
    ])
    expect(options.canExportHours).toBe(true)
    expect(options.periods.map((p) => [p.label, p.range])).toEqual([
      ['3月8日', '3月1日—3月8日'],
      ['3月15日', '3月9日—3月15日'],
      ['总结', '3月1日—3月31日'],
      ['2024年3月', '3月1日—3月31日'],
      ['整个活动期', '3月1日—3月31日'],
    ])

    const theirs = ZExportOptionsResponse.parse((await api(`/api/campaigns/${f.campaignId}/exports`, { token: tokenFor(f.districtAdmin) })).body)
    expect(theirs.role).toBe('district_admin')
    expect(theirs.districts.map((d) => d.name)).toEqual(['甲区'])
    expect(theirs.units).toBe(2)
    expect(theirs.counts).toEqual({ showcaseProjects: 1, showcasePictures: 2, activities: 4, arrangementsSubmitted: 1 })
    expect(theirs.canExportHours).toBe(false)
  })

  it('refuses another campaign’s organiser, a unit contact and anyone signed out — before anything is made', async () => {
    const before = await sql<{ n: number }[]>`select count(*)::int as n from audit_log where campaign_id = ${f.campaignId}`
    for (const kind of ['showcase', 'showcase-pictures', 'arrangement', 'weekly-stats', 'district-figures', 'volunteer-hours']) {
      const body = { period: week1() }
      const stranger = await api(`/api/campaigns/${f.campaignId}/exports/${kind}`, { token: tokenFor(f.stranger), body })
      // The campaign is not published: to a stranger it does not exist.
      expect([stranger.status, stranger.body.code]).toEqual([404, 'campaign_not_found'])
      const contact = await api(`/api/campaigns/${f.campaignId}/exports/${kind}`, { token: tokenFor(f.contactA1), body })
      expect([contact.status, contact.body.code]).toEqual([403, 'forbidden'])
      expect(contact.body.message).toContain('组织方和区县管理员')
      expect((await api(`/api/campaigns/${f.campaignId}/exports/${kind}`, { body })).status).toBe(401)
    }
    // Published, the campaign is visible to all, and its exports still are not.
    await sql`update campaigns set is_published = true where id = ${f.campaignId}`
    try {
      const stranger = await api(`/api/campaigns/${f.campaignId}/exports/district-figures`, { token: tokenFor(f.stranger), body: { period: march } })
      expect([stranger.status, stranger.body.code]).toEqual([403, 'forbidden'])
      expect((await api(`/api/campaigns/${f.campaignId}/exports`, { token: tokenFor(f.stranger) })).status).toBe(403)
    } finally {
      await sql`update campaigns set is_published = false where id = ${f.campaignId}`
    }
    const after = await sql<{ n: number }[]>`select count(*)::int as n from audit_log where campaign_id = ${f.campaignId}`
    expect(after[0]!.n).toBe(before[0]!.n)
  })

  it('keeps a district admin to its own district and away from volunteers’ personal data', async () => {
    const other = await api(`/api/campaigns/${f.campaignId}/exports/weekly-stats`, {
      token: tokenFor(f.districtAdmin),
      body: { districtId: f.districts.b, period: week1() },
    })
    expect([other.status, other.body.code]).toEqual([403, 'forbidden'])
    expect(other.body.message).toBe('区县管理员只能导出本区县的报表')
    const hours = await api(`/api/campaigns/${f.campaignId}/exports/volunteer-hours`, { token: tokenFor(f.districtAdmin), body: {} })
    expect([hours.status, hours.body.code]).toEqual([403, 'forbidden'])
    expect(hours.body.message).toContain('只有本活动月的组织方')
  })

  it('row-level security: the export functions give a stranger nothing and a district admin its district', async () => {
    const run = (userId: string) =>
      asUser(sql, userId, async (tx) => ({
        units: (await tx<{ id: string }[]>`select app_private.export_unit_ids(${f.campaignId}) as id`).map((r) => r.id).sort(),
        figures: (await tx<{ unit_id: string }[]>`select unit_id from app_private.campaign_stats_figures(${f.campaignId}, '2024-03-01', '2024-04-01')`)
          .map((r) => r.unit_id),
        hours: (await tx`select 1 from app_private.campaign_volunteer_hours(${f.campaignId}, null, '2024-03-01', '2024-04-01', 'registration', ${[PRIVACY_POLICY_VERSION]})`).length,
      }))
    const stranger = await run(f.stranger)
    expect(stranger).toEqual({ units: [], figures: [], hours: 0 })
    const contact = await run(f.contactA1)
    expect(contact).toEqual({ units: [], figures: [], hours: 0 })
    const admin = await run(f.districtAdmin)
    expect(admin.units).toEqual([f.units.a1, f.units.a2].sort())
    expect(new Set(admin.figures)).toEqual(new Set([f.units.a1, f.units.a2]))
    expect(admin.hours).toBe(0)
    const organiser = await run(f.organiser)
    expect(organiser.units).toHaveLength(4)
    expect(organiser.hours).toBe(7)
    // The consents themselves stay each person's own.
    expect(await asUser(sql, f.organiser, (tx) => tx`select 1 from privacy_consents`)).toHaveLength(0)
  })
})

describe('附件1 of every unit', () => {
  it('writes a 目录 and one sheet per submitted project in the notice’s layout', async () => {
    const { fileName, bytes } = await exportFile(f.organiser, 'showcase')
    expect(fileName).toBe('附件1 启动仪式现场展示项目申报表（测试团市委（全部单位），2个项目）.xlsx')
    const workbook = await readWorkbook(bytes)
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['目录', '1 雷锋精神进社区', '2 绿色家园'])
    const index = workbook.getWorksheet('目录')!
    expect(seen(index.getCell('A1'))).toBe('2024年学雷锋志愿服务集中活动启动仪式现场展示项目申报表 · 测试团市委（全部单位） · 共 2 个项目')
    expect(rowValues(index, 2, 8)).toEqual(['序号', '县区（功能板块）', '单位（组织）', '项目名称', '图片（张）', '图片包中的位置', '状态', '提交时间'])
    // Submitted 2024-02-18 02:30 UTC = 10:30 in Shanghai.
    expect(rowValues(index, 3, 8)).toEqual([1, '甲区', '甲区一单位', '雷锋精神进社区', 2, '甲区一单位/雷锋精神进社区/', '已提交', '2024-02-18 10:30'])
    expect(rowValues(index, 4, 8)).toEqual([2, '乙区', '乙区一单位', '绿色家园', 1, '乙区一单位/绿色家园/', '已提交', '2024-02-18 10:30'])
    expect(index.getCell('D3').value).toMatchObject({ hyperlink: "#'1 雷锋精神进社区'!A1" })
    expect(index.rowCount).toBe(4)

    const form = workbook.getWorksheet('1 雷锋精神进社区')!
    expect(seen(form.getCell('A1'))).toBe('附件1')
    expect(seen(form.getCell('A2'))).toBe('2024年学雷锋志愿服务集中活动启动仪式现场展示项目申报表')
    expect(rowValues(form, 3, 2)).toEqual(['组织名称', '雷锋精神进社区的组织'])
    expect(rowValues(form, 4, 2)).toEqual(['项目名称', '雷锋精神进社区'])
    expect(rowValues(form, 5, 2)).toEqual(['项目简介', '雷锋精神进社区的项目简介'])
    expect(seen(form.getCell('B6'))).toBe('（5 张图片，不小于 1M，图片单独打包报送）\n图片包：甲区一单位/雷锋精神进社区/1.jpg、甲区一单位/雷锋精神进社区/2.jpg')
    expect(seen(form.getCell('B7'))).toBe('1. 展板：✔ 三块展板\n2. 现场服务：\n3. 互动活动：✔ 垃圾分类小游戏\n4. 纪念品：\n5. 其他：')
    expect(String(seen(form.getCell('B8')))).toContain('3. 电源：✔ 一路220V')
    expect(rowValues(form, 9, 4)).toEqual(['对接负责人', '单位与职务', '联系方式', '备注'])
    expect(rowValues(form, 10, 4)).toEqual(['王老师', '团委书记', '13800000010', ''])
  })

  it('packs the pictures as <单位>/<项目名称>/<n>.jpg, the originals byte for byte', async () => {
    const { fileName, bytes } = await exportFile(f.organiser, 'showcase-pictures')
    expect(fileName).toBe('附件1 展示项目图片（测试团市委（全部单位），2个项目）.zip')
    const zip = await JSZip.loadAsync(bytes)
    const files = Object.values(zip.files).filter((entry) => !entry.dir).map((entry) => entry.name)
    expect(files).toEqual(['甲区一单位/雷锋精神进社区/1.jpg', '甲区一单位/雷锋精神进社区/2.jpg', '乙区一单位/绿色家园/1.jpg'])
    expect(await zip.file('甲区一单位/雷锋精神进社区/2.jpg')!.async('nodebuffer')).toEqual(f.pictures['雷锋精神进社区/2'])
    expect(await zip.file('乙区一单位/绿色家园/1.jpg')!.async('nodebuffer')).toEqual(f.pictures['绿色家园/1'])

    // A district admin's package holds its own district's units only.
    const district = await JSZip.loadAsync((await exportFile(f.districtAdmin, 'showcase-pictures')).bytes)
    expect(Object.values(district.files).filter((e) => !e.dir).map((e) => e.name)).toEqual(['甲区一单位/雷锋精神进社区/1.jpg', '甲区一单位/雷锋精神进社区/2.jpg'])
  })
})

describe('附件2 of every unit', () => {
  it('is one table in the notice’s layout, by district then unit, 序号 running over all', async () => {
    const { fileName, bytes } = await exportFile(f.organiser, 'arrangement')
    expect(fileName).toBe('附件2 学雷锋志愿服务活动安排表（测试团市委（全部单位））.xlsx')
    const sheet = (await readWorkbook(bytes)).getWorksheet('附件2')!
    expect(seen(sheet.getCell('A1'))).toBe('附件2')
    expect(seen(sheet.getCell('A2'))).toBe('2024 年 3 月学雷锋志愿服务活动安排表')
    expect(seen(sheet.getCell('A3'))).toBe('填报单位（盖章）：测试团市委（全部单位）')
    expect(rowValues(sheet, 4, 7)).toEqual(['序号', '单位(组织)', '时间', '地点', '活动名称及内容', '联系人及电话', '所属类别'])
    const rows = Array.from({ length: 10 }, (_, i) => rowValues(sheet, 5 + i, 7))
    expect(rows).toEqual([
      ['甲区', '甲区', '甲区', '甲区', '甲区', '甲区', '甲区'],
      [1, '甲区一单位、市人民医院', '3月5日 9:00—11:00', '社区广场', '社区义诊', '刘老师 13800000009', '爱心帮扶类'],
      [2, '甲区一单位', '3月6日 9:00—10:00', '社区广场', '草稿活动', '刘老师 13800000009', '爱心帮扶类'],
      // 07:00 in Shanghai (23:00 UTC the day before) is written as Shanghai time.
      [3, '甲区一单位', '3月9日 7:00—10:30', '社区广场', '河道清洁', '刘老师 13800000009', '爱心帮扶类'],
      [4, '甲区二单位、市图书馆、青年志愿者协会', '3月8日 19:00—21:00', '社区广场', '周五读书会', '刘老师 13800000009', '爱心帮扶类'],
      ['乙区', '乙区', '乙区', '乙区', '乙区', '乙区', '乙区'],
      [5, '乙区一单位', '3月12日 9:00—12:00', '社区广场', '植树', '刘老师 13800000009', '爱心帮扶类'],
      ['未分区', '未分区', '未分区', '未分区', '未分区', '未分区', '未分区'],
      [6, '市直单位', '3月6日 14:00—16:00', '社区广场', '法律咨询', '刘老师 13800000009', '爱心帮扶类'],
      [String(seen(sheet.getCell('A14'))), ...Array(6).fill(String(seen(sheet.getCell('A14'))))],
    ])
    expect(String(seen(sheet.getCell('A14')))).toContain('所属类别可分为')
    expect(typeof sheet.getCell('A6').value).toBe('number')
  })

  it('only the units that handed theirs in, when asked; a district admin its district', async () => {
    const submitted = (await readWorkbook((await exportFile(f.organiser, 'arrangement', { submittedOnly: true })).bytes)).getWorksheet('附件2')!
    expect([5, 6, 7, 8, 9].map((r) => seen(submitted.getCell(r, 5)))).toEqual(['甲区', '社区义诊', '草稿活动', '河道清洁', String(seen(submitted.getCell('A9')))])
    const district = (await readWorkbook((await exportFile(f.districtAdmin, 'arrangement')).bytes)).getWorksheet('附件2')!
    expect(seen(district.getCell('A3'))).toBe('填报单位（盖章）：甲区')
    expect([5, 6, 7, 8, 9].map((r) => seen(district.getCell(r, 1)))).toEqual(['甲区', 1, 2, 3, 4])
    expect(String(seen(district.getCell('A10')))).toContain('所属类别可分为')
  })
})

describe('活动开展情况统计表 of every unit', () => {
  it('a Friday: returns as handed in, the others computed, 合计 as formulas with cached values', async () => {
    const { fileName, bytes } = await exportFile(f.organiser, 'weekly-stats', { period: week1() })
    expect(fileName).toBe('活动开展情况统计表（测试团市委（全部单位），3月8日）.xlsx')
    const workbook = await readWorkbook(bytes)
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['统计表'])
    const sheet = workbook.getWorksheet('统计表')!
    expect(seen(sheet.getCell('A1'))).toBe(TABLE_TITLE)
    expect(seen(sheet.getCell('A2'))).toBe('填报单位（盖章）：测试团市委（全部单位）')
    expect(seen(sheet.getCell('F2'))).toBe('统计时段：3月1日—3月8日')
    expect(rowValues(sheet, 3, 8)).toEqual(['序号', '活动名称（含主办单位）', '参与志愿者人次', '参与志愿服务组织数量', '覆盖人群', '覆盖人群', '累计志愿服务时数', '投入资金及物料（元）'])
    expect(rowValues(sheet, 5, 8)).toEqual([1, '社区义诊（甲区一单位、市人民医院）', 3, 2, '空巢老人（30）、其他：社区居民（12）', 42, 3, 500.5])
    // a2 did not hand in 3月8日: computed from check-ins, its draft's 999 yuan and 77 served not shown.
    expect(rowValues(sheet, 6, 8)).toEqual([2, '周五读书会（甲区二单位、市图书馆、青年志愿者协会）', 2, 3, '', 0, 3, 0])
    expect(rowValues(sheet, 7, 8)).toEqual([3, '法律咨询（市直单位）', 2, 1, '', 0, 1, 0])
    expect(seen(sheet.getCell('A8'))).toBe('合计')
    expect(rowValues(sheet, 8, 8).slice(2)).toEqual([7, 6, null, 42, 7, 500.5])
    expect(['C', 'D', 'F', 'G', 'H'].map((c) => formula(sheet.getCell(`${c}8`)))).toEqual(['SUM(C5:C7)', 'SUM(D5:D7)', 'SUM(F5:F7)', 'SUM(G5:G7)', 'SUM(H5:H7)'])
    expect(sheet.getCell('G5').numFmt).toBe('0.00')
    expect(seen(sheet.getCell('A10'))).toBe('媒体宣传情况')
    expect(rowValues(sheet, 11, 6)).toEqual(['序号', '活动名称（含主办单位）', '纸媒报道数（条）', '网站报道数（条）', '网页或微信链接', '网页或微信阅读数（条/次）'])
    expect(rowValues(sheet, 12, 6)).toEqual([1, '社区义诊（甲区一单位、市人民医院）', 1, 2, 'https://mp.weixin.qq.com/s/a1', 300])
    expect(rowValues(sheet, 13, 6)).toEqual(['合计', '合计', 1, 2, '共 1 条链接', 300])
    expect(formula(sheet.getCell('F13'))).toBe('SUM(F12:F12)')
    expect(seen(sheet.getCell('A15'))).toBe('联系人：曾老师')
    expect(seen(sheet.getCell('E15'))).toBe('联系电话：0758-2323563')
  })

  it('the whole month: live headcounts and hours, what was typed added up over the Fridays handed in', async () => {
    const sheet = (await readWorkbook((await exportFile(f.organiser, 'weekly-stats', { period: march })).bytes)).getWorksheet('统计表')!
    expect(seen(sheet.getCell('F2'))).toBe('统计时段：2024年3月（3月1日—3月31日）')
    expect(Array.from({ length: 5 }, (_, i) => rowValues(sheet, 5 + i, 8))).toEqual([
      [1, '社区义诊（甲区一单位、市人民医院）', 3, 2, '空巢老人（30）、其他：社区居民（12）', 42, 3.25, 500.5],
      [2, '河道清洁（甲区一单位）', 1, 1, '空巢老人', 10, 3.5, 100],
      [3, '周五读书会（甲区二单位、市图书馆、青年志愿者协会）', 2, 3, '', 0, 3, 0],
      [4, '植树（乙区一单位）', 1, 1, '残疾人', 5, 3, 200],
      [5, '法律咨询（市直单位）', 2, 1, '', 0, 1, 0],
    ])
    expect(rowValues(sheet, 10, 8).slice(2)).toEqual([9, 8, null, 57, 13.75, 800.5])
    expect(formula(sheet.getCell('G10'))).toBe('SUM(G5:G9)')
    expect(rowValues(sheet, 14, 6)).toEqual([1, '社区义诊（甲区一单位、市人民医院）', 1, 2, 'https://mp.weixin.qq.com/s/a1', 300])
    expect(rowValues(sheet, 15, 6)).toEqual([2, '河道清洁（甲区一单位）', 0, 1, 'https://www.example.gov.cn/news/1.html', 50])
    expect(rowValues(sheet, 16, 6)).toEqual(['合计', '合计', 1, 3, '共 2 条链接', 350])
  })

  it('a district admin’s table holds its district’s units only', async () => {
    const sheet = (await readWorkbook((await exportFile(f.districtAdmin, 'weekly-stats', { period: week1() })).bytes)).getWorksheet('统计表')!
    expect(seen(sheet.getCell('A2'))).toBe('填报单位（盖章）：甲区')
    expect([5, 6, 7].map((r) => seen(sheet.getCell(r, 2)))).toEqual(['社区义诊（甲区一单位、市人民医院）', '周五读书会（甲区二单位、市图书馆、青年志愿者协会）', '合计'])
    expect(rowValues(sheet, 7, 8).slice(2)).toEqual([5, 5, null, 42, 6, 500.5])
  })

  it('refuses a month outside the campaign and a deadline of another campaign, naming them', async () => {
    const month = await api(`/api/campaigns/${f.campaignId}/exports/weekly-stats`, { token: tokenFor(f.organiser), body: { period: { kind: 'month', month: '2024-05' } } })
    expect([month.status, month.body.message]).toEqual([400, '2024年5月不在活动期内'])
    const deadline = await api(`/api/campaigns/${f.campaignId}/exports/weekly-stats`, { token: tokenFor(f.organiser), body: { period: { kind: 'deadline', deadlineId: randomUUID() } } })
    expect(deadline.status).toBe(404)
    const bad = await api(`/api/campaigns/${f.campaignId}/exports/weekly-stats`, { token: tokenFor(f.organiser), body: { period: { kind: 'month', month: '2024-3' } } })
    expect([bad.status, bad.body.code]).toEqual([400, 'validation_failed'])
    expect(bad.body.message).toContain('月份格式应为 YYYY-MM')
  })
})

describe('district figures', () => {
  const heads = ['单位数', '活动数', '参与志愿者人次', '参与志愿服务组织数量', '覆盖人群服务人次', '累计志愿服务时数', '投入资金及物料（元）', '纸媒报道数（条）', '网站报道数（条）', '网页或微信阅读数（条/次）', '应报送（份）', '已报送（份）']

  it('per district and per unit for the month, 小计 and 合计 as formulas', async () => {
    const { fileName, bytes } = await exportFile(f.organiser, 'district-figures', { period: march })
    expect(fileName).toBe('区县汇总（测试团市委（全部单位），2024年3月）.xlsx')
    const workbook = await readWorkbook(bytes)
    const districts = workbook.getWorksheet('区县汇总')!
    expect(seen(districts.getCell('A1'))).toBe('2024测试市“学雷锋全民志愿服务行动月”活动开展情况汇总表（分县区）')
    expect(String(seen(districts.getCell('H2')))).toMatch(/^统计时段：2024年3月（3月1日—3月31日）　导出时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
    expect(rowValues(districts, 3, 14)).toEqual(['序号', '县区（功能板块）', ...heads])
    expect(rowValues(districts, 4, 14)).toEqual([1, '甲区', 2, 3, 6, 6, 52, 9.75, 600.5, 1, 3, 350, 4, 2])
    expect(rowValues(districts, 5, 14)).toEqual([2, '乙区', 1, 1, 1, 1, 5, 3, 200, 0, 0, 0, 2, 1])
    expect(rowValues(districts, 6, 14)).toEqual([3, '未分区', 1, 1, 2, 1, 0, 1, 0, 0, 0, 0, 2, 0])
    expect(rowValues(districts, 7, 14)).toEqual(['合计', '合计', 4, 5, 9, 8, 57, 13.75, 800.5, 1, 3, 350, 8, 3])
    expect(formula(districts.getCell('H7'))).toBe('SUM(H4:H6)')

    const units = workbook.getWorksheet('单位明细')!
    expect(rowValues(units, 3, 4)).toEqual(['序号', '县区（功能板块）', '单位', '单位数'])
    expect(rowValues(units, 4, 15)).toEqual([1, '甲区', '甲区一单位', 1, 2, 4, 3, 52, 6.75, 600.5, 1, 3, 350, 2, 2])
    expect(rowValues(units, 5, 15)).toEqual([2, '甲区', '甲区二单位', 1, 1, 2, 3, 0, 3, 0, 0, 0, 0, 2, 0])
    expect(rowValues(units, 6, 15)).toEqual(['甲区 小计', '甲区 小计', '甲区 小计', 2, 3, 6, 6, 52, 9.75, 600.5, 1, 3, 350, 4, 2])
    expect(formula(units.getCell('F6'))).toBe('SUM(F4:F5)')
    expect(rowValues(units, 7, 3)).toEqual([3, '乙区', '乙区一单位'])
    expect(seen(units.getCell('A8'))).toBe('乙区 小计')
    expect(rowValues(units, 9, 3)).toEqual([4, '未分区', '市直单位'])
    expect(seen(units.getCell('A10'))).toBe('未分区 小计')
    expect(rowValues(units, 11, 15)).toEqual(['合计', '合计', '合计', 4, 5, 9, 8, 57, 13.75, 800.5, 1, 3, 350, 8, 3])
    expect(formula(units.getCell('I11'))).toBe('I6+I8+I10')
  })

  it('a district admin gets its own district, and a Friday counts that Friday’s returns', async () => {
    const workbook = await readWorkbook((await exportFile(f.districtAdmin, 'district-figures', { period: week1() })).bytes)
    const districts = workbook.getWorksheet('区县汇总')!
    expect(seen(districts.getCell('A2'))).toBe('填报单位：甲区')
    expect(rowValues(districts, 4, 14)).toEqual([1, '甲区', 2, 2, 5, 5, 42, 6, 500.5, 1, 2, 300, 2, 1])
    expect(seen(districts.getCell('A5'))).toBe('合计')
    expect(districts.rowCount).toBe(5)
  })
})

describe('volunteer-hours sheet for i志愿', () => {
  it('one row per person per activity, Shanghai dates, hours as numbers, phones only with consent', async () => {
    const { fileName, bytes } = await exportFile(f.organiser, 'volunteer-hours', {})
    expect(fileName).toBe('志愿服务时长（i志愿批量导入，测试团市委（全部单位），整个活动期）.xlsx')
    const workbook = await readWorkbook(bytes)
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['服务时长', '说明'])
    const sheet = workbook.getWorksheet('服务时长')!
    expect(rowValues(sheet, 1, 13)).toEqual(['序号', '姓名', '证件类型', '证件号码', '手机号', '活动名称', '服务日期', '签到时间', '签退时间', '服务时长（小时）', '服务组织/单位', '所属区县', '备注'])
    const rows = Array.from({ length: 8 }, (_, i) => rowValues(sheet, 2 + i, 13))
    expect(rows).toEqual([
      [1, '张三', null, null, '13900000001', '社区义诊', '2024-03-05', '2024-03-05 09:00', '2024-03-05 11:00', 2, '甲区一单位', '甲区', null],
      [2, '李四', null, null, '13900000002', '社区义诊', '2024-03-05', '2024-03-05 09:30', '2024-03-05 10:45', 1.25, '甲区一单位', '甲区', null],
      [3, '张三', null, null, '13900000001', '河道清洁', '2024-03-09', '2024-03-09 07:00', '2024-03-09 10:30', 3.5, '甲区一单位', '甲区', null],
      [4, '李四', null, null, '13900000002', '周五读书会', '2024-03-08', '2024-03-08 19:00', '2024-03-08 21:00', 2, '甲区二单位', '甲区', null],
      [5, '赵六', null, null, '139****0004', '周五读书会', '2024-03-08', '2024-03-08 19:30', '2024-03-08 20:30', 1, '甲区二单位', '甲区', PHONE_MASKED_NOTE],
      [6, '张三', null, null, '13900000001', '植树', '2024-03-12', '2024-03-12 09:00', '2024-03-12 12:00', 3, '乙区一单位', '乙区', null],
      // 王五 agreed to an older notice only: masked until that notice's wording is checked.
      [7, '王五', null, null, '139****0003', '法律咨询', '2024-03-06', '2024-03-06 14:00', '2024-03-06 15:00', 1, '市直单位', null, PHONE_MASKED_NOTE],
      [null, null, null, null, null, null, null, null, null, null, null, null, null],
    ])
    expect(typeof sheet.getCell('J3').value).toBe('number')
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    // Unmasked numbers only for those who consented (孙七's 0-hour check-in is not a row).
    const phones = rows.map((r) => r[4]).filter((p): p is string => typeof p === 'string' && /^1\d{10}$/.test(p))
    expect(new Set(phones)).toEqual(new Set(['13900000001', '13900000002']))

    const notes = workbook.getWorksheet('说明')!
    const facts = new Map(Array.from({ length: notes.rowCount }, (_, i) => [seen(notes.getCell(i + 1, 1)), seen(notes.getCell(i + 1, 2))]))
    expect(facts.get('统计时段')).toBe('整个活动期（3月1日—3月31日）')
    expect(facts.get('记录条数')).toBe(7)
    expect(facts.get('志愿者人数')).toBe(4)
    expect(facts.get('含手机号的记录')).toBe(5)
    expect(facts.get('手机号已打码的记录')).toBe(2)
    expect(facts.get('未列入：尚未签退')).toBe(1)
    expect(facts.get('未列入：服务时长为 0')).toBe(1)
    expect(facts.get('证件类型、证件号码')).toBe(ID_NOT_COLLECTED_NOTE)

    const [audit] = await sql<{ action: string; entity: string; after: { rows: number; withPhone: number } }[]>`
      select action, entity, after from audit_log where campaign_id = ${f.campaignId} and entity = 'volunteer_hours' order by id desc limit 1`
    expect(audit).toMatchObject({ action: 'export', after: { rows: 7, withPhone: 5 } })
  })

  it('one district and one Friday’s days, when asked', async () => {
    const sheet = (await readWorkbook((await exportFile(f.organiser, 'volunteer-hours', { districtId: f.districts.a, period: week1() })).bytes)).getWorksheet('服务时长')!
    expect([2, 3, 4, 5, 6].map((r) => [seen(sheet.getCell(r, 2)), seen(sheet.getCell(r, 6))])).toEqual([
      ['张三', '社区义诊'],
      ['李四', '社区义诊'],
      ['李四', '周五读书会'],
      ['赵六', '周五读书会'],
      [null, null],
    ])
  })
})
