import type { TDistrictKind, TServedPopulation, TActivityCategory } from '../../../types/domain'
import type { TTx } from '../db/client'

/**
 * All SQL of the organisers' exports. Every statement runs as the caller: an organiser reads its
 * campaign, a 区县管理员 its district (read-only policies of …610). Units of a published campaign and
 * their published activities are public, so every query names its scope explicitly:
 * app_private.export_unit_ids (…680_campaign_exports.sql) — all units for organisers, the district's
 * for its admin, none for anyone else — narrowed to one district when asked.
 */

export type TExportCampaignRow = {
  id: string
  title: string
  issuer: string
  city: string
  year: number
  period_start: string
  period_end: string
  is_organiser: boolean
}

export async function findExportCampaign(tx: TTx, campaignId: string): Promise<TExportCampaignRow | null> {
  const [row] = await tx<TExportCampaignRow[]>`
    select id, title, issuer, city, year, to_char(period_start, 'YYYY-MM-DD') as period_start,
           to_char(period_end, 'YYYY-MM-DD') as period_end, app_private.is_organiser(id) as is_organiser
    from campaigns where id = ${campaignId}`
  return row ?? null
}

export type TDistrictRow = { id: string; name: string; kind: TDistrictKind; units: number }

/** The districts the caller answers for in this campaign (a district admin's own), with their units. */
export async function listScopeDistricts(tx: TTx, campaignId: string): Promise<TDistrictRow[]> {
  return tx<TDistrictRow[]>`
    select d.id, d.name, d.kind,
           (select count(*) from units u where u.district_id = d.id and u.id in (select app_private.export_unit_ids(${campaignId})))::int as units
    from districts d
    where d.campaign_id = ${campaignId}
      and (app_private.is_organiser(${campaignId}) or app_private.is_district_admin(d.id))
    order by d.sort, d.name`
}

/** The caller's units in the campaign, or one district's. */
function scope(tx: TTx, campaignId: string, districtId: string | null) {
  return tx`
    select u.id, u.name, u.sort, u.district_id from units u
    where u.campaign_id = ${campaignId} and u.id in (select app_private.export_unit_ids(${campaignId}))
      ${districtId ? tx`and u.district_id = ${districtId}` : tx``}`
}

/**
 * The units' returns of some kinds that were handed in (submitted or accepted), read set-based by
 * app_private.export_returns (…690): the table's own policy calls a function per row.
 */
function sentReturns(tx: TTx, campaignId: string, kinds: string[]) {
  return tx`
    select r.unit_id, r.deadline_id, r.kind from app_private.export_returns(${campaignId}, ${kinds}::text[]::deadline_kind[]) r
    where r.status in ('submitted', 'accepted')`
}

export type TScopeUnitRow = { id: string; name: string; district_id: string | null; district_name: string | null; district_sort: number | null }

/** Every unit in scope, by district (the campaign's order, 未分区 last) and unit order. */
export async function listScopeUnits(tx: TTx, campaignId: string, districtId: string | null): Promise<TScopeUnitRow[]> {
  return tx<TScopeUnitRow[]>`
    with scope as (${scope(tx, campaignId, districtId)})
    select s.id, s.name, s.district_id, d.name as district_name, d.sort as district_sort
    from scope s left join districts d on d.id = s.district_id
    order by d.sort nulls last, d.name, s.sort, s.name, s.id`
}

export type TScopeCounts = {
  district_id: string | null
  units: number
  showcase_projects: number
  showcase_pictures: number
  activities: number
  arrangements_submitted: number
}

/** What there is to export, per district of the scope (null: units without a district). */
export async function countScope(tx: TTx, campaignId: string, districtId: string | null): Promise<TScopeCounts[]> {
  return tx<TScopeCounts[]>`
    with scope as (${scope(tx, campaignId, districtId)}),
    projects as (
      select a.id, a.unit_id from app_private.export_showcase_projects(${campaignId}) a where a.unit_id in (select id from scope)
    ),
    pictures as (
      select pr.unit_id, count(*) as n from app_private.export_showcase_pictures(${campaignId}) p
      join projects pr on pr.id = p.showcase_application_id group by pr.unit_id
    ),
    planned as (
      select a.unit_id, count(*) as n from activities a
      where a.campaign_id = ${campaignId} and a.status <> 'cancelled' and a.unit_id in (select id from scope) group by a.unit_id
    ),
    plans as (select distinct r.unit_id from (${sentReturns(tx, campaignId, ['activity_plan'])}) r)
    select s.district_id, count(*)::int as units,
           coalesce(sum((select count(*) from projects x where x.unit_id = s.id)), 0)::int as showcase_projects,
           coalesce(sum((select n from pictures x where x.unit_id = s.id)), 0)::int as showcase_pictures,
           coalesce(sum((select n from planned x where x.unit_id = s.id)), 0)::int as activities,
           (count(*) filter (where s.id in (select unit_id from plans)))::int as arrangements_submitted
    from scope s
    group by s.district_id`
}

/** The first of the notice's contacts (联系人 / 联系电话 under the statistics table). */
export async function findCampaignContact(tx: TTx, campaignId: string): Promise<{ name: string; phone: string | null } | null> {
  const [row] = await tx<{ name: string; phone: string | null }[]>`
    select name, phone from campaign_contacts where campaign_id = ${campaignId} order by sort, name limit 1`
  return row ?? null
}

// 附件1 ------------------------------------------------------------------------------------------

export type TShowcaseProjectRow = {
  id: string
  unit_id: string
  unit_name: string
  district_name: string | null
  status: 'submitted' | 'accepted'
  submitted_at: Date | null
  organisation_name: string
  project_name: string
  project_summary: string
  display_contents: string[]
  display_details: Record<string, string>
  standard_needs: boolean
  extra_needs: string[]
  extra_need_details: Record<string, string>
  contact_name: string | null
  contact_unit_title: string | null
  contact_phone: string | null
  remark: string | null
}

/**
 * Submitted (and accepted) 附件1 projects of the units in scope — drafts and returned ones are not
 * handed in — read through app_private.export_showcase_projects (…695), not the table's per-row policy.
 */
export async function listShowcaseProjects(tx: TTx, campaignId: string, districtId: string | null): Promise<TShowcaseProjectRow[]> {
  return tx<TShowcaseProjectRow[]>`
    with scope as (${scope(tx, campaignId, districtId)})
    select a.id, a.unit_id, s.name as unit_name, d.name as district_name, a.status::text as status, a.submitted_at,
           a.organisation_name, a.project_name, a.project_summary, a.display_contents, a.display_details,
           a.standard_needs, a.extra_needs, a.extra_need_details, a.contact_name, a.contact_unit_title,
           a.contact_phone, a.remark
    from app_private.export_showcase_projects(${campaignId}) a
    join scope s on s.id = a.unit_id
    left join districts d on d.id = s.district_id
    order by d.sort nulls last, d.name, s.sort, s.name, s.id, a.created_at, a.id`
}

export type TShowcasePictureRow = {
  showcase_application_id: string
  showcase_position: number
  storage_path: string
  mime_type: string | null
  byte_size: number
  created_at: Date
}

/** The pictures of those projects, in each project's order. */
export async function listShowcasePictures(tx: TTx, campaignId: string, applicationIds: string[]): Promise<TShowcasePictureRow[]> {
  if (applicationIds.length === 0) return []
  return tx<TShowcasePictureRow[]>`
    select showcase_application_id, showcase_position, storage_path, mime_type, byte_size, created_at
    from app_private.export_showcase_pictures(${campaignId})
    where showcase_application_id = any(${applicationIds}::uuid[])
    order by showcase_application_id, showcase_position`
}

// 附件2 ------------------------------------------------------------------------------------------

export type TArrangementRow = {
  unit_name: string
  district_name: string | null
  title: string
  description: string
  starts_at: Date
  ends_at: Date
  location_name: string
  contact_name: string | null
  contact_phone: string | null
  category: TActivityCategory
  co_organisers: string[]
}

/** Every unit's activities (not withdrawn, as a unit's own 附件2), by district, unit and the unit's order. */
export async function listArrangementRows(tx: TTx, campaignId: string, districtId: string | null, submittedOnly: boolean): Promise<TArrangementRow[]> {
  return tx<TArrangementRow[]>`
    with scope as (${scope(tx, campaignId, districtId)})
    select s.name as unit_name, d.name as district_name, a.title, a.description, a.starts_at, a.ends_at, a.location_name,
           a.contact_name, a.contact_phone, a.category::text as category, a.co_organisers
    from activities a
    join scope s on s.id = a.unit_id
    left join districts d on d.id = s.district_id
    where a.campaign_id = ${campaignId} and a.status <> 'cancelled'
      ${
        submittedOnly
          ? tx`and a.unit_id in (select r.unit_id from (${sentReturns(tx, campaignId, ['activity_plan'])}) r)`
          : tx``
      }
    order by d.sort nulls last, d.name, s.sort, s.name, s.id, a.seq_no nulls last, a.starts_at, a.created_at, a.id`
}

// 统计表 -----------------------------------------------------------------------------------------

export type TStatsDeadlineRow = { id: string; kind: 'weekly_stats' | 'summary'; title: string; due_at: Date }

export async function listStatsDeadlines(tx: TTx, campaignId: string): Promise<TStatsDeadlineRow[]> {
  return tx<TStatsDeadlineRow[]>`
    select id, kind::text as kind, title, due_at from campaign_deadlines
    where campaign_id = ${campaignId} and kind in ('weekly_stats', 'summary')
    order by due_at, id`
}

export type TStatsActivityRow = {
  unit_id: string
  unit_name: string
  activity_id: string
  title: string
  starts_at: Date
  ends_at: Date
  co_organisers: string[]
  volunteer_count: number
  organisation_count: number
  service_hours: string
  /** Null when nothing typed was handed in for it (not submitted, or 资金 left empty). */
  funds_yuan: string | null
  print_reports: number | null
  web_reports: number | null
  links: string[] | null
  read_count: number | null
}

export type TServedSumRow = { activity_id: string; population: TServedPopulation; description: string | null; served_count: number }

/**
 * One return (a Friday's, or the summary) of every unit in scope. A unit that handed it in
 * (submitted / accepted) is shown as it sent it: the frozen figures and what it typed. A unit that
 * did not is shown with its figures computed from check-ins over the return's days, as its own
 * page computes them (app_private.campaign_stats_figures), and nothing typed: its draft is not
 * handed in.
 */
export async function findDeadlineRows(
  tx: TTx,
  input: { campaignId: string; districtId: string | null; deadlineId: string; from: Date; to: Date },
): Promise<TStatsActivityRow[]> {
  const { campaignId, deadlineId, from, to } = input
  return tx<TStatsActivityRow[]>`
    with scope as (${scope(tx, campaignId, input.districtId)}),
    sent as (
      select r.unit_id from (${sentReturns(tx, campaignId, ['weekly_stats', 'summary'])}) r
      where r.deadline_id = ${deadlineId} and r.unit_id in (select id from scope)
    ),
    figures as (select * from app_private.campaign_stats_figures(${campaignId}, ${from}, ${to})),
    picked as (
      select ws.activity_id, ws.unit_id, true as sent, ws.volunteer_count, ws.organisation_count, ws.service_hours, ws.funds_yuan
      from weekly_stats ws
      where ws.deadline_id = ${deadlineId} and ws.figures_at is not null and ws.unit_id in (select unit_id from sent)
      union all
      select a.id, a.unit_id, false, coalesce(f.volunteer_count, 0), 1 + cardinality(a.co_organisers), coalesce(f.service_hours, 0), null
      from activities a
      left join figures f on f.activity_id = a.id
      where a.campaign_id = ${campaignId} and a.unit_id in (select id from scope) and a.unit_id not in (select unit_id from sent)
        and ((a.status = 'published' and a.starts_at < ${to} and a.ends_at > ${from}) or f.activity_id is not null)
    )
    select p.unit_id, s.name as unit_name, p.activity_id, a.title, a.starts_at, a.ends_at, a.co_organisers, p.volunteer_count, p.organisation_count,
           p.service_hours::text as service_hours, p.funds_yuan::text as funds_yuan,
           mc.print_reports, mc.web_reports, mc.links, mc.read_count
    from picked p
    join activities a on a.id = p.activity_id
    join scope s on s.id = p.unit_id
    left join districts d on d.id = s.district_id
    left join media_coverage mc on p.sent and mc.deadline_id = ${deadlineId} and mc.activity_id = p.activity_id
    order by d.sort nulls last, d.name, s.sort, s.name, s.id, a.starts_at, a.id`
}

export async function findDeadlineServed(tx: TTx, input: { campaignId: string; districtId: string | null; deadlineId: string }): Promise<TServedSumRow[]> {
  return tx<TServedSumRow[]>`
    with scope as (${scope(tx, input.campaignId, input.districtId)}),
    sent as (
      select r.unit_id from (${sentReturns(tx, input.campaignId, ['weekly_stats', 'summary'])}) r
      where r.deadline_id = ${input.deadlineId} and r.unit_id in (select id from scope)
    )
    select ws.activity_id, s.population::text as population, s.description, s.served_count
    from weekly_stats_served s
    join weekly_stats ws on ws.id = s.stats_id
    where ws.deadline_id = ${input.deadlineId} and ws.figures_at is not null and ws.unit_id in (select unit_id from sent)
    order by ws.activity_id, s.population`
}

type TRangeInput = { campaignId: string; districtId: string | null; from: Date; to: Date; firstDay: string; lastDay: string }

/** The Friday returns (handed in) whose Friday falls within [firstDay, lastDay], per unit. */
function sentWeeks(tx: TTx, input: TRangeInput) {
  return tx`
    select r.unit_id, r.deadline_id from (${sentReturns(tx, input.campaignId, ['weekly_stats'])}) r
    join campaign_deadlines d on d.id = r.deadline_id
    where (d.due_at at time zone 'Asia/Shanghai')::date between ${input.firstDay}::date and ${input.lastDay}::date
      and r.unit_id in (select id from scope)`
}

/**
 * A month (or the whole campaign) of every unit in scope: headcounts and hours from the check-ins
 * of those days (distinct people per activity over the whole range, so someone who came twice is
 * one 人次 of that activity, as in a return), and what the units typed — 覆盖人群, 资金, media —
 * added up over the Friday returns they handed in whose Friday falls in the range.
 */
export async function findRangeRows(tx: TTx, input: TRangeInput): Promise<TStatsActivityRow[]> {
  const { campaignId, from, to } = input
  return tx<TStatsActivityRow[]>`
    with scope as (${scope(tx, campaignId, input.districtId)}),
    sent as (${sentWeeks(tx, input)}),
    kept as (
      select ws.activity_id, ws.deadline_id, ws.funds_yuan from weekly_stats ws
      join sent x on x.unit_id = ws.unit_id and x.deadline_id = ws.deadline_id
      where ws.figures_at is not null
    ),
    typed as (
      select k.activity_id, sum(k.funds_yuan) as funds_yuan from kept k group by k.activity_id
    ),
    media as (
      select mc.activity_id, sum(mc.print_reports)::int as print_reports, sum(mc.web_reports)::int as web_reports,
             sum(mc.read_count)::int as read_count
      from media_coverage mc join kept k on k.activity_id = mc.activity_id and k.deadline_id = mc.deadline_id
      group by mc.activity_id
    ),
    links as (
      select mc.activity_id, array_agg(distinct l order by l) as links
      from media_coverage mc join kept k on k.activity_id = mc.activity_id and k.deadline_id = mc.deadline_id
      cross join lateral unnest(mc.links) l
      group by mc.activity_id
    ),
    figures as (select * from app_private.campaign_stats_figures(${campaignId}, ${from}, ${to}))
    select a.unit_id, s.name as unit_name, a.id as activity_id, a.title, a.starts_at, a.ends_at, a.co_organisers,
           coalesce(f.volunteer_count, 0) as volunteer_count, 1 + cardinality(a.co_organisers) as organisation_count,
           coalesce(f.service_hours, 0)::text as service_hours, t.funds_yuan::text as funds_yuan,
           m.print_reports, m.web_reports, coalesce(l.links, '{}') as links, m.read_count
    from activities a
    join scope s on s.id = a.unit_id
    left join districts d on d.id = s.district_id
    left join figures f on f.activity_id = a.id
    left join typed t on t.activity_id = a.id
    left join media m on m.activity_id = a.id
    left join links l on l.activity_id = a.id
    where a.campaign_id = ${campaignId}
      and ((a.status = 'published' and a.starts_at < ${to} and a.ends_at > ${from}) or f.activity_id is not null or t.activity_id is not null)
    order by d.sort nulls last, d.name, s.sort, s.name, s.id, a.starts_at, a.id`
}

/** 覆盖人群 of the range, per activity and type, added up over the handed-in Friday returns. */
export async function findRangeServed(tx: TTx, input: TRangeInput): Promise<TServedSumRow[]> {
  return tx<TServedSumRow[]>`
    with scope as (${scope(tx, input.campaignId, input.districtId)}),
    sent as (${sentWeeks(tx, input)})
    select ws.activity_id, s.population::text as population, s.description, sum(s.served_count)::int as served_count
    from weekly_stats_served s
    join weekly_stats ws on ws.id = s.stats_id
    join sent x on x.unit_id = ws.unit_id and x.deadline_id = ws.deadline_id
    where ws.figures_at is not null
    group by ws.activity_id, s.population, s.description
    order by ws.activity_id, s.population, s.description`
}

/** How many of the given returns each unit in scope handed in. */
export async function countSentReturns(tx: TTx, campaignId: string, districtId: string | null, deadlineIds: string[]): Promise<Map<string, number>> {
  if (deadlineIds.length === 0) return new Map()
  const rows = await tx<{ unit_id: string; sent: number }[]>`
    with scope as (${scope(tx, campaignId, districtId)})
    select r.unit_id, count(*)::int as sent from (${sentReturns(tx, campaignId, ['weekly_stats', 'summary'])}) r
    where r.deadline_id = any(${deadlineIds}::uuid[]) and r.unit_id in (select id from scope)
    group by r.unit_id`
  return new Map(rows.map((row) => [row.unit_id, row.sent]))
}

/** The weekly deadlines whose Friday falls within [firstDay, lastDay]. */
export async function listWeeksIn(tx: TTx, campaignId: string, firstDay: string, lastDay: string): Promise<string[]> {
  const rows = await tx<{ id: string }[]>`
    select id from campaign_deadlines
    where campaign_id = ${campaignId} and kind = 'weekly_stats'
      and (due_at at time zone 'Asia/Shanghai')::date between ${firstDay}::date and ${lastDay}::date`
  return rows.map((row) => row.id)
}

// Volunteer hours ---------------------------------------------------------------------------------

export type THoursRow = {
  unit_name: string
  district_name: string | null
  activity_id: string
  activity_title: string
  person_name: string
  phone: string | null
  phone_consented: boolean
  checked_in_at: Date
  checked_out_at: Date
  hours: string
  auto_closed: boolean
  corrected: boolean
}

/**
 * One row per person and activity with hours (app_private.campaign_volunteer_hours: organisers
 * only; the phone unmasked only with consent), by district, unit, activity start and name.
 */
export async function listVolunteerHours(
  tx: TTx,
  input: { campaignId: string; districtId: string | null; from: Date; to: Date; purpose: string; policyVersions: string[] },
): Promise<THoursRow[]> {
  // A whole campaign is tens of thousands of rows: sort them in memory, not in temporary files.
  await tx`select set_config('work_mem', '64MB', true)`
  return tx<THoursRow[]>`
    select u.name as unit_name, d.name as district_name, h.activity_id, a.title as activity_title, h.person_name,
           h.phone, h.phone_consented, h.checked_in_at, h.checked_out_at, h.hours::text as hours, h.auto_closed, h.corrected
    from app_private.campaign_volunteer_hours(${input.campaignId}, ${input.districtId}, ${input.from}, ${input.to},
                                              ${input.purpose}, ${input.policyVersions}::text[]) h
    join activities a on a.id = h.activity_id
    join units u on u.id = h.unit_id
    left join districts d on d.id = u.district_id
    order by d.sort nulls last, d.id, u.sort, u.id, a.starts_at, a.id, h.checked_in_at, h.user_id`
}

export async function countHoursLeftOut(
  tx: TTx,
  input: { campaignId: string; districtId: string | null; from: Date; to: Date },
): Promise<{ not_checked_out: number; zero_hours: number }> {
  const [row] = await tx<{ not_checked_out: number; zero_hours: number }[]>`
    select * from app_private.campaign_hours_left_out(${input.campaignId}, ${input.districtId}, ${input.from}, ${input.to})`
  return row ?? { not_checked_out: 0, zero_hours: 0 }
}
