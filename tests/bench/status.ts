/**
 * `npm run bench:status`: the organiser console's 报送情况 matrix on a campaign of 连云港's size.
 *
 * Starts the local server on a fresh data directory and seeds, with set-based SQL through the
 * product's own triggers, a campaign for March–April 2026 (all its deadlines past, so every state
 * occurs): 12 districts (6 县区, 3 功能板块, 3 others) with 300 units, 14 deadlines (附件2, 附件1,
 * photos, 8 Fridays of weekly statistics, the summary, a report and a status report), 4 quotas,
 * 450 unit contacts, 3 000 activities (10 per unit: key ones, drafts, withdrawn ones), 3 000
 * volunteers with 30 000 sign-ups and check-ins, 20 000 activity photos with their check results
 * (some reviewed, some checked twice), most handed in; 8 weekly returns per unit (2 400, with their
 * statistics rows, 覆盖人群 and media rows), 附件2 / photo / summary returns, 450 showcase
 * applications and 600 reports in every status.
 *
 * Measures over HTTP as the campaign's organiser (the real function: scope, the unit home's rules
 * for the whole campaign, quotas, JSON): after a warm-up, 200 requests of the full matrix and 100
 * with filters (district, state=overdue, a Friday's column, a unit name), plus 50 as the district
 * admin of one 县区, and a few cells opened (information only). The matrix is checked against
 * independent SQL counts (units, columns, submitted week-1 returns, a district's showcase count).
 * `--explain` prints EXPLAIN (ANALYZE, BUFFERS) of the matrix's SQL as the organiser. Exits 1 when a
 * request fails or a figure is wrong; missing the goal (p95 ≤ 200 ms) is only reported.
 *
 * Last line: `status: p95_ms=<n>` (full matrix as the organiser, sequential, client-side).
 */
import http from 'node:http'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import postgres from 'postgres'
import { issueSessionToken } from '../../cloud/lib/auth/session-token'
import { ZStatusCellResponse, ZStatusResponse, type TStatusResponse } from '../../types/api/submission-status'
import { httpRequest, ms, printTable, runBench, summarise, type TBenchServer } from './bench-server'

const UNITS = 300
const DISTRICTS = 12
const ACTIVITIES_PER_UNIT = 10
const PHOTOS = 20_000
const VOLUNTEERS = 3_000
const SIGNUPS_PER_ACTIVITY = 10
const FULL_REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200)
const GOAL_MS = 200
const EXPLAIN = process.argv.includes('--explain')
const FRIDAYS = ['2026-03-06', '2026-03-13', '2026-03-20', '2026-03-27', '2026-04-03', '2026-04-10', '2026-04-17', '2026-04-24']

export type TSeeded = { campaignId: string; organiserId: string; adminId: string; adminDistrictId: string; week1: string }

export async function seed(sql: postgres.Sql): Promise<TSeeded> {
  const timings: Array<[string, number]> = []
  const step = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now()
    const result = await work()
    timings.push([label, performance.now() - started])
    return result
  }
  const base = await step('campaign, 12 districts, 300 units, 14 deadlines, quotas', async () => {
    const [campaign] = await sql<{ id: string }[]>`
      insert into campaigns (slug, issuer, city, year, title, period_start, period_end, is_published)
      values ('bench-status', '连云港市文明办', '连云港市', 2026, '2026年连云港市学雷锋志愿服务集中活动（压测）', '2026-03-01', '2026-04-30', false)
      returning id`
    const campaignId = campaign!.id
    await sql`
      insert into districts (campaign_id, key, name, kind, sort)
      select ${campaignId}, 'd' || g, case when g <= 6 then '县区' || g when g <= 9 then '功能板块' || g else '部门' || g end,
             (case when g <= 6 then 'county' when g <= 9 then 'function_area' else 'department' end)::district_kind, g
      from generate_series(1, ${DISTRICTS}) g`
    await sql`
      insert into units (campaign_id, district_id, key, name, sort)
      select ${campaignId}, d.id, 'u' || g, '单位' || lpad(g::text, 3, '0') || case g % 3 when 0 then '街道' when 1 then '学校' else '志愿服务队' end, g
      from generate_series(1, ${UNITS}) g
      join districts d on d.campaign_id = ${campaignId} and d.key = 'd' || (1 + (g - 1) % ${DISTRICTS})`
    await sql`insert into campaign_deadlines (campaign_id, kind, title, due_at) values
      (${campaignId}, 'activity_plan', '2026年3月学雷锋志愿服务活动安排表（附件2）', '2026-02-19 18:00+08'),
      (${campaignId}, 'showcase_application', '启动仪式现场展示项目申报表（附件1）', '2026-02-19 18:00+08'),
      (${campaignId}, 'photos', '活动图片上传', '2026-03-25 18:00+08'),
      (${campaignId}, 'summary', '活动总结', '2026-04-30 18:00+08'),
      (${campaignId}, 'report', '图文报告', '2026-03-19 18:00+08'),
      (${campaignId}, 'status_report', '开展情况报告', '2026-04-19 18:00+08')`
    await sql`
      insert into campaign_deadlines (campaign_id, kind, title, due_at)
      select ${campaignId}, 'weekly_stats', to_char(f::date, 'FMMM月FMDD日') || '（周五）统计表', (f::date + time '18:00') at time zone 'Asia/Shanghai'
      from unnest(${FRIDAYS}::text[]) f`
    await sql`insert into campaign_quotas (campaign_id, subject, metric, min_count) values
      (${campaignId}, 'county', 'showcase_projects', 6), (${campaignId}, 'function_area', 'showcase_projects', 3),
      (${campaignId}, 'unit', 'showcase_projects', 1), (${campaignId}, 'unit', 'key_activities', 1)`
    const [week1] = await sql<{ id: string }[]>`
      select id from campaign_deadlines where campaign_id = ${campaignId} and kind = 'weekly_stats' order by due_at limit 1`
    return { campaignId, week1: week1!.id }
  })
  const { campaignId } = base
  const people = await step('organiser, district admin, 450 unit contacts, 3 000 volunteers', async () => {
    const [organiser] = await sql<{ id: string }[]>`insert into app_users (display_name) values ('压测组织方') returning id`
    const [admin] = await sql<{ id: string }[]>`insert into app_users (display_name) values ('压测区县管理员') returning id`
    const [district] = await sql<{ id: string }[]>`select id from districts where campaign_id = ${campaignId} and key = 'd1'`
    await sql`insert into memberships (user_id, campaign_id, role) values (${organiser!.id}, ${campaignId}, 'organiser')`
    await sql`insert into memberships (user_id, campaign_id, role, district_id) values (${admin!.id}, ${campaignId}, 'district_admin', ${district!.id})`
    await sql`
      with units as (select id, sort from units where campaign_id = ${campaignId}),
           contacts as (
             insert into app_users (display_name, real_name, phone)
             select '联系人' || u.sort || '-' || k, '联系人' || u.sort, '138' || lpad((u.sort * 10 + k)::text, 8, '0')
             from units u cross join generate_series(1, 2) k where k = 1 or u.sort % 2 = 0
             returning id, display_name)
      insert into memberships (user_id, campaign_id, role, unit_id)
      select c.id, ${campaignId}, 'unit_contact', u.id
      from contacts c join units u on c.display_name like '联系人' || u.sort || '-%'`
    await sql`
      insert into app_users (display_name, real_name, phone)
      select '志愿者' || g, '志愿者' || g, '139' || lpad(g::text, 8, '0') from generate_series(1, ${VOLUNTEERS}) g`
    return { organiserId: organiser!.id, adminId: admin!.id, adminDistrictId: district!.id }
  })
  await step('3 000 activities', () => sql`
    insert into activities (campaign_id, unit_id, seq_no, title, starts_at, ends_at, location_name, category, status, is_key_activity, contact_name, contact_phone)
    select ${campaignId}, u.id, k, u.name || '志愿服务活动' || k,
           timestamptz '2026-03-02 09:00+08' + (((u.sort * 7 + k * 5) % 58) * interval '1 day'),
           timestamptz '2026-03-02 11:00+08' + (((u.sort * 7 + k * 5) % 58) * interval '1 day'),
           '新时代文明实践站', (array['theory','culture_education','civility','care','environment','science','health','legal'])[1 + (u.sort + k) % 8]::activity_category,
           (case when k = 9 and u.sort % 4 = 0 then 'draft' when k = 10 and u.sort % 5 = 0 then 'cancelled' else 'published' end)::activity_status,
           k = 1 and u.sort % 10 <> 0, '联系人' || u.sort, '13800000000'
    from units u cross join generate_series(1, ${ACTIVITIES_PER_UNIT}) k
    where u.campaign_id = ${campaignId}`)
  await step('30 000 sign-ups and check-ins (triggers)', async () => {
    await sql`
      with vols as (select id, row_number() over (order by id) - 1 as n from app_users where display_name like '志愿者%'),
           acts as (select id, row_number() over (order by id) as i from activities where campaign_id = ${campaignId} and status = 'published')
      insert into registrations (activity_id, user_id, status, confirmed_at)
      select a.id, v.id, 'confirmed', now()
      from acts a cross join generate_series(0, ${SIGNUPS_PER_ACTIVITY - 1}) k join vols v on v.n = (a.i * 7 + k) % ${VOLUNTEERS}`
    await sql`
      insert into check_ins (registration_id, checked_in_at, checked_out_at)
      select r.id, a.starts_at + interval '5 minutes', a.ends_at - interval '10 minutes'
      from registrations r join activities a on a.id = r.activity_id where a.campaign_id = ${campaignId}`
  })
  await step('20 000 photos and their checks', async () => {
    await sql`
      with acts as (select id, unit_id, row_number() over (order by unit_id, seq_no) - 1 as n
                    from activities where campaign_id = ${campaignId} and status = 'published')
      insert into photos (campaign_id, unit_id, purpose, activity_id, storage_path, sha256, byte_size, mime_type, width, height)
      select ${campaignId}, a.unit_id, 'activity', a.id, 'bench/' || g || '.jpg', md5(g::text) || md5((g + 1)::text), 2000000, 'image/jpeg', 4000, 3000
      from generate_series(0, ${PHOTOS - 1}) g
      join acts a on a.n = g % (select count(*) from acts)`
    // Verdicts: 14 in 20 passed, 3 awaiting review (one in three of them reviewed), 3 failed; one in ten checked twice.
    await sql`
      insert into photo_check_results (photo_id, verdict, engine_version, checked_at, review_verdict, reviewed_at)
      select p.id,
             (case when n % 20 < 14 then 'passed' when n % 20 < 17 then 'needs_review' else 'failed' end)::photo_verdict,
             'bench', timestamptz '2026-03-20 10:00+08' + (n % 1000) * interval '1 second',
             case when n % 20 = 14 then 'passed'::photo_verdict end, case when n % 20 = 14 then timestamptz '2026-03-21 10:00+08' end
      from (select id, (row_number() over (order by storage_path))::int as n from photos where campaign_id = ${campaignId}) p`
    await sql`
      insert into photo_check_results (photo_id, verdict, engine_version, checked_at)
      select p.id, 'failed', 'bench-old', timestamptz '2026-03-19 10:00+08'
      from (select id, (row_number() over (order by storage_path))::int as n from photos where campaign_id = ${campaignId}) p where n % 10 = 0`
  })
  await step('附件2, photo, 8 weekly and summary returns', async () => {
    // 附件2: 85 % submitted on time, 5 % returned, the rest never.
    await sql`
      insert into unit_submissions (campaign_id, unit_id, deadline_id, kind, status, submitted_at, returned_at, return_reason)
      select ${campaignId}, u.id, d.id, 'activity_plan',
             (case when u.sort % 20 = 0 then 'returned' else 'submitted' end)::submission_status,
             timestamptz '2026-02-18 10:00+08', case when u.sort % 20 = 0 then timestamptz '2026-02-20 10:00+08' end,
             case when u.sort % 20 = 0 then '请补充活动地点' end
      from units u join campaign_deadlines d on d.campaign_id = u.campaign_id and d.kind = 'activity_plan'
      where u.campaign_id = ${campaignId} and u.sort % 20 not in (7, 13)`
    // Photos: 70 % handed in (their passed and awaiting-review photos).
    await sql`
      insert into unit_submissions (campaign_id, unit_id, deadline_id, kind, status, submitted_at)
      select ${campaignId}, u.id, d.id, 'photos', 'submitted', timestamptz '2026-03-24 10:00+08'
      from units u join campaign_deadlines d on d.campaign_id = u.campaign_id and d.kind = 'photos'
      where u.campaign_id = ${campaignId} and u.sort % 10 < 7`
    await sql`
      update photos p set handed_in_at = timestamptz '2026-03-24 10:00+08'
      from units u
      where u.id = p.unit_id and u.campaign_id = ${campaignId} and u.sort % 10 < 7
        and exists (select 1 from photo_check_results r where r.photo_id = p.id and r.verdict in ('passed', 'needs_review'))`
    // Eight weekly returns per unit: mostly submitted (some late), some drafts, some returned.
    await sql`
      insert into unit_submissions (campaign_id, unit_id, deadline_id, kind, status, body, submitted_at, returned_at, return_reason)
      select ${campaignId}, u.id, d.id, 'weekly_stats',
             (case when (u.sort + w) % 13 = 0 then 'draft' when (u.sort + w) % 17 = 0 then 'returned' else 'submitted' end)::submission_status,
             '本周新闻稿：' || u.name || '开展学雷锋志愿服务活动，服务群众。',
             case when (u.sort + w) % 13 <> 0 then d.due_at - interval '2 hours' + (case when (u.sort + w) % 11 = 0 then interval '1 day' else interval '0' end) end,
             case when (u.sort + w) % 13 <> 0 and (u.sort + w) % 17 = 0 then d.due_at + interval '1 day' end,
             case when (u.sort + w) % 13 <> 0 and (u.sort + w) % 17 = 0 then '请补充新闻稿图片' end
      from units u
      join (select id, due_at, row_number() over (order by due_at) as w from campaign_deadlines where campaign_id = ${campaignId} and kind = 'weekly_stats') d on true
      where u.campaign_id = ${campaignId}`
    await sql`
      insert into unit_submissions (campaign_id, unit_id, deadline_id, kind, status, body, submitted_at)
      select ${campaignId}, u.id, d.id, 'summary', 'submitted', '活动总结：' || u.name, timestamptz '2026-04-29 10:00+08'
      from units u join campaign_deadlines d on d.campaign_id = u.campaign_id and d.kind = 'summary'
      where u.campaign_id = ${campaignId} and u.sort % 2 = 0`
    await sql`
      insert into weekly_stats_returns (submission_id, unit_id, contact_name, contact_phone)
      select s.id, s.unit_id, '联系人', '13800000000' from unit_submissions s where s.campaign_id = ${campaignId} and s.kind = 'weekly_stats'`
  })
  await step('weekly statistics rows, 覆盖人群 and media', async () => {
    // A row per activity and the Friday whose week it falls in (whole Shanghai days after the previous Friday).
    await sql`
      with fridays as (
        select id, due_at, (due_at at time zone 'Asia/Shanghai')::date as day,
               coalesce(lag((due_at at time zone 'Asia/Shanghai')::date) over (order by due_at) + 1, date '2026-03-01') as first_day
        from campaign_deadlines where campaign_id = ${campaignId} and kind = 'weekly_stats')
      insert into weekly_stats (campaign_id, unit_id, activity_id, deadline_id, week_ending, volunteer_count, organisation_count, service_hours, funds_yuan, served_count, figures_at)
      select ${campaignId}, a.unit_id, a.id, f.id, f.day, ${SIGNUPS_PER_ACTIVITY}, 1, 17.5, 200, 25, f.due_at
      from activities a
      join fridays f on (a.starts_at at time zone 'Asia/Shanghai')::date between f.first_day and f.day
      join unit_submissions s on s.unit_id = a.unit_id and s.deadline_id = f.id
      where a.campaign_id = ${campaignId} and a.status = 'published'`
    await sql`
      insert into weekly_stats_served (stats_id, unit_id, population, served_count)
      select w.id, w.unit_id, (array['empty_nest_elderly','left_behind_children','disabled']::served_population[])[1 + (hashtext(w.id::text) & 1023) % 3], 25
      from weekly_stats w where w.campaign_id = ${campaignId}`
    await sql`
      insert into media_coverage (campaign_id, unit_id, activity_id, deadline_id, week_ending, print_reports, web_reports, links, read_count)
      select w.campaign_id, w.unit_id, w.activity_id, w.deadline_id, w.week_ending, 1, 2, array['https://mp.weixin.qq.com/s/bench-' || w.id], 500
      from weekly_stats w where w.campaign_id = ${campaignId} and (hashtext(w.id::text) & 1023) % 3 = 0`
  })
  await step('450 showcase applications, 600 reports', async () => {
    await sql`
      insert into showcase_applications (campaign_id, unit_id, deadline_id, project_name, organisation_name, project_summary, status, submitted_at, returned_at, return_reason)
      select ${campaignId}, u.id, d.id, u.name || '展示项目' || k, u.name, repeat('项目简介', 60),
             (case when (u.sort + k) % 9 = 0 then 'draft' when (u.sort + k) % 11 = 0 then 'returned' when (u.sort + k) % 7 = 0 then 'accepted' else 'submitted' end)::submission_status,
             case when (u.sort + k) % 9 <> 0 then timestamptz '2026-02-18 10:00+08' end,
             case when (u.sort + k) % 9 <> 0 and (u.sort + k) % 11 = 0 then timestamptz '2026-02-20 10:00+08' end,
             case when (u.sort + k) % 9 <> 0 and (u.sort + k) % 11 = 0 then '图片不足 1 MB' end
      from units u join campaign_deadlines d on d.campaign_id = u.campaign_id and d.kind = 'showcase_application'
      cross join generate_series(1, 2) k
      where u.campaign_id = ${campaignId} and (k = 1 or u.sort % 2 = 0) and u.sort % 15 <> 0`
    await sql`
      insert into reports (campaign_id, unit_id, deadline_id, kind, title, body, status, submitted_at)
      select ${campaignId}, u.id, d.id, d.kind, u.name || d.title, repeat('报告正文。', 50),
             (case when (u.sort + d.k) % 4 = 0 then 'draft' else 'submitted' end)::submission_status,
             case when (u.sort + d.k) % 4 <> 0 then d.due_at - interval '1 day' end
      from units u
      join (select id, kind, title, due_at, row_number() over (order by due_at) as k from campaign_deadlines
            where campaign_id = ${campaignId} and kind in ('report', 'status_report')) d on true
      where u.campaign_id = ${campaignId}`
  })
  await step('vacuum analyze', () => sql`vacuum analyze`)
  const [counts] = await sql<Record<string, number>[]>`
    select (select count(*)::int from units where campaign_id = ${campaignId}) as units,
           (select count(*)::int from activities where campaign_id = ${campaignId}) as activities,
           (select count(*)::int from photos where campaign_id = ${campaignId}) as photos,
           (select count(*)::int from photos where campaign_id = ${campaignId} and handed_in_at is not null) as handed_in,
           (select count(*)::int from unit_submissions where campaign_id = ${campaignId} and kind = 'weekly_stats') as weekly_returns,
           (select count(*)::int from weekly_stats where campaign_id = ${campaignId}) as weekly_rows,
           (select count(*)::int from check_ins ci join registrations r on r.id = ci.registration_id join activities a on a.id = r.activity_id where a.campaign_id = ${campaignId}) as check_ins,
           (select count(*)::int from showcase_applications where campaign_id = ${campaignId}) as showcase,
           (select count(*)::int from reports where campaign_id = ${campaignId}) as reports`
  console.log('')
  printTable(['seeding step', 'ms'], timings.map(([label, t]) => [label, ms(t)]))
  console.log(`seeded: ${Object.entries(counts ?? {}).map(([k, v]) => `${v} ${k}`).join(', ')}`)
  if (counts?.units !== UNITS || counts.activities !== UNITS * ACTIVITIES_PER_UNIT || counts.photos !== PHOTOS || counts.weekly_returns !== UNITS * 8) {
    throw new Error('seeding did not produce the intended data')
  }
  return { campaignId, week1: base.week1, ...people }
}

type TKind = 'full' | 'district' | 'overdue' | 'friday' | 'name' | 'district_admin'
type TSample = { kind: TKind; ms: number; status: number; bytes: number }

async function call(server: TBenchServer, agent: http.Agent, token: string, campaignId: string, kind: TKind, query: string): Promise<TSample & { body: TStatusResponse | null }> {
  const result = await httpRequest(agent, `${server.url}/api/campaigns/${campaignId}/status${query}`, { headers: { authorization: `Bearer ${token}` } })
  let body: TStatusResponse | null = null
  if (result.status === 200) body = ZStatusResponse.parse(JSON.parse(result.body))
  else console.log(`HTTP ${result.status} for ${kind} ${query}: ${result.body.slice(0, 200)}`)
  return { kind, ms: result.ms, status: result.status, bytes: Buffer.byteLength(result.body), body }
}

/** The matrix against independent SQL over the same rows. */
async function checkFigures(sql: postgres.Sql, seeded: TSeeded, matrix: TStatusResponse): Promise<string[]> {
  const problems: string[] = []
  if (matrix.units.length !== UNITS) problems.push(`units: ${matrix.units.length} ≠ ${UNITS}`)
  if (matrix.columns.length !== 15) problems.push(`columns: ${matrix.columns.length} ≠ 15 (14 deadlines + 重点活动)`)
  const week1 = matrix.columns.findIndex((c) => c.deadlineId === seeded.week1)
  const [sqlWeek1] = await sql<{ submitted: number; returned: number }[]>`
    select count(*) filter (where status in ('submitted', 'accepted'))::int as submitted, count(*) filter (where status = 'returned')::int as returned
    from unit_submissions where deadline_id = ${seeded.week1}`
  const shown = { submitted: 0, returned: 0 }
  for (const unit of matrix.units) {
    const state = unit.cells[week1]?.state
    if (state === 'submitted' || state === 'accepted') shown.submitted += 1
    if (state === 'returned') shown.returned += 1
  }
  if (shown.submitted !== sqlWeek1?.submitted || shown.returned !== sqlWeek1.returned) {
    problems.push(`week 1: matrix ${JSON.stringify(shown)} ≠ SQL ${JSON.stringify(sqlWeek1)}`)
  }
  const [district] = await sql<{ count: number }[]>`
    select count(*)::int from showcase_applications sa join units u on u.id = sa.unit_id
    where u.district_id = ${seeded.adminDistrictId} and sa.status in ('submitted', 'accepted')`
  const quota = matrix.quotas.districts.find((d) => d.id === seeded.adminDistrictId)
  if (quota?.showcase.count !== district?.count) problems.push(`district showcase: ${quota?.showcase.count} ≠ ${district?.count}`)
  const [short] = await sql<{ count: number }[]>`
    select count(*)::int from units u where u.campaign_id = ${seeded.campaignId}
      and not exists (select 1 from activities a where a.unit_id = u.id and a.is_key_activity and a.status <> 'cancelled')`
  if (matrix.quotas.unitsShortKey !== short?.count) problems.push(`units short of a key activity: ${matrix.quotas.unitsShortKey} ≠ ${short?.count}`)
  // The set-based function the matrix reads against the unit home's own, on this data (as the owner).
  const [diff] = await sql<{ extra: number; missing: number }[]>`
    select (select count(*) from (select * from app_private.campaign_deliverables(${seeded.campaignId}, null, now())
            except all select * from app_private.unit_deliverables(${seeded.campaignId}, null, now())) x)::int as extra,
           (select count(*) from (select * from app_private.unit_deliverables(${seeded.campaignId}, null, now())
            except all select * from app_private.campaign_deliverables(${seeded.campaignId}, null, now())) x)::int as missing`
  if (diff?.extra !== 0 || diff.missing !== 0) problems.push(`campaign_deliverables differs from unit_deliverables: ${JSON.stringify(diff)}`)
  return problems
}

async function explainMatrix(server: TBenchServer, seeded: TSeeded): Promise<void> {
  const sql = postgres(server.databaseUrl, { max: 1, onnotice: () => undefined })
  try {
    for (const [label, statement] of [
      ['status_deliverables (matrix: no photo verdicts)', `select * from app_private.status_deliverables('${seeded.campaignId}', null, now(), false)`],
      ['status_scope_units', `select * from app_private.status_scope_units('${seeded.campaignId}')`],
      ['campaign_deliverables (owner)', `select * from app_private.campaign_deliverables('${seeded.campaignId}', null, now(), false)`],
    ] as const) {
      await sql.begin(async (tx) => {
        await tx`select set_config('request.jwt.claims', ${JSON.stringify({ sub: seeded.organiserId, role: 'authenticated' })}, true)`
        if (!label.includes('owner')) await tx`select set_config('role', 'authenticated', true)`
        const started = performance.now()
        await tx.unsafe(statement)
        console.log(`\n${label}: ${ms(performance.now() - started)} ms`)
        const plan = await tx.unsafe<{ 'QUERY PLAN': string }[]>(`explain (analyze, buffers) ${statement}`)
        for (const row of plan) console.log(`  ${row['QUERY PLAN']}`)
      })
    }
  } finally {
    await sql.end({ timeout: 5 })
  }
}

async function main(server: TBenchServer): Promise<number> {
  const sql = postgres(server.databaseUrl, { max: 2, onnotice: () => undefined })
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2 })
  try {
    const seeded = await seed(sql)
    const organiser = issueSessionToken({ userId: seeded.organiserId, ttlHours: 1 }, server.sessionSecret).token
    const admin = issueSessionToken({ userId: seeded.adminId, ttlHours: 1 }, server.sessionSecret).token
    const { campaignId } = seeded

    const warm: TSample[] = []
    for (let i = 0; i < 15; i += 1) warm.push(await call(server, agent, organiser, campaignId, 'full', ''))
    const first = await call(server, agent, organiser, campaignId, 'full', '')
    if (!first.body) throw new Error('the matrix did not load')
    const problems = await checkFigures(sql, seeded, first.body)
    const overdueCount = first.body.units.filter((u) => u.cells.some((c) => c.state === 'overdue')).length

    const samples: TSample[] = []
    for (let i = 0; i < FULL_REQUESTS; i += 1) samples.push(await call(server, agent, organiser, campaignId, 'full', ''))
    const filtered: Array<[TKind, string]> = [
      ['district', `?districtId=${seeded.adminDistrictId}`],
      ['overdue', '?state=overdue'],
      ['friday', `?deliverable=${seeded.week1}&state=overdue`],
      ['name', `?q=${encodeURIComponent('学校')}`],
    ]
    for (let i = 0; i < 100; i += 1) {
      const [kind, query] = filtered[i % filtered.length]!
      samples.push(await call(server, agent, organiser, campaignId, kind, query))
    }
    for (let i = 0; i < 50; i += 1) samples.push(await call(server, agent, admin, campaignId, 'district_admin', ''))

    const rows: string[][] = []
    for (const kind of ['full', 'district', 'overdue', 'friday', 'name', 'district_admin'] as const) {
      const of = samples.filter((s) => s.kind === kind)
      const s = summarise(of.map((x) => x.ms))
      const kb = of.reduce((n, x) => n + x.bytes, 0) / of.length / 1024
      rows.push([kind, String(s.n), ms(s.p50), ms(s.p95), ms(s.max), kb.toFixed(0), s.p95 <= GOAL_MS ? 'ok' : 'MISSED'])
    }
    console.log('')
    console.log(`GET /api/campaigns/:id/status (${UNITS} units × ${first.body.columns.length} columns; ${overdueCount} units with something overdue), sequential:`)
    printTable(['request', 'n', 'p50 ms', 'p95 ms', 'max ms', 'KB', `goal ≤ ${GOAL_MS}`], rows)

    // Opening cells (information only): a weekly return, the photos, 附件1.
    const unit = first.body.units[3]!
    const cellTimes: string[][] = []
    for (const column of first.body.columns.filter((c) => ['weekly_stats', 'photos', 'showcase_application', 'activity_plan'].includes(c.kind)).slice(0, 4)) {
      const times: number[] = []
      let status = 0
      for (let i = 0; i < 6; i += 1) {
        const r = await httpRequest(agent, `${server.url}/api/campaigns/${campaignId}/status/cell?unitId=${unit.id}&deadlineId=${column.deadlineId}`, {
          headers: { authorization: `Bearer ${organiser}` },
        })
        status = r.status
        if (r.status === 200) ZStatusCellResponse.parse(JSON.parse(r.body))
        if (i > 0) times.push(r.ms)
      }
      const s = summarise(times)
      cellTimes.push([`${column.kind} (${column.label})`, String(status), ms(s.p50), ms(s.max)])
    }
    console.log('')
    printTable(['GET …/status/cell (one unit)', 'HTTP', 'p50 ms', 'max ms'], cellTimes)

    if (EXPLAIN) await explainMatrix(server, seeded)

    const failed = [...warm, ...samples].filter((s) => s.status !== 200).length
    if (failed > 0) console.log(`CHECK FAILED: ${failed} requests did not return 200`)
    for (const problem of problems) console.log(`CHECK FAILED: ${problem}`)
    if (problems.length === 0) console.log('figures checked against SQL: units, columns, week-1 returns, a district\'s showcase count, units short of a key activity; campaign_deliverables = unit_deliverables row for row')
    const full = summarise(samples.filter((s) => s.kind === 'full').map((s) => s.ms))
    console.log(`status: p95_ms=${Math.round(full.p95)}`)
    return failed === 0 && problems.length === 0 ? 0 : 1
  } finally {
    agent.destroy()
    await sql.end({ timeout: 5 })
  }
}

// Only when run directly (tsx tests/bench/status.ts), so `seed` can be reused for investigations.
if (path.resolve(process.argv[1] ?? '') === __filename) void runBench('status', { hardTimeoutMs: 10 * 60_000 }, main)
