import { randomUUID } from 'node:crypto'
import { ZNotificationsResponse } from '../../types/api/notifications'
import {
  ZRemindResponse,
  ZStatusCellResponse,
  ZStatusResponse,
  ZSubmissionDecisionResponse,
  type TStatusResponse,
} from '../../types/api/submission-status'
import { ZUnitHomeResponse } from '../../types/api/unit-home'
import { api } from '../setup/api-client'
import { asUser, connectTestDb } from '../setup/db'
import { tokenFor } from '../setup/journey'

/**
 * 报送情况 through the real API (and the SQL functions under it with asUser): a campaign whose
 * deadlines sit around the real "now" (some past, some ahead), three districts — two 县区 and a
 * 功能板块 — and four units with rows in every table a deliverable lives in. Every expected state,
 * figure and quota below is worked out by hand from the rows inserted here.
 */
const sql = connectTestDb()
afterAll(async () => {
  await sql.end()
})

const DAY = 24 * 3600_000
const NOW = Date.now()
const rel = (days: number, hours = 0) => new Date(NOW + days * DAY + hours * 3600_000)

async function createWorld() {
  const slug = `ss-${randomUUID().slice(0, 8)}`
  const [campaign] = await sql<{ id: string }[]>`
    insert into campaigns (slug, issuer, city, year, title, period_start, period_end, is_published)
    values (${slug}, '测试文明办', '测试市', 2026, '报送情况测试活动月',
            (${rel(-40)}::timestamptz at time zone 'Asia/Shanghai')::date, (${rel(30)}::timestamptz at time zone 'Asia/Shanghai')::date, false)
    returning id`
  const campaignId = campaign!.id
  const districts = await sql<{ id: string }[]>`
    insert into districts (campaign_id, key, name, kind, sort) values
      (${campaignId}, 'hz', '海州区', 'county', 1), (${campaignId}, 'ly', '连云区', 'county', 2), (${campaignId}, 'kfq', '开发区', 'function_area', 3)
    returning id`
  const [haizhou, lianyun, kaifaqu] = districts.map((d) => d.id) as [string, string, string]
  const units = await sql<{ id: string }[]>`
    insert into units (campaign_id, district_id, key, name, sort) values
      (${campaignId}, ${haizhou}, 'a', '甲街道', 1), (${campaignId}, ${haizhou}, 'b', '乙学校', 2),
      (${campaignId}, ${lianyun}, 'c', '丙社区', 3), (${campaignId}, ${kaifaqu}, 'd', '丁公司', 4)
    returning id`
  const [unitA, unitB, unitC, unitD] = units.map((u) => u.id) as [string, string, string, string]
  const users = await sql<{ id: string }[]>`
    insert into app_users (display_name, real_name, phone) values
      ('甲联系人', '张甲', '13800000001'), ('乙联系人', '李乙', '13800000002'), ('丙联系人', '王丙', null),
      ('组织方', null, null), ('海州区管理员', null, null), ('别的组织方', null, null)
    returning id`
  const [contactA, contactB, contactC, organiser, haizhouAdmin, otherOrganiser] = users.map((u) => u.id) as [string, string, string, string, string, string]
  await sql`insert into memberships (user_id, campaign_id, role, unit_id) values
    (${contactA}, ${campaignId}, 'unit_contact', ${unitA}), (${contactB}, ${campaignId}, 'unit_contact', ${unitB}),
    (${contactC}, ${campaignId}, 'unit_contact', ${unitC}), (${organiser}, ${campaignId}, 'organiser', null)`
  await sql`insert into memberships (user_id, campaign_id, role, district_id) values (${haizhouAdmin}, ${campaignId}, 'district_admin', ${haizhou})`
  // Another campaign with its own organiser: it must see nothing of this one.
  const [other] = await sql<{ id: string }[]>`
    insert into campaigns (slug, issuer, city, year, title, period_start, period_end)
    values (${`${slug}-o`}, '别处文明办', '别处', 2026, '别的活动月', '2026-03-01', '2026-03-31') returning id`
  await sql`insert into memberships (user_id, campaign_id, role) values (${otherOrganiser}, ${other!.id}, 'organiser')`
  // Smaller than 连云港's 6 / 3 so the fixture stays small; the same shape.
  await sql`insert into campaign_quotas (campaign_id, subject, metric, min_count) values
    (${campaignId}, 'county', 'showcase_projects', 2), (${campaignId}, 'function_area', 'showcase_projects', 1),
    (${campaignId}, 'unit', 'showcase_projects', 1), (${campaignId}, 'unit', 'key_activities', 1)`

  const deadline = async (kind: string, title: string, due: Date) => {
    const [row] = await sql<{ id: string }[]>`
      insert into campaign_deadlines (campaign_id, kind, title, due_at) values (${campaignId}, ${kind}, ${title}, ${due}) returning id`
    return row!.id
  }
  const d = {
    plan: await deadline('activity_plan', '活动安排表（附件2）', rel(-20)),
    showcase: await deadline('showcase_application', '展示项目申报表（附件1）', rel(-20)),
    week1: await deadline('weekly_stats', '第一周统计表', rel(-7)),
    photos: await deadline('photos', '活动图片上传', rel(-1)),
    week2: await deadline('weekly_stats', '第二周统计表', rel(3)),
    report: await deadline('report', '图文报告', rel(10)),
    summary: await deadline('summary', '活动总结', rel(20)),
  }

  const activity = async (unitId: string, title: string, startsInDays: number, status: string, key: boolean) => {
    const [row] = await sql<{ id: string }[]>`
      insert into activities (campaign_id, unit_id, title, starts_at, ends_at, location_name, category, status, is_key_activity, contact_name, contact_phone)
      values (${campaignId}, ${unitId}, ${title}, ${rel(startsInDays)}, ${rel(startsInDays, 2)}, '文化广场', 'care', ${status}, ${key}, '张甲', '13800000001')
      returning id`
    return row!.id
  }
  const a = {
    aKey: await activity(unitA, '重点·关爱老人', -10, 'published', true),
    aOther: await activity(unitA, '护河行动', -9, 'published', false),
    bDraft: await activity(unitB, '乙单位草稿活动', 5, 'draft', false),
    cCancelledKey: await activity(unitC, '已撤回的重点活动', -12, 'cancelled', true),
    cLive: await activity(unitC, '丙社区义诊', -11, 'published', false),
  }

  const submission = async (unitId: string, deadlineId: string, kind: string, fields: { status: string; submittedAt?: Date; returnReason?: string }) => {
    const [row] = await sql<{ id: string }[]>`
      insert into unit_submissions (campaign_id, unit_id, deadline_id, kind, status, submitted_at, returned_at, return_reason, body)
      values (${campaignId}, ${unitId}, ${deadlineId}, ${kind}, ${fields.status}, ${fields.submittedAt ?? null},
              ${fields.returnReason ? rel(-5) : null}, ${fields.returnReason ?? null}, ${kind === 'weekly_stats' ? '本周新闻稿：甲街道开展关爱老人活动。' : ''})
      returning id`
    return row!.id
  }
  // A: 附件2 on time; week 1 in late (after a 退回, say); photos handed in.
  await submission(unitA, d.plan, 'activity_plan', { status: 'submitted', submittedAt: rel(-21) })
  const aWeek1 = await submission(unitA, d.week1, 'weekly_stats', { status: 'submitted', submittedAt: rel(-6) })
  await submission(unitA, d.photos, 'photos', { status: 'submitted', submittedAt: rel(-2) })
  // B: week 1 saved as a draft and never submitted; report submitted.
  await submission(unitB, d.week1, 'weekly_stats', { status: 'draft' })
  // C: 附件2 submitted on time; week 1 returned.
  await submission(unitC, d.plan, 'activity_plan', { status: 'submitted', submittedAt: rel(-22) })
  await submission(unitC, d.week1, 'weekly_stats', { status: 'returned', submittedAt: rel(-8), returnReason: '请补充新闻稿' })

  // Week 1 table of A: two rows with 覆盖人群 and media.
  const stats = async (activityId: string, volunteers: number, hours: number, funds: number | null) => {
    const [row] = await sql<{ id: string }[]>`
      insert into weekly_stats (campaign_id, unit_id, activity_id, deadline_id, week_ending, volunteer_count, organisation_count, service_hours, funds_yuan, served_count, figures_at)
      values (${campaignId}, ${unitA}, ${activityId}, ${d.week1}, (${rel(-7)}::timestamptz at time zone 'Asia/Shanghai')::date, ${volunteers}, 1, ${hours}, ${funds}, 0, ${rel(-6)})
      returning id`
    return row!.id
  }
  const s1 = await stats(a.aKey, 12, 24.5, 300)
  const s2 = await stats(a.aOther, 8, 10.25, null)
  await sql`insert into weekly_stats_served (stats_id, unit_id, population, served_count, description) values
    (${s1}, ${unitA}, 'empty_nest_elderly', 30, null), (${s1}, ${unitA}, 'other', 5, '社区居民'), (${s2}, ${unitA}, 'left_behind_children', 7, null)`
  await sql`insert into media_coverage (campaign_id, unit_id, activity_id, deadline_id, week_ending, print_reports, web_reports, links, read_count)
    values (${campaignId}, ${unitA}, ${a.aKey}, ${d.week1}, (${rel(-7)}::timestamptz at time zone 'Asia/Shanghai')::date, 1, 2, ${['https://example.com/a']}, 1500)`
  await sql`insert into weekly_stats_returns (submission_id, unit_id, contact_name, contact_phone) values (${aWeek1}, ${unitA}, '张甲', '13800000001')`

  // Showcase: A one submitted + one draft; B one returned; C two submitted (one accepted).
  const showcase = async (unitId: string, name: string, status: string, extra: { returnReason?: string } = {}) => {
    const [row] = await sql<{ id: string }[]>`
      insert into showcase_applications (campaign_id, unit_id, deadline_id, project_name, organisation_name, project_summary, status, submitted_at, returned_at, return_reason)
      values (${campaignId}, ${unitId}, ${d.showcase}, ${name}, '志愿服务队', '项目简介', ${status},
              ${status === 'draft' ? null : rel(-21)}, ${extra.returnReason ? rel(-19) : null}, ${extra.returnReason ?? null})
      returning id`
    return row!.id
  }
  const sc = {
    aSubmitted: await showcase(unitA, '爱心义诊', 'submitted'),
    aDraft: await showcase(unitA, '草稿项目', 'draft'),
    bReturned: await showcase(unitB, '垃圾分类', 'returned', { returnReason: '图片不足 1 MB' }),
    cFirst: await showcase(unitC, '护河', 'submitted'),
    cSecond: await showcase(unitC, '助老', 'accepted'),
  }
  // Photos of A: 2 passed + 1 awaiting review handed in; a failed one not handed in.
  const photo = async (verdict: string, handedIn: boolean) => {
    const [row] = await sql<{ id: string }[]>`
      insert into photos (campaign_id, unit_id, purpose, activity_id, storage_path, display_path, sha256, byte_size, handed_in_at)
      values (${campaignId}, ${unitA}, 'activity', ${a.aKey}, ${`${slug}/${randomUUID()}.jpg`}, ${`${slug}/${randomUUID()}.display.jpg`}, ${'c'.repeat(64)}, 100, ${handedIn ? rel(-2) : null})
      returning id`
    await sql`insert into photo_check_results (photo_id, verdict, engine_version) values (${row!.id}, ${verdict}, 'test')`
  }
  await photo('passed', true)
  await photo('passed', true)
  await photo('needs_review', true)
  await photo('failed', false)
  // Reports: A a draft, B submitted.
  await sql`insert into reports (campaign_id, unit_id, deadline_id, kind, title, body, status) values (${campaignId}, ${unitA}, ${d.report}, 'report', '甲的报告', '草稿', 'draft')`
  const [bReport] = await sql<{ id: string }[]>`
    insert into reports (campaign_id, unit_id, deadline_id, kind, title, body, status, submitted_at, links, link_labels)
    values (${campaignId}, ${unitB}, ${d.report}, 'report', '乙学校图文报告', '本月开展活动 3 场。', 'submitted', ${rel(-1)}, ${['https://example.com/b']}, ${['市文明网']})
    returning id`
  return {
    campaignId,
    haizhou,
    lianyun,
    kaifaqu,
    unitA,
    unitB,
    unitC,
    unitD,
    contactA,
    contactB,
    contactC,
    organiser,
    haizhouAdmin,
    otherOrganiser,
    d,
    a,
    sc,
    bReport: bReport!.id,
  }
}

type TWorld = Awaited<ReturnType<typeof createWorld>>
let w: TWorld
beforeAll(async () => {
  w = await createWorld()
})

const statusPath = (query = '') => `/api/campaigns/${w.campaignId}/status${query}`
async function getMatrix(userId: string, query = ''): Promise<TStatusResponse> {
  const res = await api(statusPath(query), { token: tokenFor(userId) })
  expect(res.status).toBe(200)
  return ZStatusResponse.parse(res.body)
}
/** unit name → column label → "state note" (late marked), as a person reads the table. */
function read(matrix: TStatusResponse): Record<string, Record<string, string>> {
  return Object.fromEntries(
    matrix.units.map((u) => [
      u.name,
      Object.fromEntries(u.cells.map((c, i) => [matrix.columns[i]!.label, `${c.state}${c.note ? ` ${c.note}` : ''}${c.late ? ' 迟交' : ''}`])),
    ]),
  )
}

describe('the matrix: states and figures as worked out by hand', () => {
  it('gives every unit × deliverable its state in Asia/Shanghai, late and missing included', async () => {
    const m = await getMatrix(w.organiser)
    expect(m.role).toBe('organiser')
    expect(m.can).toEqual({ return: true, remind: true })
    // As the issue lists them: 附件2, 重点活动, 附件1, photos, each Friday, the summary, each report.
    expect(m.columns.map((c) => c.label)).toEqual(['附件2 安排表', '重点活动', '附件1 展示项目', '活动照片', expect.stringMatching(/统计$/), expect.stringMatching(/统计$/), '活动总结', expect.stringMatching(/^图文报告 /)])
    expect(m.columns.map((c) => c.deadlineId)).toEqual([w.d.plan, null, w.d.showcase, w.d.photos, w.d.week1, w.d.week2, w.d.summary, w.d.report])
    const [wk1, wk2] = [m.columns[4]!.label, m.columns[5]!.label]
    const report = m.columns[7]!.label
    expect(m.units.map((u) => u.name)).toEqual(['甲街道', '乙学校', '丙社区', '丁公司'])
    expect(read(m)).toEqual({
      甲街道: {
        '附件2 安排表': 'submitted 2 个活动',
        重点活动: 'met 1/1',
        '附件1 展示项目': 'submitted 1/1 项',
        活动照片: 'submitted 3 张 · 1 待复核',
        [wk1]: 'submitted 2 个活动 迟交',
        [wk2]: 'not_started 还剩 3 天',
        活动总结: 'not_started 还剩 20 天',
        [report]: 'draft 还剩 10 天',
      },
      乙学校: {
        // It has an activity, never submitted the table: 逾期 by 20 Shanghai days.
        '附件2 安排表': 'overdue 1 个活动',
        重点活动: 'short 0/1',
        '附件1 展示项目': 'returned 待重交',
        活动照片: 'overdue 逾期 1 天',
        [wk1]: 'overdue 逾期 7 天',
        [wk2]: 'not_started 还剩 3 天',
        活动总结: 'not_started 还剩 20 天',
        [report]: 'submitted',
      },
      丙社区: {
        '附件2 安排表': 'submitted 1 个活动',
        // The withdrawn key activity does not count.
        重点活动: 'short 0/1',
        '附件1 展示项目': 'submitted 2/1 项',
        活动照片: 'overdue 逾期 1 天',
        [wk1]: 'returned 待重交',
        [wk2]: 'not_started 还剩 3 天',
        活动总结: 'not_started 还剩 20 天',
        [report]: 'not_started 还剩 10 天',
      },
      丁公司: {
        '附件2 安排表': 'overdue 逾期 20 天',
        重点活动: 'short 0/1',
        '附件1 展示项目': 'overdue 逾期 20 天',
        活动照片: 'overdue 逾期 1 天',
        [wk1]: 'overdue 逾期 7 天',
        [wk2]: 'not_started 还剩 3 天',
        活动总结: 'not_started 还剩 20 天',
        [report]: 'not_started 还剩 10 天',
      },
    })
    expect(m.columns[4]!.counts).toMatchObject({ submitted: 1, returned: 1, overdue: 2, not_started: 0, draft: 0 })
    expect(m.columns[1]!.counts).toMatchObject({ met: 1, short: 3 })
    expect(m.units.map((u) => u.contacts)).toEqual([1, 1, 1, 0])
    expect(m.totals).toEqual({ units: 4, shown: 4 })
    expect(m.columns[0]!.dueAt).toMatch(/\+08:00$/)
  })

  it('works out quota progress per 县区 and 功能板块, naming who is short', async () => {
    const { quotas } = await getMatrix(w.organiser)
    expect(quotas).toMatchObject({ countyShowcase: 2, functionAreaShowcase: 1, unitShowcase: 1, unitKey: 1 })
    expect(quotas.districts).toEqual([
      {
        id: w.haizhou,
        name: '海州区',
        kind: 'county',
        units: 2,
        showcase: { count: 1, quota: 2, short: 1 },
        keyActivities: 1,
        unitsShortKey: [{ id: w.unitB, name: '乙学校', count: 0 }],
        unitsShortShowcase: [{ id: w.unitB, name: '乙学校', count: 0 }],
      },
      {
        id: w.lianyun,
        name: '连云区',
        kind: 'county',
        units: 1,
        // An accepted application counts like a submitted one.
        showcase: { count: 2, quota: 2, short: 0 },
        keyActivities: 0,
        unitsShortKey: [{ id: w.unitC, name: '丙社区', count: 0 }],
        unitsShortShowcase: [],
      },
      {
        id: w.kaifaqu,
        name: '开发区',
        kind: 'function_area',
        units: 1,
        showcase: { count: 0, quota: 1, short: 1 },
        keyActivities: 0,
        unitsShortKey: [{ id: w.unitD, name: '丁公司', count: 0 }],
        unitsShortShowcase: [{ id: w.unitD, name: '丁公司', count: 0 }],
      },
    ])
    expect(quotas).toMatchObject({ districtsShort: 2, unitsShortKey: 3, unitsShortShowcase: 2 })
  })

  it('filters by district, state, deliverable and unit name', async () => {
    const names = (m: TStatusResponse) => m.units.map((u) => u.name)
    expect(names(await getMatrix(w.organiser, `?districtId=${w.haizhou}`))).toEqual(['甲街道', '乙学校'])
    expect((await getMatrix(w.organiser, `?districtId=${w.haizhou}`)).quotas.districts.map((d) => d.name)).toEqual(['海州区'])
    expect(names(await getMatrix(w.organiser, '?state=overdue'))).toEqual(['乙学校', '丙社区', '丁公司'])
    const week1Overdue = await getMatrix(w.organiser, `?deliverable=${w.d.week1}&state=overdue`)
    expect(names(week1Overdue)).toEqual(['乙学校', '丁公司'])
    expect(week1Overdue.columns.map((c) => c.deadlineId)).toEqual([w.d.week1])
    // Column counts ignore the state filter.
    expect(week1Overdue.columns[0]!.counts).toMatchObject({ submitted: 1, returned: 1, overdue: 2 })
    expect(week1Overdue.totals).toEqual({ units: 4, shown: 2 })
    expect(names(await getMatrix(w.organiser, '?deliverable=key_activities&state=met'))).toEqual(['甲街道'])
    expect(names(await getMatrix(w.organiser, `?q=${encodeURIComponent('丙')}`))).toEqual(['丙社区'])
    expect(names(await getMatrix(w.organiser, '?state=&q='))).toHaveLength(4)
    const bad = await api(statusPath('?state=late'), { token: tokenFor(w.organiser) })
    expect(bad.status).toBe(400)
    expect(bad.body.code).toBe('validation_failed')
  })
})

describe('one cell: the submission itself', () => {
  const cell = async (userId: string, unitId: string, deadlineId?: string) => {
    const res = await api(`/api/campaigns/${w.campaignId}/status/cell?unitId=${unitId}${deadlineId ? `&deadlineId=${deadlineId}` : ''}`, { token: tokenFor(userId) })
    return res
  }

  it('shows the weekly table as sent, with 合计, 新闻稿 and the contact', async () => {
    const res = await cell(w.organiser, w.unitA, w.d.week1)
    expect(res.status).toBe(200)
    const body = ZStatusCellResponse.parse(res.body)
    expect(body.cell).toMatchObject({ state: 'submitted', late: true })
    expect(body.submission).toMatchObject({ status: 'submitted', late: true, returnReason: null })
    expect(body.canReturn).toBe(true)
    expect(body.canAccept).toBe(true)
    expect(body.canRemind).toBe(false)
    expect(body.unit).toMatchObject({ name: '甲街道', districtName: '海州区', contacts: [{ name: '张甲', phone: '13800000001' }] })
    if (body.detail.kind !== 'weekly_stats') throw new Error('expected the weekly table')
    expect(body.detail.figures).toBe('submitted')
    expect(body.detail.rows.map((r) => [r.activityName, r.volunteerCount, r.servedCount, r.serviceHours, r.fundsYuan])).toEqual([
      ['重点·关爱老人（甲街道）', 12, 35, 24.5, 300],
      ['护河行动（甲街道）', 8, 7, 10.25, null],
    ])
    expect(body.detail.rows[0]!.served).toEqual([
      { label: '空巢老人', count: 30 },
      { label: '其他：社区居民', count: 5 },
    ])
    expect(body.detail.totals).toEqual({ volunteerCount: 20, organisationCount: 2, servedCount: 42, serviceHours: 34.75, fundsYuan: 300, printReports: 1, webReports: 2, readCount: 1500 })
    expect(body.detail.media).toEqual([{ activityName: '重点·关爱老人（甲街道）', printReports: 1, webReports: 2, links: ['https://example.com/a'], readCount: 1500 }])
    expect(body.detail).toMatchObject({ body: '本周新闻稿：甲街道开展关爱老人活动。', contactName: '张甲', contactPhone: '13800000001' })
  })

  it('shows the photos handed in, the showcase applications, the report and the key activities', async () => {
    const photos = ZStatusCellResponse.parse((await cell(w.organiser, w.unitA, w.d.photos)).body)
    if (photos.detail.kind !== 'photos') throw new Error('expected photos')
    expect(photos.detail).toMatchObject({ handedIn: 3, uploaded: 4 })
    expect(photos.detail.photos.map((p) => p.verdict).sort()).toEqual(['needs_review', 'passed', 'passed'])
    expect(photos.detail.photos.every((p) => p.url.length > 0 && p.activityTitle === '重点·关爱老人')).toBe(true)
    expect(photos.cell.note).toBe('3 张 · 1 待复核')

    const showcase = ZStatusCellResponse.parse((await cell(w.organiser, w.unitA, w.d.showcase)).body)
    if (showcase.detail.kind !== 'showcase_application') throw new Error('expected showcase')
    expect(showcase.detail.applications.map((x) => [x.projectName, x.status, x.canReturn])).toEqual([
      ['爱心义诊', 'submitted', true],
      ['草稿项目', 'draft', false],
    ])
    expect(showcase.detail).toMatchObject({ quota: 1, submitted: 1 })
    expect(showcase.submission).toBeNull()

    const report = ZStatusCellResponse.parse((await cell(w.organiser, w.unitB, w.d.report)).body)
    expect(report.detail).toMatchObject({ kind: 'report', reportId: w.bReport, title: '乙学校图文报告', body: '本月开展活动 3 场。', links: [{ url: 'https://example.com/b', label: '市文明网' }] })

    const plan = ZStatusCellResponse.parse((await cell(w.organiser, w.unitB, w.d.plan)).body)
    expect(plan).toMatchObject({ stateLabel: '逾期', canReturn: false, canRemind: true, submission: null })
    expect(plan.owed).toEqual(['还需 1 个重点活动', '已填 1 个活动，尚未提交'])
    if (plan.detail.kind !== 'activity_plan') throw new Error('expected 附件2')
    expect(plan.detail.activities.map((x) => [x.title, x.status])).toEqual([['乙单位草稿活动', 'draft']])

    const key = ZStatusCellResponse.parse((await cell(w.organiser, w.unitC)).body)
    expect(key).toMatchObject({ cell: { state: 'short', note: '0/1' }, stateLabel: '不足', owed: ['还需 1 个重点活动'], canRemind: false })
    if (key.detail.kind !== 'key_activities') throw new Error('expected key activities')
    expect(key.detail.activities.map((x) => [x.title, x.isKeyActivity, x.status])).toEqual([
      ['已撤回的重点活动', true, 'cancelled'],
      ['丙社区义诊', false, 'published'],
    ])
  })

  it('refuses units outside the caller\'s scope and people outside the console', async () => {
    expect((await cell(w.haizhouAdmin, w.unitA, w.d.week1)).status).toBe(200)
    const mine = ZStatusCellResponse.parse((await cell(w.haizhouAdmin, w.unitA, w.d.week1)).body)
    expect(mine).toMatchObject({ canReturn: false, canAccept: false })
    expect((await cell(w.haizhouAdmin, w.unitC, w.d.week1)).status).toBe(404)
    // The campaign is not published: to another campaign's organiser it does not exist.
    expect((await cell(w.otherOrganiser, w.unitA, w.d.week1)).status).toBe(404)
    expect((await cell(w.contactA, w.unitA, w.d.week1)).status).toBe(403)
    expect((await cell(w.organiser, w.unitA, randomUUID())).status).toBe(404)
  })
})

describe('退回修改, then the unit resubmits', () => {
  const post = (path: string, userId: string, body: unknown) => api(`/api/campaigns/${w.campaignId}/status/${path}`, { token: tokenFor(userId), body })

  it('returns a submitted item with a reason, tells the unit, and the resubmission shows 已提交 again', async () => {
    const res = await post('return', w.organiser, { unitId: w.unitC, deadlineId: w.d.plan, reason: '请补充活动地点和联系人电话' })
    expect(res.status).toBe(200)
    expect(ZSubmissionDecisionResponse.parse(res.body)).toMatchObject({ status: 'returned', notified: 1 })

    const row = await sql<{ status: string; return_reason: string; returned_by: string }[]>`
      select status, return_reason, returned_by from unit_submissions where unit_id = ${w.unitC} and deadline_id = ${w.d.plan}`
    expect(row[0]).toEqual({ status: 'returned', return_reason: '请补充活动地点和联系人电话', returned_by: w.organiser })
    const audit = await sql`select action, entity, after from audit_log where campaign_id = ${w.campaignId} and action = 'submission.return'`
    expect(audit).toHaveLength(1)
    expect(audit[0]!.after).toMatchObject({ status: 'returned', reason: '请补充活动地点和联系人电话', unitId: w.unitC, deadlineId: w.d.plan })

    const m = await getMatrix(w.organiser, `?deliverable=${w.d.plan}`)
    expect(read(m)['丙社区']).toEqual({ '附件2 安排表': 'returned 待重交' })
    // The unit's contact is told, in 消息, with the reason; the unit home shows it too.
    const messages = ZNotificationsResponse.parse((await api('/api/me/notifications', { token: tokenFor(w.contactC) })).body)
    const told = messages.items.filter((n) => n.kind === 'submission_returned')
    expect(told).toHaveLength(1)
    expect(told[0]).toMatchObject({ unitId: w.unitC, title: expect.stringContaining('活动安排表'), body: expect.stringContaining('请补充活动地点和联系人电话') })
    const home = ZUnitHomeResponse.parse((await api(`/api/units/${w.unitC}/home`, { token: tokenFor(w.contactC) })).body)
    expect(home.deliverables.find((x) => x.deadlineId === w.d.plan)).toMatchObject({ state: 'returned', returnReason: '请补充活动地点和联系人电话' })

    // The unit resubmits through its own API, after the deadline (allowed: it was returned).
    const resubmit = await api(`/api/units/${w.unitC}/arrangement-submission`, { token: tokenFor(w.contactC), body: {} })
    expect(resubmit.status).toBe(200)
    const after = await getMatrix(w.organiser, `?deliverable=${w.d.plan}`)
    expect(read(after)['丙社区']).toEqual({ '附件2 安排表': 'submitted 1 个活动 迟交' })
  })

  it('returns one showcase project, refuses what is not submitted, and is the organisers\' alone', async () => {
    const showcase = await post('return', w.organiser, { unitId: w.unitA, showcaseApplicationId: w.sc.aSubmitted, reason: '项目图片不足 5 张' })
    expect(showcase.status).toBe(200)
    const m = await getMatrix(w.organiser, `?deliverable=${w.d.showcase}`)
    expect(read(m)['甲街道']).toEqual({ '附件1 展示项目': 'returned 待重交' })

    const notSubmitted = await post('return', w.organiser, { unitId: w.unitB, deadlineId: w.d.plan, reason: '请补充' })
    expect(notSubmitted.status).toBe(409)
    expect(notSubmitted.body).toMatchObject({ code: 'not_submitted', message: expect.stringContaining('乙学校') })
    const draft = await post('return', w.organiser, { unitId: w.unitB, deadlineId: w.d.week1, reason: '请补充' })
    expect(draft).toMatchObject({ status: 409, body: { code: 'not_submitted', message: expect.stringContaining('只有已提交的材料才能退回') } })
    const twice = await post('return', w.organiser, { unitId: w.unitB, showcaseApplicationId: w.sc.bReturned, reason: '请补充' })
    expect(twice).toMatchObject({ status: 409, body: { code: 'not_submitted' } })
    const wholeShowcase = await post('return', w.organiser, { unitId: w.unitC, deadlineId: w.d.showcase, reason: '请补充' })
    expect(wholeShowcase).toMatchObject({ status: 400, body: { code: 'validation_failed' } })
    const noReason = await post('return', w.organiser, { unitId: w.unitC, reportId: w.bReport, reason: '' })
    expect(noReason).toMatchObject({ status: 400, body: { code: 'validation_failed', message: expect.stringContaining('退回原因') } })
    const twoTargets = await post('return', w.organiser, { unitId: w.unitB, reportId: w.bReport, deadlineId: w.d.report, reason: '请补充' })
    expect(twoTargets.status).toBe(400)
    // A report of B named with A's unit: not found, nothing changed.
    expect((await post('return', w.organiser, { unitId: w.unitA, reportId: w.bReport, reason: '请补充' })).status).toBe(404)

    expect((await post('return', w.haizhouAdmin, { unitId: w.unitB, reportId: w.bReport, reason: '请补充' })).status).toBe(403)
    expect((await post('return', w.otherOrganiser, { unitId: w.unitB, reportId: w.bReport, reason: '请补充' })).status).toBe(404)
    expect((await post('return', w.contactB, { unitId: w.unitB, reportId: w.bReport, reason: '请补充' })).status).toBe(403)
    const [report] = await sql<{ status: string }[]>`select status from reports where id = ${w.bReport}`
    expect(report!.status).toBe('submitted')
  })

  it('accepts a submitted item (采用); the cell says so and the unit can no longer withdraw it', async () => {
    const res = await post('accept', w.organiser, { unitId: w.unitB, reportId: w.bReport })
    expect(res.status).toBe(200)
    expect(ZSubmissionDecisionResponse.parse(res.body).status).toBe('accepted')
    const m = await getMatrix(w.organiser, `?deliverable=${w.d.report}`)
    expect(read(m)['乙学校']).toEqual({ [m.columns[0]!.label]: 'accepted' })
    expect((await post('accept', w.organiser, { unitId: w.unitB, reportId: w.bReport })).status).toBe(409)
    const withdraw = await api(`/api/reports/${w.bReport}/withdraw`, { token: tokenFor(w.contactB), body: {} })
    expect(withdraw.status).toBeGreaterThanOrEqual(400)
    expect(withdraw.status).toBeLessThan(500)
    const [report] = await sql<{ status: string }[]>`select status from reports where id = ${w.bReport}`
    expect(report!.status).toBe('accepted')
    expect((await post('accept', w.haizhouAdmin, { unitId: w.unitA, deadlineId: w.d.week1 })).status).toBe(403)
  })
})

describe('reminders: to one unit or every unit that still owes a deadline, never twice', () => {
  const remind = (userId: string, body: unknown) => api(`/api/campaigns/${w.campaignId}/status/remind`, { token: tokenFor(userId), body })
  const outbox = (deadlineId: string) =>
    sql<{ user_id: string; payload: { unitId: string; overdue: boolean; owed: string } }[]>`
      select user_id, payload from notification_outbox where kind = 'organiser_reminder' and payload ->> 'deadlineId' = ${deadlineId}`

  it('reminds every unit that still owes week 1, once; a unit without contacts is named', async () => {
    // Week 1 is owed by B (逾期), C (已退回) and D (逾期, nobody joined); A submitted it.
    const first = ZRemindResponse.parse((await remind(w.organiser, { deadlineId: w.d.week1 })).body)
    expect(first).toEqual({ queued: 2, alreadyReminded: 0, noContact: [{ id: w.unitD, name: '丁公司' }], messages: 2 })
    const rows = await outbox(w.d.week1)
    expect(rows.map((r) => r.user_id).sort()).toEqual([w.contactB, w.contactC].sort())
    expect(rows.every((r) => r.payload.overdue)).toBe(true)
    expect(rows.find((r) => r.user_id === w.contactC)!.payload.owed).toContain('已被退回')

    const second = ZRemindResponse.parse((await remind(w.organiser, { deadlineId: w.d.week1 })).body)
    expect(second).toEqual({ queued: 0, alreadyReminded: 2, noContact: [{ id: w.unitD, name: '丁公司' }], messages: 0 })
    expect(await outbox(w.d.week1)).toHaveLength(2)
    const one = ZRemindResponse.parse((await remind(w.organiser, { deadlineId: w.d.week1, unitId: w.unitB })).body)
    expect(one).toMatchObject({ queued: 0, alreadyReminded: 1 })

    // The matrix marks who was reminded; the contact reads it in 消息.
    const m = await getMatrix(w.organiser, `?deliverable=${w.d.week1}`)
    expect(m.units.find((u) => u.id === w.unitB)!.cells[0]!.remindedAt).toMatch(/\+08:00$/)
    expect(m.units.find((u) => u.id === w.unitA)!.cells[0]!.remindedAt).toBeUndefined()
    const messages = ZNotificationsResponse.parse((await api('/api/me/notifications', { token: tokenFor(w.contactB) })).body)
    expect(messages.items.find((n) => n.kind === 'organiser_reminder')).toMatchObject({ unitId: w.unitB, title: expect.stringContaining('组织方催报') })
  })

  it('refuses a unit that has submitted; a district admin reminds only its own district', async () => {
    const done = await remind(w.organiser, { deadlineId: w.d.week1, unitId: w.unitA })
    expect(done).toMatchObject({ status: 409, body: { code: 'already_submitted', message: expect.stringContaining('甲街道') } })
    // Photos are owed by B, C and D; 海州区's admin reaches B only (A submitted).
    const district = ZRemindResponse.parse((await remind(w.haizhouAdmin, { deadlineId: w.d.photos })).body)
    expect(district).toEqual({ queued: 1, alreadyReminded: 0, noContact: [], messages: 1 })
    expect((await outbox(w.d.photos)).map((r) => r.user_id)).toEqual([w.contactB])
    expect((await remind(w.haizhouAdmin, { deadlineId: w.d.photos, unitId: w.unitC })).status).toBe(404)
    expect((await remind(w.otherOrganiser, { deadlineId: w.d.photos })).status).toBe(404)
    // Before the due time the reminder says so (not overdue).
    const ahead = ZRemindResponse.parse((await remind(w.organiser, { deadlineId: w.d.week2, unitId: w.unitC })).body)
    expect(ahead.queued).toBe(1)
    expect((await outbox(w.d.week2))[0]!.payload.overdue).toBe(false)
  })
})

describe('the same rules as the unit home', () => {
  it('computes, set-based for a whole campaign, exactly the rows app_private.unit_deliverables gives', async () => {
    const seeded = await sql<{ id: string }[]>`select id from campaigns where is_demo or slug = any(${['lianyungang-2024', 'zhaoqing-2019', 'jincheng-2021']})`
    for (const campaignId of [w.campaignId, ...seeded.map((c) => c.id)]) {
      const [diff] = await sql<{ extra: number; missing: number; rows: number }[]>`
        select (select count(*) from (select * from app_private.campaign_deliverables(${campaignId}, null, now())
                except all select * from app_private.unit_deliverables(${campaignId}, null, now())) x)::int as extra,
               (select count(*) from (select * from app_private.unit_deliverables(${campaignId}, null, now())
                except all select * from app_private.campaign_deliverables(${campaignId}, null, now())) x)::int as missing,
               (select count(*) from app_private.campaign_deliverables(${campaignId}, null, now()))::int as rows`
      expect(diff).toMatchObject({ extra: 0, missing: 0 })
      expect(diff!.rows).toBeGreaterThan(0)
    }
    // One unit, and the matrix's light variant (no photo verdicts) agrees on everything else.
    const [one] = await sql<{ extra: number }[]>`
      select count(*)::int as extra from (select * from app_private.campaign_deliverables(${w.campaignId}, ${w.unitA}, now())
        except all select * from app_private.unit_deliverables(${w.campaignId}, ${w.unitA}, now())) x`
    expect(one!.extra).toBe(0)
    const light = await sql<{ photos_passed: number | null; state: string }[]>`
      select photos_passed, state from app_private.campaign_deliverables(${w.campaignId}, ${w.unitA}, now(), false)`
    expect(light.every((r) => r.photos_passed === null)).toBe(true)
  })
})

describe('who sees what: API and row-level security', () => {
  it('shows a district admin its own district only, and another campaign\'s organiser nothing', async () => {
    const mine = await getMatrix(w.haizhouAdmin)
    expect(mine.role).toBe('district_admin')
    expect(mine.can).toEqual({ return: false, remind: true })
    expect(mine.units.map((u) => u.name)).toEqual(['甲街道', '乙学校'])
    expect(mine.districts.map((d) => d.name)).toEqual(['海州区'])
    expect(mine.quotas.districts.map((d) => d.name)).toEqual(['海州区'])
    expect(mine.totals.units).toBe(2)
    // Asking for another district's units gives nothing, not them.
    expect((await getMatrix(w.haizhouAdmin, `?districtId=${w.lianyun}`)).units).toEqual([])

    // A unit contact is a member of the campaign but not of its console.
    const contact = await api(statusPath(), { token: tokenFor(w.contactA) })
    expect(contact).toMatchObject({ status: 403, body: { code: 'forbidden', message: expect.stringContaining('组织方和区县管理员') } })
    // The campaign is not published yet: another campaign's organiser cannot even see it.
    const stranger = await api(statusPath(), { token: tokenFor(w.otherOrganiser) })
    expect(stranger).toMatchObject({ status: 404, body: { code: 'campaign_not_found' } })
    expect((await api(statusPath())).status).toBe(401)
    expect((await api(`/api/campaigns/${randomUUID()}/status`, { token: tokenFor(w.organiser) })).status).toBe(404)
  })

  it('scopes the SQL functions to the caller, and the tables stay read-only for a district admin', async () => {
    const scope = (userId: string) => asUser(sql, userId, (tx) => tx<{ unit_id: string }[]>`select unit_id from app_private.status_scope_units(${w.campaignId})`)
    expect((await scope(w.organiser)).map((r) => r.unit_id)).toEqual([w.unitA, w.unitB, w.unitC, w.unitD])
    expect((await scope(w.haizhouAdmin)).map((r) => r.unit_id)).toEqual([w.unitA, w.unitB])
    expect(await scope(w.otherOrganiser)).toEqual([])
    expect(await scope(w.contactA)).toEqual([])

    const deliverables = (userId: string) =>
      asUser(sql, userId, (tx) => tx<{ unit_id: string }[]>`select distinct unit_id from app_private.status_deliverables(${w.campaignId}, null, now())`)
    expect((await deliverables(w.haizhouAdmin)).map((r) => r.unit_id).sort()).toEqual([w.unitA, w.unitB].sort())
    expect(await deliverables(w.otherOrganiser)).toEqual([])
    expect(await asUser(sql, w.otherOrganiser, (tx) => tx`select * from app_private.status_reminders(${w.campaignId})`)).toEqual([])

    // A district admin reads its units' returns but not another district's, and changes none.
    const read = (userId: string, unitId: string) => asUser(sql, userId, (tx) => tx`select id from unit_submissions where unit_id = ${unitId}`)
    expect((await read(w.haizhouAdmin, w.unitA)).length).toBeGreaterThan(0)
    expect(await read(w.haizhouAdmin, w.unitC)).toHaveLength(0)
    expect(await read(w.otherOrganiser, w.unitA)).toHaveLength(0)
    const updated = await asUser(sql, w.haizhouAdmin, (tx) => tx`update unit_submissions set status = 'returned', return_reason = 'x' where unit_id = ${w.unitA} returning id`)
    expect(updated).toHaveLength(0)
    // Queuing messages is checked per unit inside the function.
    await expect(
      asUser(sql, w.haizhouAdmin, (tx) =>
        tx`select * from app_private.queue_unit_notices('organiser_reminder', ${tx.json([{ unitId: w.unitC, key: 'x', payload: {} }])})`,
      ),
    ).rejects.toThrow(/forbidden/)
    await expect(
      asUser(sql, w.haizhouAdmin, (tx) =>
        tx`select * from app_private.queue_unit_notices('submission_returned', ${tx.json([{ unitId: w.unitA, key: 'x', payload: {} }])})`,
      ),
    ).rejects.toThrow(/forbidden/)
    await expect(asUser(sql, null, (tx) => tx`select * from app_private.status_scope_units(${w.campaignId})`)).rejects.toThrow(/permission denied/)
  })
})
