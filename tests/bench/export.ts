/**
 * `npm run bench:export`: every organiser export on a campaign of 连云港's size, through the real API.
 *
 * Starts the local server on a fresh data directory and seeds the same campaign as `bench:status`
 * (tests/bench/status.ts; the seeding is repeated here because that file runs its benchmark when
 * loaded): 12 districts with 300 units, 14 deadlines (8 Fridays of weekly statistics), 3 000
 * activities, 3 000 volunteers with 30 000 sign-ups and check-ins, 20 000 activity photos, 8 weekly
 * returns per unit (2 400, with their statistics rows, 覆盖人群 and media), 附件2 / photo / summary
 * returns, 450 showcase applications and 600 reports — plus what only the exports read: five small
 * generated JPEGs per handed-in showcase project, written to storage like uploads.
 *
 * Then, as the campaign's organiser (and for two exports as a 县区's admin), over HTTP: the options,
 * 附件1 (workbook and picture package), 附件2, the 统计表 for a Friday, a month and the whole campaign,
 * the district figures and the volunteer-hours sheet — each after a warm-up, RUNS times, timing the
 * POST (query, workbook, storage write, signed link). Each file is downloaded once and checked
 * against independent SQL (rows, 合计, zip entries). Exits 1 when a request fails or a figure is
 * wrong; missing the goal (≤ 3 000 ms each) is only reported.
 *
 * Last line: `export: max_ms=<n>` — the slowest export's median.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import JSZip from 'jszip'
import postgres from 'postgres'
import sharp from 'sharp'
import { issueSessionToken } from '../../cloud/lib/auth/session-token'
import { listVolunteerHours } from '../../cloud/lib/campaign-exports/repository'
import { loadStats } from '../../cloud/lib/campaign-exports/load-stats'
import { resolveExportScope } from '../../cloud/lib/campaign-exports/resolve-export-scope'
import { countScope } from '../../cloud/lib/campaign-exports/repository'
import { newWorkbook } from '../../cloud/lib/excel/new-workbook'
import { ZExportOptionsResponse } from '../../types/api/campaign-exports'
import { ZExportResponse } from '../../types/api/common'
import { httpRequest, ms, printTable, runBench, summarise, type TBenchServer } from './bench-server'

const UNITS = 300
const DISTRICTS = 12
const ACTIVITIES_PER_UNIT = 10
const PHOTOS = 20_000
const VOLUNTEERS = 3_000
const SIGNUPS_PER_ACTIVITY = 10
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const EXPLAIN = process.argv.includes('--explain')
const GOAL_MS = 3_000
const FRIDAYS = ['2026-03-06', '2026-03-13', '2026-03-20', '2026-03-27', '2026-04-03', '2026-04-10', '2026-04-17', '2026-04-24']

type TSeeded = { campaignId: string; organiserId: string; adminId: string; adminDistrictId: string; week1: string }

/** Five different small pictures (noise, so they do not shrink to nothing), reused for every project. */
async function samplePictures(): Promise<Buffer[]> {
  const pictures: Buffer[] = []
  for (let k = 0; k < 5; k += 1) {
    const width = 320
    const height = 240
    const pixels = Buffer.alloc(width * height * 3)
    let state = (k + 1) * 2654435761
    for (let i = 0; i < pixels.length; i += 1) {
      state = (state * 1103515245 + 12345) >>> 0
      pixels[i] = (state >>> 24) & 0x7f
    }
    pictures.push(await sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 80 }).toBuffer())
  }
  return pictures
}

/** The pictures of every submitted or accepted project: photos rows and the files where storage keeps them. */
async function writeShowcasePictures(sql: postgres.Sql, server: TBenchServer, campaignId: string): Promise<void> {
  const pictures = await samplePictures()
  const rows = await sql<{ id: string; unit_id: string; position: number; storage_path: string }[]>`
    insert into photos (campaign_id, unit_id, purpose, showcase_application_id, showcase_position, storage_path, sha256, byte_size, mime_type, width, height)
    select a.campaign_id, a.unit_id, 'showcase', a.id, k, a.campaign_id || '/' || a.unit_id || '/showcase-' || a.id || '-' || k || '.jpg',
           md5(a.id::text || k) || md5(k || a.id::text), 0, 'image/jpeg', 320, 240
    from showcase_applications a cross join generate_series(1, 5) k
    where a.campaign_id = ${campaignId} and a.status in ('submitted', 'accepted')
    returning id, unit_id, showcase_position as position, storage_path`
  for (const row of rows) {
    const file = path.join(server.dataDir, 'storage', ...row.storage_path.split('/'))
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, pictures[row.position - 1]!)
  }
  await sql`
    update photos set byte_size = case showcase_position ${sql.unsafe(pictures.map((p, i) => `when ${i + 1} then ${p.length}`).join(' '))} end
    where campaign_id = ${campaignId} and purpose = 'showcase'`
}

async function seed(sql: postgres.Sql, server: TBenchServer): Promise<TSeeded> {
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
      values ('bench-export', '连云港市文明办', '连云港市', 2026, '2026年连云港市学雷锋志愿服务集中活动（压测）', '2026-03-01', '2026-04-30', false)
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
  await step('showcase pictures (5 small JPEGs per handed-in project, files in storage)', () => writeShowcasePictures(sql, server, campaignId))
  await step('vacuum analyze', () => sql`vacuum analyze`)
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


type TCase = {
  label: string
  route: string
  as: 'organiser' | 'admin'
  body: Record<string, unknown>
  /** What is wrong with the downloaded file, checked against SQL; [] when it is right. */
  check: (bytes: Buffer) => Promise<string[]>
}

async function readSheet(bytes: Buffer, name: string) {
  const workbook = newWorkbook()
  await workbook.xlsx.load(bytes)
  const sheet = workbook.getWorksheet(name)
  if (!sheet) throw new Error(`no sheet ${name}`)
  return { workbook, sheet }
}

/** A cell as a reader sees it: a formula's cached result, else the value. */
function seen(value: unknown): unknown {
  return value && typeof value === 'object' && 'result' in value ? (value as { result: unknown }).result : value
}

function expectEqual(label: string, got: unknown, want: unknown): string[] {
  return got === want ? [] : [`${label}: ${String(got)} ≠ ${String(want)}`]
}

function cases(sql: postgres.Sql, seeded: TSeeded): TCase[] {
  const { campaignId } = seeded
  const march = { kind: 'month', month: '2026-03' }
  const one = async <T extends Record<string, unknown>>(query: Promise<T[]>): Promise<T> => (await query)[0]!
  return [
    {
      label: '附件1 申报表 (all units)',
      route: 'showcase',
      as: 'organiser',
      body: {},
      check: async (bytes) => {
        const workbook = newWorkbook()
        await workbook.xlsx.load(bytes)
        const { n } = await one(sql<{ n: number }[]>`select count(*)::int as n from showcase_applications where campaign_id = ${campaignId} and status in ('submitted', 'accepted')`)
        return expectEqual('附件1 sheets', workbook.worksheets.length, n + 1)
      },
    },
    {
      label: '附件1 图片包 zip (all units)',
      route: 'showcase-pictures',
      as: 'organiser',
      body: {},
      check: async (bytes) => {
        const zip = await JSZip.loadAsync(bytes)
        const files = Object.values(zip.files).filter((f) => !f.dir)
        const { n } = await one(sql<{ n: number }[]>`select count(*)::int as n from photos where campaign_id = ${campaignId} and purpose = 'showcase'`)
        const nested = files.every((f) => f.name.split('/').length === 3 && /\/[1-5]\.jpg$/.test(f.name))
        return [...expectEqual('zip pictures', files.length, n), ...(nested ? [] : ['zip paths are not <单位>/<项目名称>/<n>.jpg'])]
      },
    },
    {
      label: '附件2 安排表 (all units)',
      route: 'arrangement',
      as: 'organiser',
      body: {},
      check: async (bytes) => {
        const { sheet } = await readSheet(bytes, '附件2')
        let numbered = 0
        sheet.eachRow((row, r) => {
          if (r > 4 && typeof row.getCell(1).value === 'number') numbered += 1
        })
        const { n } = await one(sql<{ n: number }[]>`select count(*)::int as n from activities where campaign_id = ${campaignId} and status <> 'cancelled'`)
        return expectEqual('附件2 rows', numbered, n)
      },
    },
    {
      label: '附件2 安排表 (one 县区, its admin)',
      route: 'arrangement',
      as: 'admin',
      body: {},
      check: async (bytes) => {
        const { sheet } = await readSheet(bytes, '附件2')
        let numbered = 0
        sheet.eachRow((row, r) => {
          if (r > 4 && typeof row.getCell(1).value === 'number') numbered += 1
        })
        const { n } = await one(sql<{ n: number }[]>`
          select count(*)::int as n from activities a join units u on u.id = a.unit_id
          where a.campaign_id = ${campaignId} and a.status <> 'cancelled' and u.district_id = ${seeded.adminDistrictId}`)
        return expectEqual('district 附件2 rows', numbered, n)
      },
    },
    {
      label: '统计表 one Friday (3月6日)',
      route: 'weekly-stats',
      as: 'organiser',
      body: { period: { kind: 'deadline', deadlineId: seeded.week1 } },
      check: async (bytes) => statsTotals(bytes, 'Friday'),
    },
    {
      label: '统计表 whole month (2026年3月)',
      route: 'weekly-stats',
      as: 'organiser',
      body: { period: march },
      check: async (bytes) => {
        const problems = await statsTotals(bytes, 'month')
        const { sheet } = await readSheet(bytes, '统计表')
        const total = findRow(sheet, '合计')
        const expected = await one(sql<{ people: number; hours: string }[]>`
          select count(distinct (r.activity_id, r.user_id))::int as people, coalesce(sum(ci.hours), 0)::text as hours
          from check_ins ci join registrations r on r.id = ci.registration_id join activities a on a.id = r.activity_id
          where a.campaign_id = ${campaignId} and ci.checked_in_at >= '2026-03-01 00:00+08' and ci.checked_in_at < '2026-04-01 00:00+08'`)
        return [
          ...problems,
          ...expectEqual('month 人次 vs SQL', seen(sheet.getCell(total, 3).value), expected.people),
          ...expectEqual('month 时数 vs SQL', seen(sheet.getCell(total, 7).value), Number(expected.hours)),
        ]
      },
    },
    {
      label: '统计表 whole campaign',
      route: 'weekly-stats',
      as: 'organiser',
      body: { period: { kind: 'campaign' } },
      check: async (bytes) => statsTotals(bytes, 'campaign'),
    },
    {
      label: '区县汇总 month (all districts)',
      route: 'district-figures',
      as: 'organiser',
      body: { period: march },
      check: async (bytes) => {
        const { sheet } = await readSheet(bytes, '区县汇总')
        const total = findRow(sheet, '合计')
        return [...expectEqual('districts', total - 4, DISTRICTS), ...expectEqual('units', seen(sheet.getCell(total, 3).value), UNITS)]
      },
    },
    {
      label: '区县汇总 month (one 县区, its admin)',
      route: 'district-figures',
      as: 'admin',
      body: { period: march },
      check: async (bytes) => {
        const { sheet } = await readSheet(bytes, '区县汇总')
        return expectEqual('the admin’s districts', findRow(sheet, '合计') - 4, 1)
      },
    },
    {
      label: '志愿服务时长 i志愿 (whole campaign)',
      route: 'volunteer-hours',
      as: 'organiser',
      body: {},
      check: async (bytes) => {
        const { sheet } = await readSheet(bytes, '服务时长')
        let rows = 0
        let phones = 0
        sheet.eachRow((row, r) => {
          if (r === 1) return
          rows += 1
          if (/^1\d{10}$/.test(String(row.getCell(5).value ?? ''))) phones += 1
        })
        const expected = await one(sql<{ n: number; consented: number }[]>`
          select count(*)::int as n, count(*) filter (where exists (select 1 from privacy_consents c where c.user_id = r.user_id))::int as consented
          from check_ins ci join registrations r on r.id = ci.registration_id join activities a on a.id = r.activity_id
          where a.campaign_id = ${campaignId} and ci.checked_out_at is not null and ci.hours > 0`)
        return [...expectEqual('hours rows', rows, expected.n), ...expectEqual('unmasked phones', phones, expected.consented)]
      },
    },
  ]
}

function findRow(sheet: import('exceljs').Worksheet, text: string): number {
  for (let r = 1; r <= sheet.rowCount; r += 1) if (sheet.getCell(r, 1).value === text) return r
  return -1
}

/** The 合计 of 人次 and 时数 equal the rows above them. */
async function statsTotals(bytes: Buffer, label: string): Promise<string[]> {
  const { sheet } = await readSheet(bytes, '统计表')
  const total = findRow(sheet, '合计')
  let people = 0
  let hours = 0
  for (let r = 5; r < total; r += 1) {
    people += Number(sheet.getCell(r, 3).value)
    hours += Math.round(Number(sheet.getCell(r, 7).value) * 100)
  }
  return [
    ...(total > 5 ? [] : [`${label}: no rows`]),
    ...expectEqual(`${label} 人次 合计`, seen(sheet.getCell(total, 3).value), people),
    ...expectEqual(`${label} 时数 合计`, seen(sheet.getCell(total, 7).value), hours / 100),
  ]
}

/**
 * `--explain`: the statements the exports' own code runs (scope, counts, a month's figures, the
 * hours rows), as the organiser, each timed, and EXPLAIN (ANALYZE, BUFFERS) of the slowest three.
 */
async function explainExports(server: TBenchServer, seeded: TSeeded): Promise<void> {
  const captured: Array<{ query: string; parameters: unknown[] }> = []
  const sql = postgres(server.databaseUrl, {
    max: 1,
    onnotice: () => undefined,
    debug: (_connection, query, parameters) => captured.push({ query, parameters: parameters as unknown[] }),
  })
  const claims = JSON.stringify({ sub: seeded.organiserId, role: 'authenticated' })
  const asOrganiser = (tx: postgres.TransactionSql) => tx`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${claims}, true)`
  try {
    await sql.begin(async (tx) => {
      await asOrganiser(tx)
      captured.length = 0
      const scope = await resolveExportScope(tx, seeded.campaignId, undefined)
      await countScope(tx, seeded.campaignId, null)
      await loadStats(tx, scope, { kind: 'month', month: '2026-03' })
      await listVolunteerHours(tx, { campaignId: seeded.campaignId, districtId: null, from: new Date('2026-02-28T16:00:00Z'), to: new Date('2026-04-30T16:00:00Z'), purpose: 'registration', policyVersions: ['2027-01'] })
    })
    const literal = (value: unknown): string =>
      value === null || value === undefined
        ? 'null'
        : Array.isArray(value)
          ? `'{${value.map((v) => `"${String(v)}"`).join(',')}}'`
          : `'${(value instanceof Date ? value.toISOString() : String(value)).replace(/'/g, "''")}'`
    const timed: Array<{ text: string; ms: number }> = []
    for (const statement of captured.filter((c) => !c.query.includes('set_config'))) {
      const args = statement.parameters.map(literal)
      const text = statement.query.replace(/\$(\d+)/g, (_m, n: string) => args[Number(n) - 1] ?? 'null')
      await sql.begin(async (tx) => {
        await asOrganiser(tx)
        const started = performance.now()
        await tx.unsafe(text)
        timed.push({ text, ms: performance.now() - started })
      })
    }
    console.log('')
    printTable(['statement (as the organiser)', 'ms'], timed.map((t) => [t.text.replace(/\s+/g, ' ').trim().slice(0, 110), ms(t.ms)]))
    for (const slow of [...timed].sort((a, b) => b.ms - a.ms).slice(0, 3)) {
      await sql.begin(async (tx) => {
        await asOrganiser(tx)
        const plan = await tx.unsafe<{ 'QUERY PLAN': string }[]>(`explain (analyze, buffers) ${slow.text}`)
        console.log(`\nEXPLAIN (ANALYZE, BUFFERS) — ${slow.text.replace(/\s+/g, ' ').trim().slice(0, 100)}`)
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
    const seeded = await seed(sql, server)
    // Two in three volunteers agreed to the current privacy notice: their phones go into the hours sheet.
    await sql`
      insert into privacy_consents (user_id, policy_version, purpose)
      select id, '2027-01', 'registration' from app_users where display_name like '志愿者%' and right(phone, 1)::int % 3 <> 0`
    const tokens = {
      organiser: issueSessionToken({ userId: seeded.organiserId, ttlHours: 1 }, server.sessionSecret).token,
      admin: issueSessionToken({ userId: seeded.adminId, ttlHours: 1 }, server.sessionSecret).token,
    }
    const base = `${server.url}/api/campaigns/${seeded.campaignId}/exports`
    if (EXPLAIN) {
      await explainExports(server, seeded)
      return 0
    }

    const optionsTimes: number[] = []
    let failed = 0
    for (let i = 0; i <= RUNS; i += 1) {
      const r = await httpRequest(agent, base, { headers: { authorization: `Bearer ${tokens.organiser}` } })
      if (r.status !== 200) failed += 1
      else ZExportOptionsResponse.parse(JSON.parse(r.body))
      if (i > 0) optionsTimes.push(r.ms)
    }

    const rows: string[][] = []
    const medians: number[] = []
    const problems: string[] = []
    for (const c of cases(sql, seeded)) {
      const times: number[] = []
      let last = ''
      for (let i = 0; i <= RUNS; i += 1) {
        const r = await httpRequest(agent, `${base}/${c.route}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${tokens[c.as]}` },
          body: JSON.stringify(c.body),
          timeoutMs: 120_000,
        })
        if (r.status !== 200) {
          failed += 1
          console.log(`${c.label}: HTTP ${r.status} ${r.body.slice(0, 300)}`)
          continue
        }
        last = r.body
        if (i > 0) times.push(r.ms)
      }
      if (!last) {
        rows.push([c.label, '-', '-', '-', '-', 'FAILED'])
        continue
      }
      const file = ZExportResponse.parse(JSON.parse(last))
      const started = performance.now()
      const bytes = Buffer.from(await (await fetch(file.url)).arrayBuffer())
      const downloadMs = performance.now() - started
      const wrong = await c.check(bytes)
      problems.push(...wrong.map((w) => `${c.label}: ${w}`))
      const s = summarise(times)
      medians.push(s.p50)
      rows.push([c.label, ms(s.p50), ms(s.max), `${(bytes.length / 1024).toFixed(0)} KB`, ms(downloadMs), s.p50 <= GOAL_MS ? 'ok' : 'MISSED'])
    }
    const o = summarise(optionsTimes)
    console.log('')
    console.log(`POST /api/campaigns/:id/exports/… (${RUNS} runs each after a warm-up, sequential, client-side):`)
    printTable(['export', 'median ms', 'max ms', 'file', 'download ms', `goal ≤ ${GOAL_MS}`], [
      ['GET options (periods, counts)', ms(o.p50), ms(o.max), '-', '-', o.p50 <= GOAL_MS ? 'ok' : 'MISSED'],
      ...rows,
    ])
    for (const problem of problems) console.log(`CHECK FAILED: ${problem}`)
    if (problems.length === 0) console.log('files checked against SQL: sheets, zip entries, 附件2 rows, 统计表 合计 (month against check-ins), districts, hours rows and phones')
    if (failed > 0) console.log(`CHECK FAILED: ${failed} requests did not return 200`)
    console.log(`export: max_ms=${Math.round(Math.max(o.p50, ...medians))}`)
    return failed === 0 && problems.length === 0 ? 0 : 1
  } finally {
    agent.destroy()
    await sql.end({ timeout: 5 })
  }
}

void runBench('export', { hardTimeoutMs: 15 * 60_000 }, main)
