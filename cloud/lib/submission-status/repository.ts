import type { TSubmissionStatus } from '../../../types/api/common'
import type { TActivityCategory, TDeadlineKind, TDistrictKind } from '../../../types/domain'
import type { TTx } from '../db/client'

// All SQL of the 报送情况 domain. The matrix reads through the SECURITY DEFINER functions of
// 20260301000710_submission_status.sql, which scope it to the caller (organiser: every unit;
// district admin: its district's) once per request; one cell, 退回 and 采用 run as the caller under
// the tables' own row-level security.

export type TStatusAccess = { id: string; title: string; is_organiser: boolean; is_district_admin: boolean }

/** The campaign (as row-level security shows it) and the caller's console role in it. */
export async function findStatusAccess(tx: TTx, campaignId: string, userId: string): Promise<TStatusAccess | null> {
  const [row] = await tx<TStatusAccess[]>`
    select c.id, c.title, app_private.is_organiser(c.id) as is_organiser,
           exists (select 1 from memberships m where m.user_id = ${userId} and m.campaign_id = c.id and m.role = 'district_admin') as is_district_admin
    from campaigns c where c.id = ${campaignId}`
  return row ?? null
}

export type TDistrictRow = { id: string; name: string; kind: TDistrictKind }

/** The districts the caller answers for: all of the campaign's (organiser), or its own (district admin). */
export async function findScopeDistricts(tx: TTx, campaignId: string, organiser: boolean, userId: string): Promise<TDistrictRow[]> {
  return tx<TDistrictRow[]>`
    select d.id, d.name, d.kind from districts d
    where d.campaign_id = ${campaignId}
      and (${organiser} or d.id in (
        select m.district_id from memberships m where m.user_id = ${userId} and m.campaign_id = ${campaignId} and m.role = 'district_admin'))
    order by d.sort, d.name`
}

export type TDeadlineRow = { id: string; kind: TDeadlineKind; title: string; due_at: Date }

export async function findDeadlines(tx: TTx, campaignId: string): Promise<TDeadlineRow[]> {
  return tx<TDeadlineRow[]>`
    select id, kind, title, due_at from campaign_deadlines where campaign_id = ${campaignId} order by due_at, id`
}

export async function findDeadline(tx: TTx, campaignId: string, deadlineId: string): Promise<TDeadlineRow | null> {
  const [row] = await tx<TDeadlineRow[]>`
    select id, kind, title, due_at from campaign_deadlines where campaign_id = ${campaignId} and id = ${deadlineId}`
  return row ?? null
}

export type TQuotaRow = { subject: 'county' | 'function_area' | 'unit'; metric: 'showcase_projects' | 'key_activities'; min_count: number }

export async function findQuotas(tx: TTx, campaignId: string): Promise<TQuotaRow[]> {
  return tx<TQuotaRow[]>`select subject, metric, min_count from campaign_quotas where campaign_id = ${campaignId}`
}

/** A unit in the caller's scope with its quota figures (app_private.status_scope_units). */
export type TScopeUnitRow = {
  unit_id: string
  unit_name: string
  district_id: string | null
  district_name: string | null
  district_kind: TDistrictKind | null
  contacts: number
  activities: number
  key_activities: number
  showcase_submitted: number
  showcase_drafts: number
  showcase_returned: number
  handed_in: number
  handed_in_passed: number
  handed_in_review: number
  handed_in_failed: number
}

export async function findScopeUnits(tx: TTx, campaignId: string): Promise<TScopeUnitRow[]> {
  return tx<TScopeUnitRow[]>`select * from app_private.status_scope_units(${campaignId})`
}

import type { TDeliverableRow } from '../submissions/deliverable-row'

export type { TDeliverableRow }

/**
 * Every deliverable state of every unit in the caller's scope, in one query, with everything the
 * unit home knows (photo verdicts included): what a reminder says the unit still owes.
 */
export async function findScopeDeliverables(tx: TTx, campaignId: string, now: Date): Promise<TDeliverableRow[]> {
  return tx<TDeliverableRow[]>`select * from app_private.status_deliverables(${campaignId}, null, ${now}, true)`
}

/** One unit's deliverable for one deadline (null when the unit is outside the caller's scope). */
export async function findUnitDeliverable(tx: TTx, campaignId: string, unitId: string, deadlineId: string, now: Date): Promise<TDeliverableRow | null> {
  const [row] = await tx<TDeliverableRow[]>`
    select * from app_private.status_deliverables(${campaignId}, ${unitId}, ${now}, true) where deadline_id = ${deadlineId}`
  return row ?? null
}

/** What a matrix cell needs of a deliverable: its state and the figures of its note. */
export type TCellFacts = Pick<
  TDeliverableRow,
  | 'unit_id'
  | 'deadline_id'
  | 'kind'
  | 'days_left'
  | 'state'
  | 'record_status'
  | 'activities'
  | 'showcase_submitted'
  | 'showcase_drafts'
  | 'showcase_quota'
  | 'photos_total'
  | 'stats_expected'
  | 'stats_missing'
> & { late: boolean }

/**
 * The matrix's cells for every unit in the caller's scope. Only the columns a cell shows (4 200
 * rows are parsed per request) and without photo verdicts, which the matrix does not show.
 */
export async function findMatrixCells(tx: TTx, campaignId: string, now: Date): Promise<TCellFacts[]> {
  return tx<TCellFacts[]>`
    select unit_id, deadline_id, kind, days_left, state, record_status, coalesce(submitted_at > due_at, false) as late,
           activities, showcase_submitted, showcase_drafts, showcase_quota, photos_total, stats_expected, stats_missing
    from app_private.status_deliverables(${campaignId}, null, ${now}, false)`
}

export type TReminderRow = { unit_id: string; deadline_id: string; reminded_at: Date }

export async function findReminders(tx: TTx, campaignId: string): Promise<TReminderRow[]> {
  return tx<TReminderRow[]>`select * from app_private.status_reminders(${campaignId})`
}

// One cell ------------------------------------------------------------------------------------

export type TCellUnitRow = { id: string; name: string; district_name: string | null }

/** The unit, when it is in the caller's scope of the campaign. */
export async function findScopeUnit(tx: TTx, campaignId: string, unitId: string): Promise<TCellUnitRow | null> {
  const [row] = await tx<TCellUnitRow[]>`
    select u.id, u.name, d.name as district_name
    from units u left join districts d on d.id = u.district_id
    where u.id = ${unitId} and u.campaign_id = ${campaignId}
      and u.id in (select app_private.status_unit_ids(${campaignId}))`
  return row ?? null
}

export async function findUnitContacts(tx: TTx, unitId: string): Promise<Array<{ name: string; phone: string | null }>> {
  return tx<{ name: string; phone: string | null }[]>`
    select coalesce(nullif(u.real_name, ''), u.display_name) as name, u.phone
    from memberships m join app_users u on u.id = m.user_id
    where m.unit_id = ${unitId} and m.role = 'unit_contact'
    order by m.created_at`
}

export type TActivityRow = {
  id: string
  seq_no: number | null
  title: string
  description: string
  starts_at: Date
  ends_at: Date
  location_name: string
  contact_name: string | null
  contact_phone: string | null
  category: TActivityCategory
  is_key_activity: boolean
  status: 'draft' | 'published' | 'cancelled'
  co_organisers: string[]
}

/** The unit's activities — its 附件2 rows — in 序号 order (drafts and withdrawn ones included). */
export async function findUnitActivities(tx: TTx, unitId: string): Promise<TActivityRow[]> {
  return tx<TActivityRow[]>`
    select id, seq_no, title, description, starts_at, ends_at, location_name, contact_name, contact_phone,
           category, is_key_activity, status, co_organisers
    from activities where unit_id = ${unitId}
    order by seq_no nulls last, starts_at, id`
}

export type TSubmissionRow = {
  id: string
  campaign_id: string
  unit_id: string
  deadline_id: string
  status: TSubmissionStatus
  body: string
  links: string[]
  submitted_at: Date | null
  returned_at: Date | null
  return_reason: string | null
}

/** The unit's return for a deadline (unit_submissions: 附件2, photos, weekly returns, summary, other). */
export async function findSubmission(tx: TTx, unitId: string, deadlineId: string, options: { lock?: boolean } = {}): Promise<TSubmissionRow | null> {
  const [row] = options.lock
    ? await tx<TSubmissionRow[]>`
        select id, campaign_id, unit_id, deadline_id, status, body, links, submitted_at, returned_at, return_reason
        from unit_submissions where unit_id = ${unitId} and deadline_id = ${deadlineId} for update`
    : await tx<TSubmissionRow[]>`
        select id, campaign_id, unit_id, deadline_id, status, body, links, submitted_at, returned_at, return_reason
        from unit_submissions where unit_id = ${unitId} and deadline_id = ${deadlineId}`
  return row ?? null
}

export type TShowcaseRow = {
  id: string
  campaign_id: string
  unit_id: string
  deadline_id: string | null
  status: TSubmissionStatus
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
  submitted_at: Date | null
  returned_at: Date | null
  return_reason: string | null
}

const SHOWCASE_COLUMNS = [
  'id', 'campaign_id', 'unit_id', 'deadline_id', 'status', 'organisation_name', 'project_name', 'project_summary',
  'display_contents', 'display_details', 'standard_needs', 'extra_needs', 'extra_need_details', 'contact_name',
  'contact_unit_title', 'contact_phone', 'remark', 'submitted_at', 'returned_at', 'return_reason',
]

/** The unit's applications answering the deadline (or none in particular), submitted ones first. */
export async function findShowcaseApplications(tx: TTx, campaignId: string, unitId: string, deadlineId: string): Promise<TShowcaseRow[]> {
  return tx<TShowcaseRow[]>`
    select ${tx(SHOWCASE_COLUMNS)} from showcase_applications
    where campaign_id = ${campaignId} and unit_id = ${unitId} and (deadline_id = ${deadlineId} or deadline_id is null)
    order by (status in ('submitted', 'accepted')) desc, (status = 'returned') desc, submitted_at nulls last, created_at`
}

export async function findShowcaseApplication(tx: TTx, id: string, options: { lock?: boolean } = {}): Promise<TShowcaseRow | null> {
  const [row] = options.lock
    ? await tx<TShowcaseRow[]>`select ${tx(SHOWCASE_COLUMNS)} from showcase_applications where id = ${id} for update`
    : await tx<TShowcaseRow[]>`select ${tx(SHOWCASE_COLUMNS)} from showcase_applications where id = ${id}`
  return row ?? null
}

export type TPictureRow = { id: string; owner_id: string; storage_path: string; display_path: string | null; caption: string | null }

/** The pictures of showcase applications, in the order the unit chose. */
export async function findShowcasePictures(tx: TTx, applicationIds: string[]): Promise<TPictureRow[]> {
  if (applicationIds.length === 0) return []
  return tx<TPictureRow[]>`
    select id, showcase_application_id as owner_id, storage_path, display_path, null::text as caption
    from photos where showcase_application_id = any(${applicationIds}::uuid[])
    order by showcase_position nulls last, created_at`
}

export type TPhotoRow = {
  id: string
  storage_path: string
  display_path: string | null
  activity_title: string | null
  verdict: 'passed' | 'failed' | 'needs_review' | 'error' | null
}

/**
 * The photos the unit handed in (the first `limit`), with each one's verdict, and how many it
 * uploaded, handed in, and of those await review (needs_review, error, still checking) or failed.
 */
export async function findHandedInPhotos(
  tx: TTx,
  unitId: string,
  limit: number,
): Promise<{ photos: TPhotoRow[]; uploaded: number; handedIn: number; review: number; failed: number }> {
  const photos = await tx<TPhotoRow[]>`
    select p.id, p.storage_path, p.display_path, a.title as activity_title, v.verdict
    from photos p
    left join activities a on a.id = p.activity_id
    left join lateral (
      select coalesce(r.review_verdict, r.verdict) as verdict from photo_check_results r
      where r.photo_id = p.id order by r.checked_at desc limit 1
    ) v on true
    where p.unit_id = ${unitId} and p.purpose = 'activity' and p.handed_in_at is not null
    order by a.starts_at nulls last, p.created_at, p.id
    limit ${limit}`
  const [counts] = await tx<{ uploaded: number; handed_in: number; review: number; failed: number }[]>`
    select count(*)::int as uploaded,
           count(*) filter (where p.handed_in_at is not null)::int as handed_in,
           count(*) filter (where p.handed_in_at is not null and (v.verdict is null or v.verdict in ('needs_review', 'error')))::int as review,
           count(*) filter (where p.handed_in_at is not null and v.verdict = 'failed')::int as failed
    from photos p
    left join lateral (
      select coalesce(r.review_verdict, r.verdict) as verdict from photo_check_results r
      where r.photo_id = p.id order by r.checked_at desc limit 1
    ) v on true
    where p.unit_id = ${unitId} and p.purpose = 'activity'`
  return { photos, uploaded: counts?.uploaded ?? 0, handedIn: counts?.handed_in ?? 0, review: counts?.review ?? 0, failed: counts?.failed ?? 0 }
}

export type TStatsRow = {
  activity_id: string
  title: string
  co_organisers: string[]
  volunteer_count: number
  organisation_count: number
  served_count: number
  service_hours: string
  funds_yuan: string | null
  print_reports: number | null
  web_reports: number | null
  links: string[] | null
  read_count: number | null
}

/** The rows of a weekly return (or the summary) as saved: figures as sent once it is submitted. */
export async function findStatsRows(tx: TTx, unitId: string, deadlineId: string): Promise<TStatsRow[]> {
  return tx<TStatsRow[]>`
    select a.id as activity_id, a.title, a.co_organisers, w.volunteer_count, w.organisation_count, w.served_count,
           w.service_hours::text, w.funds_yuan::text, m.print_reports, m.web_reports, m.links, m.read_count
    from weekly_stats w
    join activities a on a.id = w.activity_id
    left join media_coverage m on m.deadline_id = w.deadline_id and m.activity_id = w.activity_id
    where w.unit_id = ${unitId} and w.deadline_id = ${deadlineId}
    order by a.starts_at, a.id`
}

export async function findStatsServed(tx: TTx, unitId: string, deadlineId: string): Promise<Array<{ activity_id: string; population: string; description: string | null; served_count: number }>> {
  return tx<{ activity_id: string; population: string; description: string | null; served_count: number }[]>`
    select w.activity_id, s.population, s.description, s.served_count
    from weekly_stats_served s join weekly_stats w on w.id = s.stats_id
    where w.unit_id = ${unitId} and w.deadline_id = ${deadlineId}
    order by s.population`
}

export async function findStatsReturn(tx: TTx, submissionId: string): Promise<{ contact_name: string | null; contact_phone: string | null } | null> {
  const [row] = await tx<{ contact_name: string | null; contact_phone: string | null }[]>`
    select contact_name, contact_phone from weekly_stats_returns where submission_id = ${submissionId}`
  return row ?? null
}

export async function findStatsPictures(tx: TTx, submissionId: string): Promise<TPictureRow[]> {
  return tx<TPictureRow[]>`
    select id, submission_id as owner_id, storage_path, display_path, null::text as caption
    from weekly_stats_pictures where submission_id = ${submissionId} order by created_at, id`
}

export type TReportRow = {
  id: string
  campaign_id: string
  unit_id: string
  deadline_id: string | null
  title: string
  body: string
  links: string[]
  link_labels: string[]
  status: TSubmissionStatus
  submitted_at: Date | null
  returned_at: Date | null
  return_reason: string | null
}

const REPORT_COLUMNS = [
  'id', 'campaign_id', 'unit_id', 'deadline_id', 'title', 'body', 'links', 'link_labels', 'status', 'submitted_at', 'returned_at', 'return_reason',
]

export async function findReportForDeadline(tx: TTx, unitId: string, deadlineId: string, options: { lock?: boolean } = {}): Promise<TReportRow | null> {
  const [row] = options.lock
    ? await tx<TReportRow[]>`select ${tx(REPORT_COLUMNS)} from reports where unit_id = ${unitId} and deadline_id = ${deadlineId} for update`
    : await tx<TReportRow[]>`select ${tx(REPORT_COLUMNS)} from reports where unit_id = ${unitId} and deadline_id = ${deadlineId}`
  return row ?? null
}

export async function findReport(tx: TTx, id: string, options: { lock?: boolean } = {}): Promise<TReportRow | null> {
  const [row] = options.lock
    ? await tx<TReportRow[]>`select ${tx(REPORT_COLUMNS)} from reports where id = ${id} for update`
    : await tx<TReportRow[]>`select ${tx(REPORT_COLUMNS)} from reports where id = ${id}`
  return row ?? null
}

export async function findReportPictures(tx: TTx, reportId: string): Promise<TPictureRow[]> {
  return tx<TPictureRow[]>`
    select id, report_id as owner_id, storage_path, display_path, caption
    from photos where report_id = ${reportId} order by created_at, id`
}

// 退回 and 采用 --------------------------------------------------------------------------------------
// Each sets the row's status as the caller (organisers may update their campaign's units' rows);
// only a submitted (or, for 退回, accepted) row changes. Null when nothing changed.

export type TDecision = { status: 'returned'; reason: string } | { status: 'accepted' }

export async function decideSubmissionRow(tx: TTx, id: string, decision: TDecision, userId: string, now: Date): Promise<Date | null> {
  const [row] =
    decision.status === 'returned'
      ? await tx<{ at: Date }[]>`
          update unit_submissions set status = 'returned', returned_at = ${now}, returned_by = ${userId}, return_reason = ${decision.reason}
          where id = ${id} and status in ('submitted', 'accepted') returning returned_at as at`
      : await tx<{ at: Date }[]>`
          update unit_submissions set status = 'accepted' where id = ${id} and status = 'submitted' returning updated_at as at`
  return row?.at ?? null
}

export async function decideShowcaseRow(tx: TTx, id: string, decision: TDecision, userId: string, now: Date): Promise<Date | null> {
  const [row] =
    decision.status === 'returned'
      ? await tx<{ at: Date }[]>`
          update showcase_applications set status = 'returned', returned_at = ${now}, returned_by = ${userId}, return_reason = ${decision.reason}
          where id = ${id} and status in ('submitted', 'accepted') returning returned_at as at`
      : await tx<{ at: Date }[]>`
          update showcase_applications set status = 'accepted' where id = ${id} and status = 'submitted' returning updated_at as at`
  return row?.at ?? null
}

export async function decideReportRow(tx: TTx, id: string, decision: TDecision, userId: string, now: Date): Promise<Date | null> {
  const [row] =
    decision.status === 'returned'
      ? await tx<{ at: Date }[]>`
          update reports set status = 'returned', returned_at = ${now}, returned_by = ${userId}, return_reason = ${decision.reason}
          where id = ${id} and status in ('submitted', 'accepted') returning returned_at as at`
      : await tx<{ at: Date }[]>`
          update reports set status = 'accepted' where id = ${id} and status = 'submitted' returning updated_at as at`
  return row?.at ?? null
}

export type TUnitNotice = { unitId: string; key: string; payload: Record<string, unknown> }
export type TQueuedNotice = { unit_id: string; contacts: number; queued: number }

/**
 * Queues a message for every contact of each unit (app_private.queue_unit_notices checks the caller
 * may write to each unit); a key already used queues nothing twice.
 */
export async function queueUnitNotices(tx: TTx, kind: 'submission_returned' | 'organiser_reminder', notices: TUnitNotice[]): Promise<TQueuedNotice[]> {
  if (notices.length === 0) return []
  return tx<TQueuedNotice[]>`select * from app_private.queue_unit_notices(${kind}, ${tx.json(JSON.parse(JSON.stringify(notices)))})`
}

/** Units' names by id (units are readable wherever their campaign is). */
export async function findUnitNames(tx: TTx, unitIds: string[]): Promise<Map<string, string>> {
  if (unitIds.length === 0) return new Map()
  const rows = await tx<{ id: string; name: string }[]>`select id, name from units where id = any(${unitIds}::uuid[])`
  return new Map(rows.map((r) => [r.id, r.name]))
}

/** The units of one district of the campaign. */
export async function findDistrictUnitIds(tx: TTx, campaignId: string, districtId: string): Promise<string[]> {
  const rows = await tx<{ id: string }[]>`select id from units where campaign_id = ${campaignId} and district_id = ${districtId}`
  return rows.map((r) => r.id)
}
