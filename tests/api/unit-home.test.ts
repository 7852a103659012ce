import { randomUUID } from 'node:crypto'
import { ZMyUnitsResponse, ZUnitHomeResponse, type TDeliverable, type TUnitHomeResponse } from '../../types/api/unit-home'
import { api } from '../setup/api-client'
import { asUser, connectTestDb } from '../setup/db'
import { tokenFor } from '../setup/journey'

// getUnitHome runs in this process too (against the test database), so `now` can be set exactly.
process.env.DATABASE_URL = process.env.TEST_DATABASE_URL

import type { TSessionClaims } from '../../cloud/lib/auth/session-token'
import { closeSql } from '../../cloud/lib/db/client'
import { getUnitHome } from '../../cloud/lib/unit-home/get-unit-home'

const sql = connectTestDb()
afterAll(async () => {
  await sql.end()
  await closeSql()
})

const claims = (userId: string): TSessionClaims => ({ sub: userId, role: 'authenticated', iat: 0, exp: 4102444800 })
const at = (shanghai: string) => new Date(shanghai.replace(' ', 'T') + '+08:00')

type TWorld = Awaited<ReturnType<typeof createWorld>>

/**
 * A 2030 campaign with quotas (2 key activities, 2 showcase projects per unit), unit A with rows in
 * every table a deliverable lives in, unit B with almost nothing; `now` is 2030-03-10 10:00 Shanghai.
 */
async function createWorld() {
  const slug = `uh-${randomUUID().slice(0, 8)}`
  const [campaign] = await sql<{ id: string }[]>`
    insert into campaigns (slug, issuer, city, year, title, theme, period_start, period_end)
    values (${slug}, '测试文明办', '测试市', 2030, '工作台测试活动月', '志愿测试 美好生活', '2030-03-01', '2030-03-31') returning id`
  const campaignId = campaign!.id
  const [district] = await sql<{ id: string }[]>`
    insert into districts (campaign_id, key, name, kind) values (${campaignId}, 'd', '海州区', 'county') returning id`
  const units = await sql<{ id: string }[]>`
    insert into units (campaign_id, district_id, key, name) values
      (${campaignId}, ${district!.id}, 'a', '甲街道'), (${campaignId}, ${district!.id}, 'b', '乙学校') returning id`
  const [unitA, unitB] = units.map((u) => u.id) as [string, string]
  const users = await sql<{ id: string }[]>`
    insert into app_users (display_name) values ('甲联系人'), ('乙联系人'), ('组织方'), ('志愿者') returning id`
  const [contactA, contactB, organiser, volunteer] = users.map((u) => u.id) as [string, string, string, string]
  await sql`insert into memberships (user_id, campaign_id, role, unit_id) values
    (${contactA}, ${campaignId}, 'unit_contact', ${unitA}), (${contactB}, ${campaignId}, 'unit_contact', ${unitB}),
    (${organiser}, ${campaignId}, 'organiser', null), (${volunteer}, ${campaignId}, 'volunteer', null)`
  await sql`insert into campaign_quotas (campaign_id, subject, metric, min_count) values
    (${campaignId}, 'unit', 'key_activities', 2), (${campaignId}, 'unit', 'showcase_projects', 2)`

  const deadline = async (kind: string, title: string, due: string) => {
    const [row] = await sql<{ id: string }[]>`
      insert into campaign_deadlines (campaign_id, kind, title, due_at) values (${campaignId}, ${kind}, ${title}, ${at(due)}) returning id`
    return row!.id
  }
  const d = {
    plan: await deadline('activity_plan', '活动安排表（附件2）', '2030-02-19 18:00'),
    statusReport: await deadline('status_report', '开展情况报告', '2030-03-05 18:00'),
    week1: await deadline('weekly_stats', '3月8日统计表', '2030-03-08 18:00'),
    report: await deadline('report', '图文报告（第一次）', '2030-03-11 09:00'),
    showcase: await deadline('showcase_application', '展示项目申报表（附件1）', '2030-03-12 18:00'),
    week2: await deadline('weekly_stats', '3月15日统计表', '2030-03-15 18:00'),
    photos: await deadline('photos', '活动图片上传', '2030-03-25 18:00'),
    summary: await deadline('summary', '活动总结', '2030-04-03 18:00'),
  }

  const activity = async (unitId: string, title: string, starts: string, status: string, key: boolean) => {
    const [row] = await sql<{ id: string }[]>`
      insert into activities (campaign_id, unit_id, title, starts_at, ends_at, location_name, category, status, is_key_activity)
      values (${campaignId}, ${unitId}, ${title}, ${at(starts)}, ${new Date(at(starts).getTime() + 2 * 3600_000)}, '文化广场', 'care', ${status}, ${key})
      returning id`
    return row!.id
  }
  const a = {
    key: await activity(unitA, '重点·关爱老人', '2030-03-05 09:00', 'published', true),
    cancelledKey: await activity(unitA, '已撤回的重点活动', '2030-03-06 09:00', 'cancelled', true),
    week2First: await activity(unitA, '护河行动', '2030-03-09 09:00', 'published', false),
    week2Second: await activity(unitA, '文明交通劝导', '2030-03-11 14:00', 'published', false),
    draft: await activity(unitA, '草稿活动', '2030-03-20 09:00', 'draft', false),
    other: await activity(unitB, '乙单位活动', '2030-03-07 09:00', 'published', false),
  }

  // 附件2 submitted; a status report submitted; week 1 returned; the report a draft.
  await sql`insert into unit_submissions (campaign_id, unit_id, deadline_id, kind, status, submitted_at, submitted_by)
            values (${campaignId}, ${unitA}, ${d.plan}, 'activity_plan', 'submitted', ${at('2030-02-18 10:00')}, ${contactA})`
  await sql`insert into unit_submissions (campaign_id, unit_id, deadline_id, kind, status, submitted_at, returned_at, return_reason)
            values (${campaignId}, ${unitA}, ${d.week1}, 'weekly_stats', 'returned', ${at('2030-03-08 12:00')}, ${at('2030-03-09 09:00')}, '请补充新闻稿链接')`
  await sql`insert into reports (campaign_id, unit_id, deadline_id, kind, title, body, status, submitted_at)
            values (${campaignId}, ${unitA}, ${d.statusReport}, 'status_report', '开展情况', '已开展 3 场', 'submitted', ${at('2030-03-04 10:00')})`
  await sql`insert into reports (campaign_id, unit_id, deadline_id, kind, title, body, status)
            values (${campaignId}, ${unitA}, ${d.report}, 'report', '第一次报告', '草稿正文', 'draft')`
  // Week 2: one of its two activities has its row.
  const [stats] = await sql<{ id: string }[]>`
    insert into weekly_stats (campaign_id, unit_id, activity_id, deadline_id, week_ending)
    values (${campaignId}, ${unitA}, ${a.week2First}, ${d.week2}, '2030-03-15') returning id`
  await sql`insert into weekly_stats_served (stats_id, unit_id, population, served_count) values (${stats!.id}, ${unitA}, 'empty_nest_elderly', 12)`
  // Showcase: one submitted, one returned with a reason.
  await sql`insert into showcase_applications (campaign_id, unit_id, project_name, status, submitted_at) values
    (${campaignId}, ${unitA}, '爱心义诊', 'submitted', ${at('2030-03-01 10:00')})`
  await sql`insert into showcase_applications (campaign_id, unit_id, project_name, status, submitted_at, returned_at, return_reason) values
    (${campaignId}, ${unitA}, '垃圾分类', 'returned', ${at('2030-03-01 10:00')}, ${at('2030-03-02 10:00')}, '项目图片不足 1 MB')`

  // Photos: two passed; needs_review overridden to passed by the organiser; one needs_review;
  // one whose latest check failed (an older check passed).
  const photo = async (checks: { verdict: string; review?: string; at: string }[]) => {
    const [row] = await sql<{ id: string }[]>`
      insert into photos (campaign_id, unit_id, purpose, activity_id, storage_path, sha256, byte_size)
      values (${campaignId}, ${unitA}, 'activity', ${a.key}, ${`${slug}/${randomUUID()}.jpg`}, ${'b'.repeat(64)}, 100) returning id`
    for (const check of checks) {
      await sql`insert into photo_check_results (photo_id, verdict, review_verdict, engine_version, checked_at)
                values (${row!.id}, ${check.verdict}, ${check.review ?? null}, 'test', ${at(check.at)})`
    }
  }
  await photo([{ verdict: 'passed', at: '2030-03-05 12:00' }])
  await photo([{ verdict: 'passed', at: '2030-03-05 12:00' }])
  await photo([{ verdict: 'needs_review', review: 'passed', at: '2030-03-05 12:00' }])
  await photo([{ verdict: 'needs_review', at: '2030-03-05 12:00' }])
  await photo([
    { verdict: 'passed', at: '2030-03-05 12:00' },
    { verdict: 'failed', at: '2030-03-05 13:00' },
  ])
  return { campaignId, unitA, unitB, contactA, contactB, organiser, volunteer, d, a }
}

let world: TWorld
beforeAll(async () => {
  world = await createWorld()
})

const NOW = at('2030-03-10 10:00')
const home = (userId: string, unitId: string, now = NOW) => getUnitHome(claims(userId), unitId, now)
const byDeadline = (result: TUnitHomeResponse, deadlineId: string): TDeliverable => {
  const found = result.deliverables.find((x) => x.deadlineId === deadlineId)
  if (!found) throw new Error(`deadline ${deadlineId} missing`)
  return found
}

describe('unit home: deliverables, states and what is still owed', () => {
  it('derives each state from the tables where the deliverable lives', async () => {
    const result = ZUnitHomeResponse.parse(await home(world.contactA, world.unitA))
    const { d } = world
    expect(result.unit).toMatchObject({ name: '甲街道', districtName: '海州区', campaignTitle: '工作台测试活动月', campaignTheme: '志愿测试 美好生活', periodStart: '2030-03-01', periodEnd: '2030-03-31' })
    expect(result.deliverables.map((x) => x.deadlineId)).toEqual([d.plan, d.statusReport, d.week1, d.report, d.showcase, d.week2, d.photos, d.summary])

    // 已提交 — but the quota still wants a second key activity (the withdrawn one does not count).
    expect(byDeadline(result, d.plan)).toMatchObject({ state: 'submitted', stateLabel: '已提交', owed: ['还需 1 个重点活动'], dueText: '已截止', page: 'arrangement', submittedAt: '2030-02-18T10:00:00+08:00' })
    expect(byDeadline(result, d.statusReport)).toMatchObject({ state: 'submitted', owed: [], urgency: 'done', inTodo: false, page: 'reports' })
    // 已退回 wins over 已逾期 and stays doable.
    expect(byDeadline(result, d.week1)).toMatchObject({ state: 'returned', stateLabel: '已退回', returnReason: '请补充新闻稿链接', inTodo: true, urgency: 'urgent', page: 'weekly_stats', dueText: '已截止，可重交' })
    expect(byDeadline(result, d.report)).toMatchObject({ state: 'draft', stateLabel: '草稿', daysLeft: 1, dueText: '还剩 1 天', owed: ['已保存草稿，尚未提交'], urgency: 'urgent' })
    expect(byDeadline(result, d.showcase)).toMatchObject({
      state: 'returned',
      returnReason: '项目图片不足 1 MB',
      owed: ['已被退回，请按意见修改后重新提交', '还需 1 个展示项目', '1 个项目被退回'],
      daysLeft: 2,
      urgency: 'urgent',
      page: 'showcase',
    })
    expect(byDeadline(result, d.week2)).toMatchObject({ state: 'draft', owed: ['还有 1 个活动未填写统计'], daysLeft: 5, dueText: '还剩 5 天', urgency: 'normal' })
    expect(byDeadline(result, d.photos)).toMatchObject({ state: 'draft', owed: ['照片：3 张合格，1 张待复核，1 张不合格，尚未提交'], page: 'photo_handin' })
    // The summary covers the whole month: 3 published activities, none filled in yet.
    expect(byDeadline(result, d.summary)).toMatchObject({ state: 'not_started', stateLabel: '未开始', owed: ['还有 3 个活动未填写统计', '尚未填写活动总结'], daysLeft: 24 })
    expect(result.counts).toEqual({ todo: 6, overdue: 0, submitted: 2 })

    // Activities: drafts and withdrawn ones included, with photo verdicts.
    expect(result.activities.map((x) => [x.title, x.status])).toEqual([
      ['重点·关爱老人', 'published'],
      ['已撤回的重点活动', 'cancelled'],
      ['护河行动', 'published'],
      ['文明交通劝导', 'published'],
      ['草稿活动', 'draft'],
    ])
    expect(result.activities[0]!.photos).toEqual({ total: 5, passed: 3, needsReview: 1, failed: 1, checking: 0 })
  })

  it('says 已逾期 for what was not submitted in time, and 未开始 / 草稿 before', async () => {
    const result = await home(world.contactB, world.unitB)
    const { d } = world
    // B has an activity but never submitted 附件2: overdue by 19 days.
    expect(byDeadline(result, d.plan)).toMatchObject({ state: 'overdue', stateLabel: '已逾期', daysLeft: -19, dueText: '已逾期 19 天', urgency: 'overdue', inTodo: false })
    expect(byDeadline(result, d.showcase)).toMatchObject({ state: 'not_started', owed: ['还需 2 个展示项目'] })
    expect(byDeadline(result, d.photos)).toMatchObject({ state: 'not_started', owed: ['还没有上传活动照片'] })
    expect(byDeadline(result, d.plan).owed).toEqual(['还需 2 个重点活动', '已填 1 个活动，尚未提交'])
    expect(result.counts.overdue).toBe(3)
  })

  it('counts days left in Shanghai calendar days across midnight', async () => {
    const report = async (now: string) => byDeadline(await home(world.contactA, world.unitA, at(now)), world.d.report)
    expect(await report('2030-03-10 23:59')).toMatchObject({ daysLeft: 1, dueText: '还剩 1 天', state: 'draft' })
    // 00:01 in Shanghai is still the previous day in UTC: the count follows Shanghai.
    expect(await report('2030-03-11 00:01')).toMatchObject({ daysLeft: 0, dueText: '今天截止', state: 'draft' })
    expect(await report('2030-03-11 09:00')).toMatchObject({ daysLeft: 0, dueText: '已于今天截止', state: 'overdue' })
    expect(await report('2030-03-13 08:00')).toMatchObject({ daysLeft: -2, dueText: '已逾期 2 天', state: 'overdue' })
  })

  it('follows the data: submitting clears what is owed, returning brings it back with the reason', async () => {
    const { d } = world
    await sql`insert into unit_submissions (campaign_id, unit_id, deadline_id, kind, status, submitted_at)
              values (${world.campaignId}, ${world.unitB}, ${d.photos}, 'photos', 'submitted', ${at('2030-03-09 10:00')})`
    expect(byDeadline(await home(world.contactB, world.unitB), d.photos)).toMatchObject({ state: 'submitted', owed: [], progress: '已提交 0 张照片', inTodo: false })
    await sql`update unit_submissions set status = 'returned', returned_at = ${at('2030-03-09 12:00')}, return_reason = '照片人数不足 20 人'
              where unit_id = ${world.unitB} and deadline_id = ${d.photos}`
    expect(byDeadline(await home(world.contactB, world.unitB), d.photos)).toMatchObject({ state: 'returned', returnReason: '照片人数不足 20 人', inTodo: true })
  })
})

describe('unit home API: who may open it', () => {
  it('serves the unit contact and the organiser, refuses another unit, a volunteer and strangers', async () => {
    const path = `/api/units/${world.unitA}/home`
    const mine = await api(path, { token: tokenFor(world.contactA) })
    expect(mine.status).toBe(200)
    const parsed = ZUnitHomeResponse.parse(mine.body)
    expect(parsed.unit.id).toBe(world.unitA)
    expect(parsed.deliverables).toHaveLength(8)
    expect(parsed.deliverables[0]!.dueAt).toBe('2030-02-19T18:00:00+08:00')
    expect((await api(path, { token: tokenFor(world.organiser) })).status).toBe(200)

    const other = await api(path, { token: tokenFor(world.contactB) })
    expect(other.status).toBe(403)
    expect(other.body).toMatchObject({ code: 'forbidden', message: expect.stringContaining('单位工作台') })
    expect((await api(path, { token: tokenFor(world.volunteer) })).status).toBe(403)
    expect((await api(path)).status).toBe(401)
    expect((await api(`/api/units/${randomUUID()}/home`, { token: tokenFor(world.contactA) })).status).toBe(404)
    const bad = await api('/api/units/not-a-uuid/home', { token: tokenFor(world.contactA) })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/单位编号|id/)
  })

  it('lists the caller\'s units with what they owe for 我的; volunteers get none', async () => {
    const mine = ZMyUnitsResponse.parse((await api('/api/me/units', { token: tokenFor(world.contactA) })).body)
    expect(mine.items).toEqual([
      expect.objectContaining({ unitId: world.unitA, unitName: '甲街道', campaignTitle: '工作台测试活动月', overdueCount: 0 }),
    ])
    // Real time is before 2030: every deliverable but the submitted ones is still to do, the earliest first.
    expect(mine.items[0]!.todoCount).toBe(7)
    expect(mine.items[0]!.next).toMatchObject({ deadlineId: world.d.plan, kindLabel: '活动安排表', state: 'submitted' })
    expect(ZMyUnitsResponse.parse((await api('/api/me/units', { token: tokenFor(world.volunteer) })).body).items).toEqual([])
  })
})

describe('row-level security under the deliverables function', () => {
  it('shows another unit\'s contact none of our rows, even when called directly', async () => {
    const rows = await asUser(sql, world.contactB, (tx) =>
      tx<{ record_status: string | null; photos_total: number; showcase_submitted: number }[]>`
        select record_status, photos_total, showcase_submitted from app_private.unit_deliverables(${world.campaignId}, ${world.unitA}, ${NOW})`,
    )
    expect(rows).toHaveLength(8)
    expect(rows.every((r) => r.record_status === null && r.photos_total === 0 && r.showcase_submitted === 0)).toBe(true)
    const submissions = await asUser(sql, world.contactB, (tx) => tx`select id from unit_submissions where unit_id = ${world.unitA}`)
    expect(submissions).toHaveLength(0)
    await expect(asUser(sql, null, (tx) => tx`select * from app_private.unit_deliverables(${world.campaignId}, ${world.unitA}, ${NOW})`)).rejects.toThrow(/permission denied/)
  })
})
