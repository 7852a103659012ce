import { randomUUID } from 'node:crypto'
import dayjs from 'dayjs'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'
import sharp from 'sharp'
import { newWorkbook } from '../../cloud/lib/excel/new-workbook'
import { ZExportResponse } from '../../types/api/common'
import { ZCreateUploadResponse } from '../../types/api/uploads'
import { ZStatsPicturesResponse, ZWeeklyStatsResponse, type TStatsRowInput, type TWeeklyStatsResponse } from '../../types/api/weekly-stats'
import { api } from '../setup/api-client'
import { asUser, connectTestDb } from '../setup/db'
import { tokenFor } from '../setup/journey'

dayjs.extend(utc)
dayjs.extend(timezone)

const sql = connectTestDb()
afterAll(() => sql.end())

type TUnitSide = { campaignId: string; unitA: string; unitB: string; contactA: string; contactB: string; volunteer: string }

/** A campaign with two units, their contacts and a volunteer; deadlines and activities are added per test. */
async function createCampaign(options: { start: string; end: string; title?: string; city?: string; year?: number }): Promise<TUnitSide> {
  const slug = `t-${randomUUID().slice(0, 8)}`
  // A campaign running now stays unpublished (its members still see it), so it never becomes the
  // campaign the app opens for the other tests running beside this one.
  const runningNow = options.start <= dayjs().tz('Asia/Shanghai').format('YYYY-MM-DD') && options.end >= dayjs().tz('Asia/Shanghai').format('YYYY-MM-DD')
  const [campaign] = await sql<{ id: string }[]>`
    insert into campaigns (slug, issuer, city, year, title, period_start, period_end, is_published)
    values (${slug}, '测试团市委', ${options.city ?? '测试市'}, ${options.year ?? 2024},
            ${options.title ?? '关于开展2024年测试市学雷锋全民志愿服务行动月系列活动的通知'}, ${options.start}, ${options.end}, ${!runningNow})
    returning id`
  const campaignId = campaign!.id
  const [a, b] = await sql<{ id: string }[]>`
    insert into units (campaign_id, key, name) values (${campaignId}, 'a', '端州区团委'), (${campaignId}, 'b', '鼎湖区团委') returning id`
  const [ca, cb, vol] = await sql<{ id: string }[]>`
    insert into app_users (display_name) values ('甲联系人'), ('乙联系人'), ('志愿者') returning id`
  await sql`insert into memberships (user_id, campaign_id, role, unit_id) values
    (${ca!.id}, ${campaignId}, 'unit_contact', ${a!.id}), (${cb!.id}, ${campaignId}, 'unit_contact', ${b!.id}),
    (${vol!.id}, ${campaignId}, 'volunteer', null)`
  return { campaignId, unitA: a!.id, unitB: b!.id, contactA: ca!.id, contactB: cb!.id, volunteer: vol!.id }
}

async function addDeadline(campaignId: string, kind: 'weekly_stats' | 'summary' | 'photos', dueAt: string): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into campaign_deadlines (campaign_id, kind, title, due_at) values (${campaignId}, ${kind}, ${`${kind} ${dueAt}`}, ${dueAt}) returning id`
  return row!.id
}

async function addActivity(
  side: TUnitSide,
  unitId: string,
  input: { title: string; from: string; to: string; co?: string[]; status?: 'published' | 'draft' | 'cancelled'; served?: string[] },
): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into activities (campaign_id, unit_id, title, starts_at, ends_at, location_name, category, status, co_organisers, served_populations)
    values (${side.campaignId}, ${unitId}, ${input.title}, ${input.from}, ${input.to}, '社区广场', 'care', ${input.status ?? 'published'},
            ${input.co ?? []}, ${input.served ?? []}::served_population[])
    returning id`
  return row!.id
}

const people: string[] = []
/** The n-th test volunteer (made once, shared by the activities). */
async function person(n: number): Promise<string> {
  while (people.length < n) {
    const [row] = await sql<{ id: string }[]>`insert into app_users (display_name, real_name, phone) values ('志愿者', '张三', '13900000000') returning id`
    people.push(row!.id)
  }
  return people[n - 1]!
}

/** A confirmed sign-up and a check-in; the database computes the hours (overlap with the schedule). */
async function checkIn(activityId: string, n: number, inAt: string, outAt: string | null): Promise<void> {
  const userId = await person(n)
  const [registration] = await sql<{ id: string }[]>`
    insert into registrations (activity_id, user_id, status, confirmed_at) values (${activityId}, ${userId}, 'confirmed', now()) returning id`
  await sql`insert into check_ins (registration_id, checked_in_at, checked_out_at) values (${registration!.id}, ${inAt}, ${outAt})`
}

async function getStats(token: string, unitId: string, deadlineId: string): Promise<TWeeklyStatsResponse> {
  const response = await api(`/api/units/${unitId}/weekly-stats?deadlineId=${deadlineId}`, { token })
  expect(response.status).toBe(200)
  return ZWeeklyStatsResponse.parse(response.body)
}

const put = (token: string, unitId: string, body: unknown) => api(`/api/units/${unitId}/weekly-stats`, { method: 'PUT', token, body })
const post = (token: string, unitId: string, action: string, body: unknown) => api(`/api/units/${unitId}/weekly-stats/${action}`, { token, body })

const media = (m: Partial<TStatsRowInput['media']> = {}) => ({ printReports: 0, webReports: 0, links: [], readCount: 0, ...m })

/**
 * March 2024: Fridays 3月8日 and 3月15日 (18:00) and the summary on 4月3日, all long past.
 *   a1 社区义诊 Tue 3-5 09:00–11:00, two co-organisers; four people: 2 h, 1.25 h, 1 h, and one never checked out.
 *   a7 长期陪伴 Thu 3-7 09:00 → Sun 3-10 17:00; one person on 3-7 (2 h), another on 3-9 (2.5 h).
 *   a2 读书会 Fri 3-8 19:00–21:00 (Friday evening): 2 h and 1 h.
 *   a3 河道清洁 Sat 3-9 08:00–11:30, one co-organiser: 3.5 h, 2 h, 3.25 h.
 *   A draft and a withdrawn activity of the unit, and an activity of the other unit, with check-ins.
 */
async function march2024(): Promise<TUnitSide & { week1: string; week2: string; summary: string; a: Record<'a1' | 'a2' | 'a3' | 'a7', string> }> {
  const side = await createCampaign({ start: '2024-03-01', end: '2024-03-31' })
  const week1 = await addDeadline(side.campaignId, 'weekly_stats', '2024-03-08 18:00+08')
  const week2 = await addDeadline(side.campaignId, 'weekly_stats', '2024-03-15 18:00+08')
  const summary = await addDeadline(side.campaignId, 'summary', '2024-04-03 18:00+08')
  await addDeadline(side.campaignId, 'photos', '2024-03-25 18:00+08')
  const a1 = await addActivity(side, side.unitA, { title: '社区义诊', from: '2024-03-05 09:00+08', to: '2024-03-05 11:00+08', co: ['市人民医院', '市红十字会'], served: ['empty_nest_elderly'] })
  await checkIn(a1, 1, '2024-03-05 09:00+08', '2024-03-05 11:00+08')
  await checkIn(a1, 2, '2024-03-05 09:30+08', '2024-03-05 10:45+08')
  await checkIn(a1, 3, '2024-03-05 08:30+08', '2024-03-05 10:00+08') // before the start: counted from 09:00
  await checkIn(a1, 4, '2024-03-05 09:10+08', null)
  const a7 = await addActivity(side, side.unitA, { title: '长期陪伴', from: '2024-03-07 09:00+08', to: '2024-03-10 17:00+08' })
  await checkIn(a7, 1, '2024-03-07 09:00+08', '2024-03-07 11:00+08')
  await checkIn(a7, 2, '2024-03-09 10:00+08', '2024-03-09 12:30+08')
  const a2 = await addActivity(side, side.unitA, { title: '周五晚间读书会', from: '2024-03-08 19:00+08', to: '2024-03-08 21:00+08' })
  await checkIn(a2, 1, '2024-03-08 19:00+08', '2024-03-08 21:00+08')
  await checkIn(a2, 5, '2024-03-08 19:30+08', '2024-03-08 20:30+08')
  const a3 = await addActivity(side, side.unitA, { title: '周六河道清洁', from: '2024-03-09 08:00+08', to: '2024-03-09 11:30+08', co: ['河小青志愿队'] })
  await checkIn(a3, 1, '2024-03-09 08:00+08', '2024-03-09 11:30+08')
  await checkIn(a3, 2, '2024-03-09 08:00+08', '2024-03-09 10:00+08')
  await checkIn(a3, 3, '2024-03-09 08:15+08', '2024-03-09 11:30+08')
  await addActivity(side, side.unitA, { title: '草稿活动', from: '2024-03-06 09:00+08', to: '2024-03-06 10:00+08', status: 'draft' })
  await addActivity(side, side.unitA, { title: '已撤回活动', from: '2024-03-06 09:00+08', to: '2024-03-06 10:00+08', status: 'cancelled' })
  const other = await addActivity(side, side.unitB, { title: '乙单位活动', from: '2024-03-05 09:00+08', to: '2024-03-05 11:00+08' })
  await checkIn(other, 6, '2024-03-05 09:00+08', '2024-03-05 11:00+08')
  return { ...side, week1, week2, summary, a: { a1, a2, a3, a7 } }
}

const figures = (stats: TWeeklyStatsResponse) =>
  stats.rows.map((r) => [r.seq, r.title, r.volunteerCount, r.organisationCount, r.serviceHours])

describe('weekly statistics: figures from check-ins', () => {
  let m: Awaited<ReturnType<typeof march2024>>
  beforeAll(async () => {
    m = await march2024()
  })

  it('computes each Friday and the summary from check-ins, with the 合计 equal to the sums by hand', async () => {
    const token = tokenFor(m.contactA)
    const week1 = await getStats(token, m.unitA, m.week1)
    expect(week1.period).toEqual({ from: '2024-03-01T00:00:00+08:00', to: '2024-03-09T00:00:00+08:00', label: '3月1日—3月8日' })
    // The Friday-evening activity is in this Friday's return; the Saturday one is not.
    expect(figures(week1)).toEqual([
      [1, '社区义诊', 4, 3, 4.25],
      [2, '长期陪伴', 1, 1, 2],
      [3, '周五晚间读书会', 2, 1, 3],
    ])
    expect(week1.rows[0]!.activityName).toBe('社区义诊（端州区团委、市人民医院、市红十字会）')
    expect(week1.rows[1]!.activityName).toBe('长期陪伴（端州区团委）')
    expect(week1.totals).toMatchObject({ volunteerCount: 7, organisationCount: 5, serviceHours: 9.25, servedCount: 0, fundsYuan: 0 })
    // Until saved, the activity's own 覆盖人群 is offered.
    expect(week1.rows[0]!.served).toEqual([{ population: 'empty_nest_elderly', description: null, count: 0 }])
    expect(week1.status).toBe('draft')
    expect(week1.figures).toBe('live')
    expect(week1.deadlines.map((d) => [d.label, d.kind])).toEqual([
      ['3月8日', 'weekly_stats'],
      ['3月15日', 'weekly_stats'],
      ['总结', 'summary'],
    ])
    expect(week1.campaign.tableTitle).toBe('2024测试市“学雷锋全民志愿服务行动月”活动开展情况统计表')

    const week2 = await getStats(token, m.unitA, m.week2)
    expect(week2.period.label).toBe('3月9日—3月15日')
    // 长期陪伴 runs into the second week: only that week's check-in counts there.
    expect(figures(week2)).toEqual([
      [1, '长期陪伴', 1, 1, 2.5],
      [2, '周六河道清洁', 3, 2, 8.75],
    ])
    expect(week2.totals).toMatchObject({ volunteerCount: 4, organisationCount: 3, serviceHours: 11.25 })

    const summary = await getStats(token, m.unitA, m.summary)
    expect(summary.period.label).toBe('3月1日—3月31日')
    expect(figures(summary)).toEqual([
      [1, '社区义诊', 4, 3, 4.25],
      [2, '长期陪伴', 2, 1, 4.5],
      [3, '周五晚间读书会', 2, 1, 3],
      [4, '周六河道清洁', 3, 2, 8.75],
    ])
    expect(summary.totals).toMatchObject({ volunteerCount: 11, organisationCount: 7, serviceHours: 20.5 })

    // Without deadlineId: the next one due, else the last (all are past here: the summary).
    const latest = ZWeeklyStatsResponse.parse((await api(`/api/units/${m.unitA}/weekly-stats`, { token })).body)
    expect(latest.deadline.id).toBe(m.summary)
  })

  it('saves drafts (partial), reads them back, and adds up the typed columns in the 合计', async () => {
    const token = tokenFor(m.contactA)
    const first = await put(token, m.unitA, {
      deadlineId: m.week1,
      rows: [
        {
          activityId: m.a.a1,
          served: [
            { population: 'empty_nest_elderly', count: 30 },
            { population: 'other', description: ' 社区居民 ', count: 20 },
          ],
          fundsYuan: 1200.5,
          media: media({ printReports: 1, webReports: 2, links: ['https://mp.weixin.qq.com/s/abcDEF123', 'https://www.zhaoqing.gov.cn/news/1.html', ''], readCount: 3500 }),
        },
      ],
    })
    expect(first.status).toBe(200)
    // Later, another part only: the earlier rows stay.
    const second = await put(token, m.unitA, {
      deadlineId: m.week1,
      body: '3月5日，端州区团委联合市人民医院开展社区义诊……',
      contactName: '李明',
      contactPhone: '0758-222 3333',
      rows: [
        { activityId: m.a.a2, served: [{ population: 'left_behind_children', count: 15 }], fundsYuan: 300, media: media() },
        { activityId: m.a.a7, served: [{ population: 'disabled', count: 5 }], fundsYuan: null, media: media({ readCount: 120 }) },
      ],
    })
    expect(second.status).toBe(200)
    const stats = await getStats(token, m.unitA, m.week1)
    const a1 = stats.rows.find((r) => r.activityId === m.a.a1)!
    expect(a1.served).toEqual([
      { population: 'empty_nest_elderly', description: null, count: 30 },
      { population: 'other', description: '社区居民', count: 20 },
    ])
    expect(a1.servedCount).toBe(50)
    expect(a1.fundsYuan).toBe(1200.5)
    expect(a1.media).toEqual({ printReports: 1, webReports: 2, links: ['https://mp.weixin.qq.com/s/abcDEF123', 'https://www.zhaoqing.gov.cn/news/1.html'], readCount: 3500 })
    expect(stats.rows.find((r) => r.activityId === m.a.a7)!.fundsYuan).toBeNull()
    expect(stats.body).toBe('3月5日，端州区团委联合市人民医院开展社区义诊……')
    expect([stats.contactName, stats.contactPhone]).toEqual(['李明', '0758-2223333'])
    expect(stats.totals).toEqual({
      volunteerCount: 7,
      organisationCount: 5,
      servedCount: 70,
      serviceHours: 9.25,
      fundsYuan: 1500.5,
      printReports: 1,
      webReports: 2,
      linkCount: 2,
      readCount: 3620,
    })
    // The figures are never typed: they are not even part of what may be sent.
    const [row] = await sql<{ volunteer_count: number; figures_at: Date | null }[]>`
      select volunteer_count, figures_at from weekly_stats where activity_id = ${m.a.a1} and deadline_id = ${m.week1}`
    expect(row).toEqual({ volunteer_count: 0, figures_at: null })
  })

  it('refuses bad cells with a Chinese message naming the activity and the field, saving nothing', async () => {
    const token = tokenFor(m.contactA)
    const before = await getStats(token, m.unitA, m.week1)
    const bad = async (row: Partial<TStatsRowInput>, expected: RegExp) => {
      const response = await put(token, m.unitA, {
        deadlineId: m.week1,
        body: '不应保存的新闻稿',
        rows: [
          { activityId: m.a.a2, served: [{ population: 'left_behind_children', count: 99 }], fundsYuan: 1, media: media() },
          { activityId: m.a.a1, served: [{ population: 'disabled', count: 1 }], fundsYuan: 1, media: media(), ...row },
        ],
      })
      expect(response.status).toBe(400)
      expect(response.body.code).toBe('validation_failed')
      expect(response.body.message).toMatch(expected)
    }
    await bad({ served: [{ population: 'disabled', count: -3 }] }, /「社区义诊」的服务人次（残疾人）应为不小于 0 的整数/)
    await bad({ served: [{ population: 'disabled', count: 2.5 }] }, /「社区义诊」.*服务人次/)
    await bad({ served: [{ population: 'other', count: 2 }] }, /「社区义诊」的覆盖人群选了“其他”，请说明/)
    await bad({ fundsYuan: 12.345 }, /「社区义诊」的投入资金及物料（元）最多保留两位小数/)
    await bad({ fundsYuan: -1 }, /「社区义诊」的投入资金及物料（元）应为不小于 0/)
    await bad({ media: media({ links: ['mp.weixin.qq.com/s/abc'] }) }, /「社区义诊」的第 1 条链接不是有效的网址/)
    await bad({ media: media({ webReports: -1 }) }, /「社区义诊」的网站报道数/)
    await bad({ activityId: m.a.a3 }, /不在本期（3月1日—3月8日）统计表中/)
    const wrongType = await put(token, m.unitA, { deadlineId: m.week1, rows: [{ activityId: m.a.a1, served: [], fundsYuan: '十元', media: media() }] })
    expect(wrongType.status).toBe(400)
    const phone = await put(token, m.unitA, { deadlineId: m.week1, contactPhone: '12345' })
    expect(phone.body.message).toMatch(/联系电话/)
    const after = await getStats(token, m.unitA, m.week1)
    expect(after.rows).toEqual(before.rows)
    expect(after.body).toBe(before.body)
  })

  it('refuses to submit after the deadline, and accepts a resubmission after 退回 with the figures frozen', async () => {
    const token = tokenFor(m.contactA)
    const late = await post(token, m.unitA, 'submit', { deadlineId: m.week1 })
    expect(late.status).toBe(409)
    expect(late.body.code).toBe('deadline_passed')
    expect((await getStats(token, m.unitA, m.week1)).canSubmit).toBe(false)

    // The organiser returned it (a later issue does this in the app).
    await sql`update unit_submissions set status = 'returned', returned_at = now(), return_reason = '请补充新闻稿图片说明'
              where unit_id = ${m.unitA} and deadline_id = ${m.week1}`
    const returned = await getStats(token, m.unitA, m.week1)
    expect([returned.status, returned.returnReason, returned.canSubmit, returned.canEdit]).toEqual(['returned', '请补充新闻稿图片说明', true, true])
    const resubmitted = await post(token, m.unitA, 'submit', { deadlineId: m.week1 })
    expect(resubmitted.status).toBe(200)
    const sent = ZWeeklyStatsResponse.parse(resubmitted.body)
    expect([sent.status, sent.figures, sent.canEdit, sent.canWithdraw]).toEqual(['submitted', 'submitted', false, false])
    expect(figures(sent)).toEqual([
      [1, '社区义诊', 4, 3, 4.25],
      [2, '长期陪伴', 1, 1, 2],
      [3, '周五晚间读书会', 2, 1, 3],
    ])
    expect(sent.totals).toMatchObject({ volunteerCount: 7, organisationCount: 5, serviceHours: 9.25, servedCount: 70, fundsYuan: 1500.5 })
    const [audit] = await sql<{ action: string; actor_id: string; after: { totals: { volunteerCount: number } } }[]>`
      select action, actor_id, after from audit_log where entity_id = (select id from unit_submissions where unit_id = ${m.unitA} and deadline_id = ${m.week1})`
    expect(audit).toMatchObject({ action: 'weekly_stats.resubmit', actor_id: m.contactA, after: { totals: { volunteerCount: 7 } } })
    // Submitted: no more changes, and no withdrawal after the deadline.
    expect((await put(token, m.unitA, { deadlineId: m.week1, body: 'x' })).body.code).toBe('already_submitted')
    expect((await post(token, m.unitA, 'withdraw', { deadlineId: m.week1 })).body.code).toBe('deadline_passed')
  })

  it('exports the .xlsx in the notice layout, read back cell by cell', async () => {
    const token = tokenFor(m.contactA)
    const response = await post(token, m.unitA, 'export', { deadlineId: m.week1 })
    expect(response.status).toBe(200)
    const file = ZExportResponse.parse(response.body)
    expect(file.fileName).toBe('端州区团委-3月8日活动开展情况统计表.xlsx')
    const bytes = Buffer.from(await (await fetch(file.url)).arrayBuffer())
    const workbook = newWorkbook()
    await workbook.xlsx.load(bytes)
    const sheet = workbook.getWorksheet('统计表')!
    const text = (address: string) => sheet.getCell(address).text
    const value = (address: string) => {
      const v = sheet.getCell(address).value
      return typeof v === 'object' && v !== null && 'result' in v ? v.result : v
    }
    expect(text('A1')).toBe('2024测试市“学雷锋全民志愿服务行动月”活动开展情况统计表')
    expect(text('A2')).toBe('填报单位（盖章）：端州区团委')
    expect(text('F2')).toBe('统计时段：3月1日—3月8日')
    expect(['A3', 'B3', 'C3', 'D3', 'E3', 'G3', 'H3', 'E4', 'F4'].map(text)).toEqual([
      '序号',
      '活动名称（含主办单位）',
      '参与志愿者人次',
      '参与志愿服务组织数量',
      '覆盖人群',
      '累计志愿服务时数',
      '投入资金及物料（元）',
      '类型',
      '服务人次',
    ])
    // Merged: the title, 覆盖人群 over 类型/服务人次, the other headings over two rows.
    const merges = (sheet.model as unknown as { merges: string[] }).merges
    expect(merges).toEqual(expect.arrayContaining(['A1:H1', 'E3:F3', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'G3:G4', 'H3:H4', 'A8:B8']))
    expect(sheet.getCell('F3').isMerged).toBe(true)
    expect([5, 6, 7].map((r) => ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((c) => value(`${c}${r}`)))).toEqual([
      [1, '社区义诊（端州区团委、市人民医院、市红十字会）', 4, 3, '空巢老人（30）、其他：社区居民（20）', 50, 4.25, 1200.5],
      [2, '长期陪伴（端州区团委）', 1, 1, '残疾人', 5, 2, 0],
      [3, '周五晚间读书会（端州区团委）', 2, 1, '农村留守儿童', 15, 3, 300],
    ])
    expect(text('A8')).toBe('合计')
    expect(sheet.getCell('C8').value).toEqual({ formula: 'SUM(C5:C7)', result: 7 })
    expect(['C8', 'D8', 'F8', 'G8', 'H8'].map(value)).toEqual([7, 5, 70, 9.25, 1500.5])
    expect(sheet.getCell('H5').numFmt).toBe('#,##0.00')
    expect(sheet.getCell('C5').border.left?.style).toBe('thin')
    // 媒体宣传情况: the activities with coverage, then 合计.
    expect(text('A10')).toBe('媒体宣传情况')
    expect(['A11', 'B11', 'C11', 'D11', 'E11', 'F11'].map(text)).toEqual([
      '序号',
      '活动名称（含主办单位）',
      '纸媒报道数（条）',
      '网站报道数（条）',
      '网页或微信链接',
      '网页或微信阅读数（条/次）',
    ])
    expect(['A12', 'B12', 'C12', 'D12', 'E12', 'F12'].map(value)).toEqual([
      1,
      '社区义诊（端州区团委、市人民医院、市红十字会）',
      1,
      2,
      'https://mp.weixin.qq.com/s/abcDEF123\nhttps://www.zhaoqing.gov.cn/news/1.html',
      3500,
    ])
    expect(['A13', 'B13', 'C13', 'D13', 'F13'].map(value)).toEqual([2, '长期陪伴（端州区团委）', 0, 0, 120])
    expect(text('A14')).toBe('合计')
    expect(sheet.getCell('F14').value).toEqual({ formula: 'SUM(F12:F13)', result: 3620 })
    expect(text('E14')).toBe('共 2 条链接')
    expect([text('A16'), text('E16')]).toEqual(['联系人：李明', '联系电话：0758-2223333'])
    expect(text('A18')).toMatch(/^备注：1、“覆盖人群”栏中“类型”项请选择填写残疾人、异地务工人员子女/)
    expect(text('A18')).toContain('总结材料须含新闻宣传链接、截图以及先进典型事迹素材等。')
    const news = workbook.getWorksheet('新闻稿')!
    expect(news.getCell('A2').text).toBe('3月5日，端州区团委联合市人民医院开展社区义诊……')
  })

  it('keeps another unit out: API and row-level security', async () => {
    const other = tokenFor(m.contactB)
    expect((await api(`/api/units/${m.unitA}/weekly-stats?deadlineId=${m.week2}`, { token: other })).status).toBe(403)
    const change = await put(other, m.unitA, { deadlineId: m.week2, body: '冒名' })
    expect([change.status, change.body.code]).toEqual([403, 'forbidden'])
    expect((await post(other, m.unitA, 'submit', { deadlineId: m.week2 })).status).toBe(403)
    expect((await post(other, m.unitA, 'export', { deadlineId: m.week2 })).status).toBe(403)
    expect((await api(`/api/units/${m.unitA}/weekly-stats?deadlineId=${m.week2}`, { token: tokenFor(m.volunteer) })).status).toBe(403)
    expect((await api(`/api/units/${m.unitA}/weekly-stats?deadlineId=${m.week2}`)).status).toBe(401)
    // A deadline of another kind, or of another campaign, is not a statistics return.
    const photos = await sql<{ id: string }[]>`select id from campaign_deadlines where campaign_id = ${m.campaignId} and kind = 'photos'`
    expect((await api(`/api/units/${m.unitA}/weekly-stats?deadlineId=${photos[0]!.id}`, { token: tokenFor(m.contactA) })).status).toBe(404)

    // As the other unit's contact, straight in the database: nothing to read, nothing changes.
    const seen = await asUser(sql, m.contactB, async (tx) => ({
      stats: await tx`select id from weekly_stats where unit_id = ${m.unitA}`,
      served: await tx`select stats_id from weekly_stats_served where unit_id = ${m.unitA}`,
      media: await tx`select id from media_coverage where unit_id = ${m.unitA}`,
      returns: await tx`select submission_id from weekly_stats_returns where unit_id = ${m.unitA}`,
      header: await tx`select id from unit_submissions where unit_id = ${m.unitA}`,
      pictures: await tx`select id from weekly_stats_pictures where unit_id = ${m.unitA}`,
      figures: await tx`select * from app_private.unit_stats_figures(${m.unitA}, '2024-03-01', '2024-04-01')`,
      updated: await tx`update weekly_stats set funds_yuan = 0 where unit_id = ${m.unitA} returning id`,
    }))
    expect(Object.values(seen).map((rows) => rows.length)).toEqual([0, 0, 0, 0, 0, 0, 0, 0])
    await expect(
      asUser(sql, m.contactB, (tx) => tx`
        insert into weekly_stats (campaign_id, unit_id, activity_id, deadline_id, week_ending)
        values (${m.campaignId}, ${m.unitA}, ${m.a.a3}, ${m.week2}, '2024-03-15')`),
    ).rejects.toThrow(/row-level security/)
    // The unit's own contact does see its rows.
    const own = await asUser(sql, m.contactA, (tx) => tx`select id from weekly_stats where unit_id = ${m.unitA}`)
    expect(own.length).toBeGreaterThan(0)
  })

  it('tells a unit whose campaign has no weekly statistics so', async () => {
    const side = await createCampaign({ start: '2024-03-01', end: '2024-03-31' })
    const response = await api(`/api/units/${side.unitA}/weekly-stats`, { token: tokenFor(side.contactA) })
    expect(response.status).toBe(404)
    expect(response.body.message).toBe('本活动月没有要求报送每周统计表或活动总结')
  })
})

describe('weekly statistics: submit before the deadline, withdraw, pictures', () => {
  const shanghai = (offsetDays: number, time: string) => `${dayjs().tz('Asia/Shanghai').add(offsetDays, 'day').format('YYYY-MM-DD')} ${time}+08`

  it('submits, freezes the figures, withdraws before the deadline and resubmits', async () => {
    const side = await createCampaign({ start: dayjs().tz('Asia/Shanghai').subtract(10, 'day').format('YYYY-MM-DD'), end: dayjs().tz('Asia/Shanghai').add(20, 'day').format('YYYY-MM-DD') })
    await addDeadline(side.campaignId, 'weekly_stats', shanghai(-4, '18:00'))
    const friday = await addDeadline(side.campaignId, 'weekly_stats', shanghai(3, '18:00'))
    const activity = await addActivity(side, side.unitA, { title: '敬老院探访', from: shanghai(-1, '09:00'), to: shanghai(-1, '11:00') })
    await checkIn(activity, 1, shanghai(-1, '09:00'), shanghai(-1, '11:00'))
    await checkIn(activity, 2, shanghai(-1, '09:00'), shanghai(-1, '10:30'))
    const token = tokenFor(side.contactA)
    const initial = await getStats(token, side.unitA, friday)
    expect([initial.canSubmit, initial.canWithdraw, initial.deadline.pastDue]).toEqual([true, false, false])

    const incomplete = await post(token, side.unitA, 'submit', { deadlineId: friday })
    expect([incomplete.status, incomplete.body.code]).toEqual([409, 'submission_incomplete'])
    expect(incomplete.body.message).toMatch(/请填写联系人（共 4 处需要补充或修改）/)
    expect(incomplete.body.issues.map((i: { message: string }) => i.message)).toEqual([
      '请填写联系人',
      '请填写联系电话（手机号或带区号的座机号）',
      '请填写新闻稿',
      '「敬老院探访」还没有选择覆盖人群类型',
    ])
    // Refused as a whole: not even the header row was written.
    expect(await sql`select status from unit_submissions where deadline_id = ${friday}`).toEqual([])

    const filled = await put(token, side.unitA, {
      deadlineId: friday,
      body: '新闻稿正文',
      contactName: '王芳',
      contactPhone: '138 1234 5678',
      rows: [{ activityId: activity, served: [{ population: 'empty_nest_elderly', count: 40 }], fundsYuan: 88.8, media: media() }],
    })
    expect(filled.status).toBe(200)
    const submitted = ZWeeklyStatsResponse.parse((await post(token, side.unitA, 'submit', { deadlineId: friday })).body)
    expect([submitted.status, submitted.canWithdraw, submitted.figures]).toEqual(['submitted', true, 'submitted'])
    expect(submitted.rows.map((r) => [r.volunteerCount, r.serviceHours])).toEqual([[2, 3.5]])
    expect(submitted.deadlines.find((d) => d.id === friday)?.status).toBe('submitted')

    // Someone checked in afterwards: the return as sent does not change; a draft would.
    await checkIn(activity, 3, shanghai(-1, '09:30'), shanghai(-1, '10:30'))
    expect((await getStats(token, side.unitA, friday)).totals.volunteerCount).toBe(2)
    expect((await post(token, side.unitA, 'submit', { deadlineId: friday })).body.code).toBe('already_submitted')
    const withdrawn = ZWeeklyStatsResponse.parse((await post(token, side.unitA, 'withdraw', { deadlineId: friday })).body)
    expect([withdrawn.status, withdrawn.figures, withdrawn.totals.volunteerCount, withdrawn.totals.serviceHours]).toEqual(['draft', 'live', 3, 4.5])
    expect((await post(token, side.unitA, 'withdraw', { deadlineId: friday })).body.code).toBe('not_submitted')
    const again = ZWeeklyStatsResponse.parse((await post(token, side.unitA, 'submit', { deadlineId: friday })).body)
    expect([again.status, again.totals.volunteerCount]).toEqual(['submitted', 3])
    const actions = await sql<{ action: string }[]>`
      select action from audit_log where entity_id = (select id from unit_submissions where deadline_id = ${friday}) order by id`
    expect(actions.map((a) => a.action)).toEqual(['weekly_stats.submit', 'weekly_stats.withdraw', 'weekly_stats.submit'])
  })

  it('takes 新闻稿 pictures through the upload flow, embeds them in the export, and removes them', async () => {
    const side = await createCampaign({ start: dayjs().tz('Asia/Shanghai').subtract(10, 'day').format('YYYY-MM-DD'), end: dayjs().tz('Asia/Shanghai').add(20, 'day').format('YYYY-MM-DD') })
    const friday = await addDeadline(side.campaignId, 'weekly_stats', shanghai(3, '18:00'))
    const token = tokenFor(side.contactA)
    const upload = async (bytes: Buffer, contentType: string) => {
      const signed = ZCreateUploadResponse.parse(
        (await api('/api/uploads', { token, body: { unitId: side.unitA, purpose: 'submission_picture', contentType, byteSize: bytes.length } })).body,
      )
      expect((await fetch(signed.uploadUrl, { method: 'PUT', body: bytes, headers: { 'content-type': contentType } })).status).toBe(200)
      return signed.path
    }
    const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#d7263d' } })
      .withExif({ IFD0: { Make: 'TestPhone' } })
      .jpeg()
      .toBuffer()
    const path = await upload(jpeg, 'image/jpeg')
    // Another unit's contact cannot attach it to their own return.
    const stolen = await api(`/api/units/${side.unitB}/weekly-stats/pictures`, { token: tokenFor(side.contactB), body: { deadlineId: friday, path } })
    expect(stolen.status).toBeGreaterThanOrEqual(400)
    const recorded = await api(`/api/units/${side.unitA}/weekly-stats/pictures`, { token, body: { deadlineId: friday, path } })
    expect([recorded.status, recorded.body.message]).toEqual([200, undefined])
    const added = ZStatsPicturesResponse.parse(recorded.body)
    expect(added.pictures).toHaveLength(1)
    // People are shown the copy without EXIF.
    const shown = Buffer.from(await (await fetch(added.pictures[0]!.url)).arrayBuffer())
    expect((await sharp(shown).metadata()).exif).toBeUndefined()
    // Claimed once: the same upload cannot be recorded twice.
    expect((await api(`/api/units/${side.unitA}/weekly-stats/pictures`, { token, body: { deadlineId: friday, path } })).body.code).toBe('upload_not_found')
    // Not an image, whatever it claims.
    const fake = await upload(Buffer.from('这不是图片'.repeat(50)), 'image/png')
    const refused = await api(`/api/units/${side.unitA}/weekly-stats/pictures`, { token, body: { deadlineId: friday, path: fake } })
    expect([refused.status, refused.body.message]).toEqual([415, '新闻稿图片只支持 JPG、PNG 或 WebP 格式'])

    const file = ZExportResponse.parse((await post(token, side.unitA, 'export', { deadlineId: friday })).body)
    const workbook = newWorkbook()
    await workbook.xlsx.load(Buffer.from(await (await fetch(file.url)).arrayBuffer()))
    expect(workbook.getWorksheet('新闻稿')!.getImages()).toHaveLength(1)
    // An empty week still has its header and 合计 rows.
    const sheet = workbook.getWorksheet('统计表')!
    expect(sheet.getCell('A5').text).toBe('合计')
    expect(sheet.getCell('C5').value).toBe(0)

    const removed = ZStatsPicturesResponse.parse(
      (await api(`/api/units/${side.unitA}/weekly-stats/pictures?deadlineId=${friday}&pictureId=${added.pictures[0]!.id}`, { method: 'DELETE', token })).body,
    )
    expect(removed.pictures).toEqual([])
    expect((await fetch(added.pictures[0]!.url)).status).toBe(404)
  })
})
