import { randomUUID } from 'node:crypto'
import { ZDashboardResponse, type TDashboardResponse } from '../../types/api/dashboard'
import { api } from '../setup/api-client'
import { asUser, connectTestDb } from '../setup/db'
import { tokenFor } from '../setup/journey'

/**
 * 数据看板: every figure on a fixture campaign equals the one worked out by hand below — sign-ups
 * per Shanghai day (across midnight), activities per category and district, volunteers and hours,
 * the photo pass rate with a reviewer's override, submission completeness — for an organiser, for
 * one district, and for a district admin (its own district only, through the API and in SQL).
 */
const sql = connectTestDb()
afterAll(() => sql.end())

type TFixture = {
  campaignId: string
  organiser: string
  districtAdmin: string
  districts: { a: string; b: string }
  units: { a1: string; a2: string; b1: string; x: string }
}

async function users(count: number, name: string): Promise<string[]> {
  const rows = await sql<{ id: string }[]>`
    insert into app_users (display_name) select ${name} || g from generate_series(1, ${count}) g returning id`
  return rows.map((r) => r.id)
}

/**
 * 甲区 (units a1, a2), 乙区 (b1) and 市直单位 x without a district; a published campaign, so its
 * units are public and only the dashboard's own scope keeps a district admin to its district.
 */
async function createCampaign(): Promise<TFixture> {
  const [campaign] = await sql<{ id: string }[]>`
    insert into campaigns (slug, issuer, city, year, title, period_start, period_end, is_published)
    values (${`t-dash-${randomUUID().slice(0, 8)}`}, '测试文明办', '测试市', 2030, '看板测试活动月', '2030-03-01', '2030-03-31', true)
    returning id`
  const id = campaign!.id
  const [a, b] = (await sql<{ id: string }[]>`
    insert into districts (campaign_id, key, name, kind, sort) values (${id}, 'a', '甲区', 'county', 0), (${id}, 'b', '乙区', 'county', 1)
    returning id`).map((r) => r.id) as [string, string]
  const [a1, a2, b1, x] = (await sql<{ id: string }[]>`
    insert into units (campaign_id, district_id, key, name, sort) values
      (${id}, ${a}, 'a1', '甲一', 0), (${id}, ${a}, 'a2', '甲二', 1), (${id}, ${b}, 'b1', '乙一', 2), (${id}, null, 'x', '市直', 3)
    returning id`).map((r) => r.id) as [string, string, string, string]
  const [organiser, districtAdmin] = await users(2, '看板')
  await sql`insert into memberships (user_id, campaign_id, role, district_id) values
    (${organiser!}, ${id}, 'organiser', null), (${districtAdmin!}, ${id}, 'district_admin', ${a})`
  return { campaignId: id, organiser: organiser!, districtAdmin: districtAdmin!, districts: { a, b }, units: { a1, a2, b1, x } }
}

async function activity(c: TFixture, unitId: string, category: string, status = 'published', key = false): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into activities (campaign_id, unit_id, title, starts_at, ends_at, location_name, category, status, is_key_activity)
    values (${c.campaignId}, ${unitId}, '看板活动', '2030-03-05 08:00+08', '2030-03-05 18:00+08', '广场', ${category}, ${status}, ${key})
    returning id`
  return row!.id
}

/** A registration made at `at` (UTC), with a check-in of `hours` (undefined: none; null: not checked out). */
async function signup(activityId: string, userId: string, at: string, options: { cancelled?: boolean; hours?: number | null } = {}) {
  const [reg] = await sql<{ id: string }[]>`
    insert into registrations (activity_id, user_id, status, created_at, confirmed_at, cancelled_at)
    values (${activityId}, ${userId}, ${options.cancelled ? 'cancelled' : 'confirmed'}, ${at}, ${at}, ${options.cancelled ? at : null})
    returning id`
  if (options.hours !== undefined) {
    // Hours are computed from the times by a trigger (capped to the activity's 08:00–18:00).
    const checkedIn = new Date('2030-03-05T09:00:00+08:00')
    const checkedOut = options.hours === null ? null : new Date(checkedIn.getTime() + options.hours * 3600_000)
    await sql`insert into check_ins (registration_id, checked_in_at, checked_out_at) values (${reg!.id}, ${checkedIn}, ${checkedOut})`
  }
}

/** An activity photo whose checks gave `verdicts` in order (the last is the latest), the last one reviewed as `review`. */
async function photo(c: TFixture, unitId: string, activityId: string, verdicts: string[], review?: string) {
  const [p] = await sql<{ id: string }[]>`
    insert into photos (campaign_id, unit_id, purpose, activity_id, storage_path, sha256, byte_size)
    values (${c.campaignId}, ${unitId}, 'activity', ${activityId}, ${`dash/${randomUUID()}.jpg`}, ${'b'.repeat(64)}, 100) returning id`
  for (const [i, verdict] of verdicts.entries()) {
    const last = i === verdicts.length - 1
    await sql`insert into photo_check_results (photo_id, verdict, engine_version, checked_at, review_verdict, reviewed_at)
              values (${p!.id}, ${verdict}, 'test', ${new Date(Date.UTC(2030, 2, 6, 0, i))}, ${last ? (review ?? null) : null},
                      ${last && review ? new Date() : null})`
  }
}

async function dashboard(c: TFixture, userId: string, districtId?: string) {
  return api(`/api/campaigns/${c.campaignId}/dashboard${districtId ? `?districtId=${districtId}` : ''}`, { token: tokenFor(userId) })
}

function parsed(reply: { status: number; body: unknown }): TDashboardResponse {
  expect(reply.status).toBe(200)
  return ZDashboardResponse.parse(reply.body)
}

describe('dashboard figures', () => {
  let c: TFixture
  beforeAll(async () => {
    c = await createCampaign()
    const { a1, a2, b1, x } = c.units
    const act1 = await activity(c, a1, 'care', 'published', true)
    await activity(c, a1, 'culture_education', 'draft')
    await activity(c, a1, 'care', 'cancelled') // withdrawn: counted nowhere
    const act4 = await activity(c, a2, 'environment')
    const act5 = await activity(c, b1, 'care')
    const act6 = await activity(c, x, 'health')
    const [v1, v2, v3, v4, v5] = (await users(5, '看板志愿者')) as [string, string, string, string, string]
    // 2030-03-04T15:59Z is 3月4日 23:59 in Shanghai; two minutes later it is 3月5日.
    await signup(act1, v1, '2030-03-04T15:59:00Z', { hours: 2.5 })
    await signup(act1, v2, '2030-03-04T16:01:00Z', { hours: 3 })
    await signup(act1, v3, '2030-03-05T02:00:00Z', { hours: null })
    await signup(act1, v4, '2030-03-05T03:00:00Z', { cancelled: true })
    await signup(act4, v1, '2030-03-06T01:00:00Z', { hours: 1.25 })
    await signup(act5, v2, '2030-03-06T02:00:00Z', { hours: 2 })
    await signup(act5, v5, '2030-03-07T17:00:00Z') // 3月8日 01:00 in Shanghai, no check-in
    await signup(act6, v3, '2030-03-06T05:00:00Z', { hours: 1 })

    // 甲区: passed ×3 (one by a reviewer's override, one whose latest check passed after a failed one),
    // failed ×2 (one overridden by the reviewer), 待复核 ×1, checking ×1. 乙区: passed ×2, error → review ×1.
    await photo(c, a1, act1, ['passed'])
    await photo(c, a1, act1, ['needs_review'], 'passed')
    await photo(c, a1, act1, ['failed'])
    await photo(c, a1, act1, ['needs_review'])
    await photo(c, a1, act1, [])
    await photo(c, a2, act4, ['failed', 'passed'])
    await photo(c, a2, act4, ['passed', 'needs_review'], 'failed')
    await photo(c, b1, act5, ['passed'])
    await photo(c, b1, act5, ['passed'])
    await photo(c, b1, act5, ['error'])

    // Deadlines: 附件2 already past (2024), two Fridays and 附件1 still ahead.
    const deadlines = await sql<{ id: string; kind: string }[]>`
      insert into campaign_deadlines (campaign_id, kind, title, due_at) values
        (${c.campaignId}, 'activity_plan', '活动安排表', '2024-02-19 18:00+08'),
        (${c.campaignId}, 'weekly_stats', '第一周统计', '2030-03-08 18:00+08'),
        (${c.campaignId}, 'weekly_stats', '第二周统计', '2030-03-15 18:00+08'),
        (${c.campaignId}, 'showcase_application', '展示项目申报', '2030-02-19 18:00+08')
      returning id, kind`
    const [plan, friday1] = deadlines.map((d) => d.id) as [string, string]
    const submission = (unitId: string, deadlineId: string, kind: string, status: string) => sql`
      insert into unit_submissions (campaign_id, unit_id, deadline_id, kind, status, submitted_at, returned_at, return_reason)
      values (${c.campaignId}, ${unitId}, ${deadlineId}, ${kind}, ${status}, ${status === 'draft' ? null : new Date()},
              ${status === 'returned' ? new Date() : null}, ${status === 'returned' ? '请补充联系人' : null})`
    await submission(a1, plan, 'activity_plan', 'submitted')
    await submission(a2, plan, 'activity_plan', 'returned')
    await submission(x, plan, 'activity_plan', 'accepted')
    await submission(a1, friday1, 'weekly_stats', 'submitted')
    await submission(b1, friday1, 'weekly_stats', 'draft')
    await sql`insert into showcase_applications (campaign_id, unit_id, project_name, status, submitted_at) values
      (${c.campaignId}, ${a1}, '甲一展示', 'submitted', now()), (${c.campaignId}, ${b1}, '乙一展示', 'draft', null)`
  })

  it('gives an organiser every district, each figure as counted by hand', async () => {
    const d = parsed(await dashboard(c, c.organiser))
    expect(d.role).toBe('organiser')
    expect(d.districtId).toBeNull()
    expect(d.units).toBe(4)
    expect(d.districts.map((x) => x.name)).toEqual(['甲区', '乙区'])

    // Sign-ups per Shanghai day: 23:59 stays on 3月4日, 00:01 moves to 3月5日; 3月7日 17:00Z is 3月8日.
    expect(d.signupsByDay).toEqual([
      { day: '2030-03-04', signups: 1, cancelled: 0 },
      { day: '2030-03-05', signups: 3, cancelled: 1 },
      { day: '2030-03-06', signups: 3, cancelled: 0 },
      { day: '2030-03-08', signups: 1, cancelled: 0 },
    ])

    // All eight categories, zeros included; the withdrawn activity nowhere.
    expect(d.activitiesByCategory).toHaveLength(8)
    const byCategory = Object.fromEntries(d.activitiesByCategory.map((r) => [r.category, [r.published, r.drafts, r.keyActivities]]))
    expect(byCategory).toMatchObject({
      care: [2, 0, 1],
      culture_education: [0, 1, 0],
      environment: [1, 0, 0],
      health: [1, 0, 0],
      theory: [0, 0, 0],
      legal: [0, 0, 0],
    })
    expect(d.activitiesByDistrict).toEqual([
      { districtId: c.districts.a, name: '甲区', published: 2, drafts: 1, keyActivities: 1 },
      { districtId: c.districts.b, name: '乙区', published: 1, drafts: 0, keyActivities: 0 },
      { districtId: null, name: '未分区', published: 1, drafts: 0, keyActivities: 0 },
    ])

    // 甲区: v1 (twice), v2, v3 (checked in, not out: no hours yet) → 3 people, 4 check-ins, 6.75 h.
    // v2 and v3 also served elsewhere: the total counts 3 people, not 3 + 1 + 1.
    expect(d.service.byDistrict).toEqual([
      { districtId: c.districts.a, name: '甲区', volunteers: 3, checkIns: 4, hours: 6.75 },
      { districtId: c.districts.b, name: '乙区', volunteers: 1, checkIns: 1, hours: 2 },
      { districtId: null, name: '未分区', volunteers: 1, checkIns: 1, hours: 1 },
    ])
    expect(d.service.total).toEqual({ volunteers: 3, checkIns: 6, hours: 9.75 })

    expect(d.photos.byDistrict).toEqual([
      { districtId: c.districts.a, name: '甲区', passed: 3, failed: 2, review: 1, checking: 1, passRate: 0.5 },
      { districtId: c.districts.b, name: '乙区', passed: 2, failed: 0, review: 1, checking: 0, passRate: 0.6667 },
      { districtId: null, name: '未分区', passed: 0, failed: 0, review: 0, checking: 0, passRate: null },
    ])
    expect(d.photos.total).toEqual({ passed: 5, failed: 2, review: 2, checking: 1, passRate: 0.5556 })

    // Units × deadlines, in the order of the first deadline of each kind.
    expect(d.completeness).toEqual([
      // 2024: a1 submitted, x accepted, a2 returned, b1 overdue.
      { kind: 'activity_plan', deadlines: 1, cells: 4, submitted: 2, returned: 1, overdue: 1, open: 0, share: 0.5 },
      // a1 submitted; b1 only a draft.
      { kind: 'showcase_application', deadlines: 1, cells: 4, submitted: 1, returned: 0, overdue: 0, open: 3, share: 0.25 },
      // Two Fridays × 4 units; a1's first week submitted, b1's a draft.
      { kind: 'weekly_stats', deadlines: 2, cells: 8, submitted: 1, returned: 0, overdue: 0, open: 7, share: 0.125 },
    ])
  })

  it('narrows to one district on request', async () => {
    const d = parsed(await dashboard(c, c.organiser, c.districts.a))
    expect(d.districtId).toBe(c.districts.a)
    expect(d.units).toBe(2)
    expect(d.signupsByDay).toEqual([
      { day: '2030-03-04', signups: 1, cancelled: 0 },
      { day: '2030-03-05', signups: 3, cancelled: 1 },
      { day: '2030-03-06', signups: 1, cancelled: 0 },
    ])
    expect(d.activitiesByDistrict.map((r) => r.name)).toEqual(['甲区'])
    expect(d.service.total).toEqual({ volunteers: 3, checkIns: 4, hours: 6.75 })
    expect(d.photos.total.passRate).toBe(0.5)
    expect(d.completeness.map((r) => [r.kind, r.cells, r.submitted])).toEqual([
      ['activity_plan', 2, 1],
      ['showcase_application', 2, 1],
      ['weekly_stats', 4, 1],
    ])
  })

  it('keeps a district admin to its own district', async () => {
    const own = parsed(await dashboard(c, c.districtAdmin))
    expect(own.role).toBe('district_admin')
    expect(own.districts.map((x) => x.id)).toEqual([c.districts.a])
    expect(own.units).toBe(2)
    expect(own.activitiesByDistrict.map((r) => r.name)).toEqual(['甲区'])
    expect(own.service).toEqual({
      byDistrict: [{ districtId: c.districts.a, name: '甲区', volunteers: 3, checkIns: 4, hours: 6.75 }],
      total: { volunteers: 3, checkIns: 4, hours: 6.75 },
    })
    expect(own.signupsByDay.reduce((n, r) => n + r.signups, 0)).toBe(5)
    expect(own.activitiesByCategory.find((r) => r.category === 'care')).toMatchObject({ published: 1 })
    expect(own.photos.total).toEqual({ passed: 3, failed: 2, review: 1, checking: 1, passRate: 0.5 })
    expect(own.completeness.find((r) => r.kind === 'activity_plan')).toMatchObject({ cells: 2, submitted: 1, returned: 1 })

    const other = await dashboard(c, c.districtAdmin, c.districts.b)
    expect(other).toMatchObject({ status: 403, body: { code: 'forbidden' } })
    expect(other.body.message).toContain('本区县')
  })

  it('gives district admins counts, never the volunteers behind them (SQL, as the caller)', async () => {
    const asAdmin = await asUser(sql, c.districtAdmin, async (tx) => ({
      registrations: (await tx<{ n: number }[]>`
        select count(*)::int as n from registrations r join activities a on a.id = r.activity_id where a.campaign_id = ${c.campaignId}`)[0]!.n,
      signups: (await tx<{ n: number }[]>`select coalesce(sum(signups), 0)::int as n from app_private.dashboard_signups(${c.campaignId}, null)`)[0]!.n,
      otherDistrict: (await tx<{ n: number }[]>`
        select (select count(*) from app_private.dashboard_unit_ids(${c.campaignId}, ${c.districts.b}))::int
             + (select count(*) from app_private.dashboard_signups(${c.campaignId}, ${c.districts.b}))::int
             + (select count(*) from app_private.dashboard_photos(${c.campaignId}, ${c.districts.b}))::int as n`)[0]!.n,
      units: (await tx<{ id: string }[]>`select * from app_private.dashboard_unit_ids(${c.campaignId}, null) as id`).map((r) => r.id).sort(),
    }))
    expect(asAdmin.registrations).toBe(0) // not one volunteer's row
    expect(asAdmin.signups).toBe(5)
    expect(asAdmin.otherDistrict).toBe(0)
    expect(asAdmin.units).toEqual([c.units.a1, c.units.a2].sort())

    // A volunteer of the campaign and an anonymous caller get nothing.
    const [volunteer] = await users(1, '看板路人')
    await sql`insert into memberships (user_id, campaign_id, role) values (${volunteer!}, ${c.campaignId}, 'volunteer')`
    const mine = await asUser(sql, volunteer!, async (tx) => (await tx<{ n: number }[]>`
      select (select count(*) from app_private.dashboard_unit_ids(${c.campaignId}, null))::int
           + (select coalesce(sum(volunteers), 0) from app_private.dashboard_service(${c.campaignId}, null))::int
           + (select count(*) from app_private.dashboard_completeness(${c.campaignId}, null, now()))::int as n`)[0]!.n)
    expect(mine).toBe(0)
    await expect(asUser(sql, null, (tx) => tx`select * from app_private.dashboard_signups(${c.campaignId}, null)`)).rejects.toThrow(/permission denied/)
  })

  it('refuses another campaign\'s organiser, volunteers, districts of other campaigns and bad ids', async () => {
    const other = await createCampaign()
    const foreign = await dashboard(c, other.organiser)
    expect(foreign).toMatchObject({ status: 403, body: { code: 'forbidden' } })
    // Nor can the other organiser reach these figures by naming its own district.
    expect((await dashboard(c, other.organiser, other.districts.a)).status).toBe(403)
    // This campaign's organiser naming the other campaign's district.
    expect(await dashboard(c, c.organiser, other.districts.a)).toMatchObject({ status: 404, body: { code: 'not_found' } })
    // An unpublished campaign of someone else is not even found.
    await sql`update campaigns set is_published = false where id = ${other.campaignId}`
    expect(await dashboard(other, c.organiser)).toMatchObject({ status: 404, body: { code: 'campaign_not_found' } })

    const [volunteer] = await users(1, '看板志愿者')
    expect((await dashboard(c, volunteer!)).status).toBe(403)
    expect((await api(`/api/campaigns/${c.campaignId}/dashboard`)).status).toBe(401)
    expect((await api(`/api/campaigns/${c.campaignId}/dashboard?districtId=nope`, { token: tokenFor(c.organiser) })).status).toBe(400)
  })

  it('answers a campaign without any data yet with zeros, not errors', async () => {
    const empty = await createCampaign()
    const d = parsed(await dashboard(empty, empty.organiser))
    expect(d.signupsByDay).toEqual([])
    expect(d.service.total).toEqual({ volunteers: 0, checkIns: 0, hours: 0 })
    expect(d.photos.total.passRate).toBeNull()
    expect(d.completeness).toEqual([])
    expect(d.activitiesByDistrict.every((r) => r.published === 0)).toBe(true)
  })
})
