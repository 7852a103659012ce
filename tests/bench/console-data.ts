/**
 * The organiser-console benchmarks' campaign (bench:status, bench:export): 连云港's size, seeded with
 * set-based SQL through the product's own triggers — see tests/bench/status.ts for what it holds.
 * `extra` runs before the counts are checked (bench:export stores showcase pictures there).
 */
import { performance } from 'node:perf_hooks'
import type postgres from 'postgres'
import { ms, printTable } from './bench-server'

export const UNITS = 300
export const DISTRICTS = 12
export const ACTIVITIES_PER_UNIT = 10
export const PHOTOS = 20_000
export const VOLUNTEERS = 3_000
export const SIGNUPS_PER_ACTIVITY = 10
export const FRIDAYS = ['2026-03-06', '2026-03-13', '2026-03-20', '2026-03-27', '2026-04-03', '2026-04-10', '2026-04-17', '2026-04-24']


export type TSeeded = { campaignId: string; organiserId: string; adminId: string; adminDistrictId: string; week1: string }

export async function seedConsoleCampaign(
  sql: postgres.Sql,
  options: { slug: string; extra?: (campaignId: string, step: <T>(label: string, work: () => Promise<T>) => Promise<T>) => Promise<void> },
): Promise<TSeeded> {
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
      values (${options.slug}, '连云港市文明办', '连云港市', 2026, '2026年连云港市学雷锋志愿服务集中活动（压测）', '2026-03-01', '2026-04-30', false)
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
      insert into photos (campaign_id, unit_id, purpose, activity_id, storage_path, display_path, sha256, byte_size, mime_type, width, height)
      select ${campaignId}, a.unit_id, 'activity', a.id, 'bench/' || g || '.jpg', 'bench/' || g || '.display.jpg', md5(g::text) || md5((g + 1)::text), 2000000, 'image/jpeg', 4000, 3000
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
  if (options.extra) await options.extra(campaignId, step)
  const [counts] = await sql<Record<string, number>[]>`
    select (select count(*)::int from units where campaign_id = ${campaignId}) as units,
           (select count(*)::int from activities where campaign_id = ${campaignId}) as activities,
           (select count(*)::int from photos where campaign_id = ${campaignId} and purpose = 'activity') as photos,
           (select count(*)::int from photos where campaign_id = ${campaignId} and purpose = 'showcase') as showcase_pictures,
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
