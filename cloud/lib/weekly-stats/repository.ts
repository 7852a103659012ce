import type { TServedPopulation } from '../../../types/domain'
import type { TMediaInput, TServedInput } from '../../../types/weekly-stats'
import type { TTx } from '../db/client'
import type { TStoredPicture } from '../pictures/claim-picture'
import type { TStatsDeadlineRow } from './stats-period'

/** All SQL of the weekly statistics. Every statement runs as the caller (RLS decides). */

export type TStatsUnit = {
  id: string
  name: string
  campaign_id: string
  year: number
  city: string
  title: string
  period_start: string
  period_end: string
}

/** The unit with its campaign, when the caller manages it (its contacts, the campaign's organisers). */
export async function findManagedUnit(tx: TTx, unitId: string): Promise<TStatsUnit | null> {
  const [row] = await tx<TStatsUnit[]>`
    select u.id, u.name, u.campaign_id, c.year, c.city, c.title, c.period_start::text as period_start, c.period_end::text as period_end
    from units u join campaigns c on c.id = u.campaign_id
    where u.id = ${unitId} and app_private.can_manage_unit(u.id)`
  return row ?? null
}

export async function unitExists(tx: TTx, unitId: string): Promise<boolean> {
  const [row] = await tx<{ found: boolean }[]>`select exists (select 1 from units where id = ${unitId}) as found`
  return row?.found === true
}

export type TDeadlineWithStatus = TStatsDeadlineRow & { status: 'draft' | 'submitted' | 'returned' | 'accepted' | null }

/** The campaign's weekly deadlines and summary, with this unit's return state for each. */
export async function findStatsDeadlines(tx: TTx, campaignId: string, unitId: string): Promise<TDeadlineWithStatus[]> {
  return tx<TDeadlineWithStatus[]>`
    select d.id, d.kind::text as kind, d.title, d.due_at, s.status::text as status
    from campaign_deadlines d
    left join unit_submissions s on s.deadline_id = d.id and s.unit_id = ${unitId}
    where d.campaign_id = ${campaignId} and d.kind in ('weekly_stats', 'summary')
    order by d.due_at, d.id`
}

export type TReturnHeader = {
  id: string
  status: 'draft' | 'submitted' | 'returned' | 'accepted'
  body: string
  submitted_at: Date | null
  returned_at: Date | null
  return_reason: string | null
  contact_name: string | null
  contact_phone: string | null
}

export async function findReturnHeader(tx: TTx, unitId: string, deadlineId: string, lock = false): Promise<TReturnHeader | null> {
  const [row] = await tx<TReturnHeader[]>`
    select s.id, s.status::text as status, s.body, s.submitted_at, s.returned_at, s.return_reason, r.contact_name, r.contact_phone
    from unit_submissions s
    left join weekly_stats_returns r on r.submission_id = s.id
    where s.unit_id = ${unitId} and s.deadline_id = ${deadlineId}
    ${lock ? tx`for update of s` : tx``}`
  return row ?? null
}

/** The return's header row, made on first save; locked for the rest of the transaction. */
export async function ensureReturnHeader(
  tx: TTx,
  input: { campaignId: string; unitId: string; deadlineId: string; kind: 'weekly_stats' | 'summary' },
): Promise<TReturnHeader> {
  await tx`
    insert into unit_submissions (campaign_id, unit_id, deadline_id, kind)
    values (${input.campaignId}, ${input.unitId}, ${input.deadlineId}, ${input.kind})
    on conflict (unit_id, deadline_id) do nothing`
  const header = await findReturnHeader(tx, input.unitId, input.deadlineId, true)
  if (!header) throw new Error('return header not written')
  return header
}

export async function updateReturnText(
  tx: TTx,
  header: { id: string; unitId: string },
  change: { body?: string; contactName?: string; contactPhone?: string },
): Promise<void> {
  if (change.body !== undefined) await tx`update unit_submissions set body = ${change.body} where id = ${header.id}`
  if (change.contactName === undefined && change.contactPhone === undefined) return
  await tx`
    insert into weekly_stats_returns (submission_id, unit_id, contact_name, contact_phone)
    values (${header.id}, ${header.unitId}, ${change.contactName ?? null}, ${change.contactPhone ?? null})
    on conflict (submission_id) do update set
      contact_name = ${change.contactName === undefined ? tx`weekly_stats_returns.contact_name` : tx`excluded.contact_name`},
      contact_phone = ${change.contactPhone === undefined ? tx`weekly_stats_returns.contact_phone` : tx`excluded.contact_phone`}`
}

export async function setReturnStatus(tx: TTx, headerId: string, status: 'submitted' | 'draft', userId: string): Promise<void> {
  if (status === 'submitted') {
    await tx`update unit_submissions set status = 'submitted', submitted_at = now(), submitted_by = ${userId} where id = ${headerId}`
  } else {
    await tx`update unit_submissions set status = 'draft', submitted_at = null, submitted_by = null where id = ${headerId}`
  }
}

export type TStatsRowData = {
  activity_id: string
  title: string
  starts_at: Date
  ends_at: Date
  co_organisers: string[]
  served_populations: TServedPopulation[]
  served_other: string | null
  volunteer_count: number
  organisation_count: number
  service_hours: string
  /** Null when the contact has not saved this activity's row yet. */
  stats_id: string | null
  funds_yuan: string | null
  print_reports: number | null
  web_reports: number | null
  links: string[] | null
  read_count: number | null
}

/**
 * The rows of a return as they stand now: the unit's published activities whose scheduled time
 * overlaps [from, to), plus any activity with check-ins in it, each with figures from one grouped
 * query over the check-ins (app_private.unit_stats_figures) and what the contact saved.
 */
export async function findLiveRows(tx: TTx, unitId: string, deadlineId: string, from: Date, to: Date): Promise<TStatsRowData[]> {
  return tx<TStatsRowData[]>`
    select a.id as activity_id, a.title, a.starts_at, a.ends_at, a.co_organisers, a.served_populations::text[] as served_populations,
           a.served_other, coalesce(f.volunteer_count, 0) as volunteer_count,
           1 + cardinality(a.co_organisers) as organisation_count, coalesce(f.service_hours, 0)::text as service_hours,
           ws.id as stats_id, ws.funds_yuan::text as funds_yuan,
           mc.print_reports, mc.web_reports, mc.links, mc.read_count
    from activities a
    left join app_private.unit_stats_figures(${unitId}, ${from}, ${to}) f on f.activity_id = a.id
    left join weekly_stats ws on ws.deadline_id = ${deadlineId} and ws.activity_id = a.id
    left join media_coverage mc on mc.deadline_id = ${deadlineId} and mc.activity_id = a.id
    where a.unit_id = ${unitId}
      and ((a.status = 'published' and a.starts_at < ${to} and a.ends_at > ${from}) or f.activity_id is not null)
    order by a.starts_at, a.id`
}

/** The rows of a submitted return, with the figures as they were sent. */
export async function findSubmittedRows(tx: TTx, unitId: string, deadlineId: string): Promise<TStatsRowData[]> {
  return tx<TStatsRowData[]>`
    select a.id as activity_id, a.title, a.starts_at, a.ends_at, a.co_organisers, a.served_populations::text[] as served_populations,
           a.served_other, ws.volunteer_count, ws.organisation_count, ws.service_hours::text as service_hours,
           ws.id as stats_id, ws.funds_yuan::text as funds_yuan,
           mc.print_reports, mc.web_reports, mc.links, mc.read_count
    from weekly_stats ws
    join activities a on a.id = ws.activity_id
    left join media_coverage mc on mc.deadline_id = ws.deadline_id and mc.activity_id = ws.activity_id
    where ws.deadline_id = ${deadlineId} and ws.unit_id = ${unitId} and ws.figures_at is not null
    order by a.starts_at, a.id`
}

export type TServedRow = { activity_id: string; population: TServedPopulation; description: string | null; served_count: number }

export async function findServedRows(tx: TTx, unitId: string, deadlineId: string): Promise<TServedRow[]> {
  return tx<TServedRow[]>`
    select ws.activity_id, s.population::text as population, s.description, s.served_count
    from weekly_stats_served s
    join weekly_stats ws on ws.id = s.stats_id
    where ws.deadline_id = ${deadlineId} and ws.unit_id = ${unitId}
    order by ws.activity_id, s.population`
}

export type TSaveRow = { activityId: string; served: TServedInput[]; fundsYuan: number | null; media: TMediaInput }

/**
 * Writes what the contact typed for some activities of the return, set-based: one upsert of the
 * rows, the served types replaced, one upsert of the media rows.
 */
export async function saveStatsRows(
  tx: TTx,
  target: { campaignId: string; unitId: string; deadlineId: string; weekEnding: string },
  rows: TSaveRow[],
): Promise<void> {
  if (rows.length === 0) return
  const single = (row: TSaveRow) => (row.served.length === 1 ? row.served[0] : undefined)
  const saved = await tx<{ id: string; activity_id: string }[]>`
    insert into weekly_stats (campaign_id, unit_id, activity_id, deadline_id, week_ending, served_population, served_other, served_count, funds_yuan)
    select ${target.campaignId}, ${target.unitId}, t.activity_id, ${target.deadlineId}, ${target.weekEnding}::date,
           t.population::served_population, t.other, t.served_count, t.funds
    from unnest(${rows.map((r) => r.activityId)}::uuid[], ${rows.map((r) => single(r)?.population ?? null)}::text[],
                ${rows.map((r) => (single(r)?.population === 'other' ? (single(r)?.description ?? null) : null))}::text[],
                ${rows.map((r) => r.served.reduce((sum, e) => sum + e.count, 0))}::int[],
                ${rows.map((r) => (r.fundsYuan === null ? null : r.fundsYuan.toFixed(2)))}::numeric[])
         as t (activity_id, population, other, served_count, funds)
    on conflict (deadline_id, activity_id) do update set
      served_population = excluded.served_population, served_other = excluded.served_other,
      served_count = excluded.served_count, funds_yuan = excluded.funds_yuan
    returning id, activity_id`
  const statsIdOf = new Map(saved.map((row) => [row.activity_id, row.id]))
  const ids = saved.map((row) => row.id)
  await tx`delete from weekly_stats_served where stats_id = any(${ids}::uuid[])`
  const served = rows.flatMap((row) => row.served.map((entry) => ({ statsId: statsIdOf.get(row.activityId) ?? '', ...entry })))
  if (served.length > 0) {
    await tx`
      insert into weekly_stats_served (stats_id, unit_id, population, description, served_count)
      select t.stats_id, ${target.unitId}, t.population::served_population, t.description, t.served_count
      from unnest(${served.map((s) => s.statsId)}::uuid[], ${served.map((s) => s.population)}::text[],
                  ${served.map((s) => (s.population === 'other' ? (s.description ?? '').trim() : null))}::text[],
                  ${served.map((s) => s.count)}::int[]) as t (stats_id, population, description, served_count)`
  }
  const media = rows.map((r) => ({ activity_id: r.activityId, ...r.media }))
  await tx`
    insert into media_coverage (campaign_id, unit_id, activity_id, deadline_id, week_ending, print_reports, web_reports, links, read_count)
    select ${target.campaignId}, ${target.unitId}, t.activity_id, ${target.deadlineId}, ${target.weekEnding}::date,
           t."printReports", t."webReports", array(select jsonb_array_elements_text(t.links)), t."readCount"
    from jsonb_to_recordset(${JSON.stringify(media)}::text::jsonb)
         as t (activity_id uuid, "printReports" int, "webReports" int, links jsonb, "readCount" int)
    on conflict (deadline_id, activity_id) do update set
      print_reports = excluded.print_reports, web_reports = excluded.web_reports,
      links = excluded.links, read_count = excluded.read_count`
}

/**
 * Submitting freezes the figures: every row of the return gets the headcount, organisations and
 * hours as computed now (rows the contact never touched are written too); rows left over from
 * activities no longer in the period are marked as not part of what was sent.
 */
export async function freezeFigures(
  tx: TTx,
  target: { campaignId: string; unitId: string; deadlineId: string; weekEnding: string },
  rows: Array<{ activityId: string; volunteerCount: number; organisationCount: number; serviceHours: number }>,
): Promise<void> {
  await tx`
    update weekly_stats set figures_at = null
    where deadline_id = ${target.deadlineId} and unit_id = ${target.unitId} and activity_id <> all(${rows.map((r) => r.activityId)}::uuid[])`
  if (rows.length === 0) return
  await tx`
    insert into weekly_stats (campaign_id, unit_id, activity_id, deadline_id, week_ending, volunteer_count, organisation_count, service_hours, figures_at)
    select ${target.campaignId}, ${target.unitId}, t.activity_id, ${target.deadlineId}, ${target.weekEnding}::date,
           t.volunteers, t.organisations, t.hours, now()
    from unnest(${rows.map((r) => r.activityId)}::uuid[], ${rows.map((r) => r.volunteerCount)}::int[],
                ${rows.map((r) => r.organisationCount)}::int[], ${rows.map((r) => r.serviceHours.toFixed(2))}::numeric[])
         as t (activity_id, volunteers, organisations, hours)
    on conflict (deadline_id, activity_id) do update set
      volunteer_count = excluded.volunteer_count, organisation_count = excluded.organisation_count,
      service_hours = excluded.service_hours, figures_at = excluded.figures_at`
}

export async function unfreezeFigures(tx: TTx, unitId: string, deadlineId: string): Promise<void> {
  await tx`update weekly_stats set figures_at = null where deadline_id = ${deadlineId} and unit_id = ${unitId}`
}

// Pictures of a return (新闻稿图片) ------------------------------------------------------------

export type TPictureRow = { id: string; storage_path: string; display_path: string | null; byte_size: number; width: number | null; height: number | null }

export async function findPictures(tx: TTx, submissionId: string): Promise<TPictureRow[]> {
  return tx<TPictureRow[]>`
    select id, storage_path, display_path, byte_size, width, height from weekly_stats_pictures
    where submission_id = ${submissionId}
    order by created_at, id`
}

export async function insertPicture(
  tx: TTx,
  input: TStoredPicture & { campaignId: string; unitId: string; submissionId: string; uploadedBy: string },
): Promise<string> {
  const [row] = await tx<{ id: string }[]>`
    insert into weekly_stats_pictures (submission_id, campaign_id, unit_id, storage_path, display_path, sha256, byte_size, mime_type, width, height, uploaded_by)
    values (${input.submissionId}, ${input.campaignId}, ${input.unitId}, ${input.path}, ${input.displayPath}, ${input.sha256},
            ${input.byteSize}, ${input.mimeType}, ${input.width}, ${input.height}, ${input.uploadedBy})
    returning id`
  if (!row) throw new Error('picture not recorded')
  return row.id
}

export async function deletePicture(tx: TTx, submissionId: string, pictureId: string): Promise<TPictureRow | null> {
  const [row] = await tx<TPictureRow[]>`
    delete from weekly_stats_pictures where id = ${pictureId} and submission_id = ${submissionId}
    returning id, storage_path, display_path, byte_size, width, height`
  return row ?? null
}
