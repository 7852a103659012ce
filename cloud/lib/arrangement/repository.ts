import type { TArrangementPreviewRow } from '../../../types/api/arrangement'
import type { TActivityInput } from '../../../types/api/unit-activities'
import type { TActivityCategory } from '../../../types/domain'
import type { TTx } from '../db/client'

/** The 附件2 domain's SQL: units and their campaign, imports, activities created by imports, the submission. */

export type TUnitContext = {
  unit_id: string
  unit_name: string
  campaign_id: string
  campaign_title: string
  year: number
  period_start: string
  period_end: string
  can_manage: boolean
}

/** The unit with its campaign, as far as the caller may see it; can_manage says whether they run it. */
export async function findUnitContext(tx: TTx, unitId: string): Promise<TUnitContext | null> {
  const [row] = await tx<TUnitContext[]>`
    select u.id as unit_id, u.name as unit_name, c.id as campaign_id, c.title as campaign_title, c.year,
           c.period_start::text, c.period_end::text, app_private.can_manage_unit(u.id) as can_manage
    from units u join campaigns c on c.id = u.campaign_id
    where u.id = ${unitId}`
  return row ?? null
}

export type TCampaignPeriod = { id: string; title: string; year: number; period_start: string; period_end: string }

export async function findCampaignPeriod(tx: TTx, campaignId: string): Promise<TCampaignPeriod | null> {
  const [row] = await tx<TCampaignPeriod[]>`
    select id, title, year, period_start::text, period_end::text from campaigns where id = ${campaignId}`
  return row ?? null
}

export type TDeadlineRow = { id: string; title: string; due_at: Date }

/** The campaign's 活动安排表 deadline (the first, when an organiser set more than one). */
export async function findActivityPlanDeadline(tx: TTx, campaignId: string): Promise<TDeadlineRow | null> {
  const [row] = await tx<TDeadlineRow[]>`
    select id, title, due_at from campaign_deadlines
    where campaign_id = ${campaignId} and kind = 'activity_plan'
    order by due_at limit 1`
  return row ?? null
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
  co_organisers: string[]
  status: 'draft' | 'published' | 'cancelled'
  is_key_activity: boolean
}

/** The unit's activities that are not withdrawn, in 附件2 order. */
export async function listUnitActivities(tx: TTx, unitId: string): Promise<TActivityRow[]> {
  return tx<TActivityRow[]>`
    select id, seq_no, title, description, starts_at, ends_at, location_name, contact_name, contact_phone,
           category, co_organisers, status, is_key_activity
    from activities
    where unit_id = ${unitId} and status <> 'cancelled'
    order by seq_no nulls last, starts_at, created_at, id`
}

/** "title|starts|ends" of the unit's live activities, to tell a re-imported row from a new one. */
export async function findActivityKeys(tx: TTx, unitId: string): Promise<Set<string>> {
  const rows = await tx<{ key: string }[]>`
    select title || '|' || extract(epoch from starts_at)::bigint || '|' || extract(epoch from ends_at)::bigint as key
    from activities where unit_id = ${unitId} and status <> 'cancelled'`
  return new Set(rows.map((row) => row.key))
}

export function activityKey(activity: { title: string; startsAt: string; endsAt: string }): string {
  return `${activity.title}|${Date.parse(activity.startsAt) / 1000}|${Date.parse(activity.endsAt) / 1000}`
}

export async function countLiveActivities(tx: TTx, unitId: string): Promise<number> {
  const [row] = await tx<{ n: number }[]>`select count(*)::int as n from activities where unit_id = ${unitId} and status <> 'cancelled'`
  return row?.n ?? 0
}

/**
 * All rows of one import in one statement: they go in together or not at all. JSON travels as
 * text cast to jsonb (a jsonb-typed parameter would be JSON-encoded a second time by postgres.js).
 */
export async function insertImportedActivities(
  tx: TTx,
  input: { campaignId: string; unitId: string; importId: string; createdBy: string; publish: boolean; activities: TActivityInput[] },
): Promise<string[]> {
  if (input.activities.length === 0) return []
  const records = input.activities.map((a) => ({
    seq_no: a.seqNo,
    title: a.title,
    description: a.description,
    starts_at: a.startsAt,
    ends_at: a.endsAt,
    location_name: a.locationName,
    address: a.address,
    latitude: a.latitude,
    longitude: a.longitude,
    geofence_radius_m: a.geofenceRadiusM,
    contact_name: a.contactName,
    contact_phone: a.contactPhone,
    category: a.category,
    served_populations: a.servedPopulations,
    served_other: a.servedOther,
    is_key_activity: a.isKeyActivity,
    co_organisers: a.coOrganisers,
    capacity: a.capacity,
    signup_deadline: a.signupDeadline,
    what_to_bring: a.whatToBring,
    dress_code: a.dressCode,
  }))
  const rows = await tx<{ id: string }[]>`
    insert into activities (campaign_id, unit_id, import_id, created_by, status, seq_no, title, description, starts_at,
                            ends_at, location_name, address, latitude, longitude, geofence_radius_m, contact_name,
                            contact_phone, category, served_populations, served_other, is_key_activity, co_organisers,
                            capacity, signup_deadline, what_to_bring, dress_code)
    select ${input.campaignId}, ${input.unitId}, ${input.importId}, ${input.createdBy},
           ${input.publish ? 'published' : 'draft'}::activity_status,
           x.seq_no, x.title, x.description, x.starts_at, x.ends_at, x.location_name, x.address, x.latitude, x.longitude,
           x.geofence_radius_m, x.contact_name, x.contact_phone, x.category, x.served_populations, x.served_other,
           x.is_key_activity, x.co_organisers, x.capacity, x.signup_deadline, x.what_to_bring, x.dress_code
    from jsonb_to_recordset(${JSON.stringify(records)}::text::jsonb) as x(
      seq_no int, title text, description text, starts_at timestamptz, ends_at timestamptz, location_name text,
      address text, latitude double precision, longitude double precision, geofence_radius_m int, contact_name text,
      contact_phone text, category activity_category, served_populations served_population[], served_other text,
      is_key_activity boolean, co_organisers text[], capacity int, signup_deadline timestamptz, what_to_bring text,
      dress_code text)
    returning id`
  return rows.map((row) => row.id)
}

// Imports ------------------------------------------------------------------------------------

/** A preview row as stored: the API's row plus the validated activity input. */
export type TStoredRow = Omit<TArrangementPreviewRow, 'activity'> & { activity: TActivityInput | null }

export type TImportRow = {
  id: string
  campaign_id: string
  unit_id: string
  storage_path: string
  file_name: string | null
  sheet_name: string
  header_row: number
  rows: TStoredRow[]
  valid_count: number
  invalid_count: number
  status: 'previewed' | 'applied'
  applied_mode: 'all' | 'valid_only' | null
  applied_published: boolean | null
  applied_activity_ids: string[]
  applied_skipped: number
  created_at: Date
}

const IMPORT_COLUMNS = `id, campaign_id, unit_id, storage_path, file_name, sheet_name, header_row, rows, valid_count, invalid_count,
  status, applied_mode, applied_published, applied_activity_ids, applied_skipped, created_at`

export async function findImportByPath(tx: TTx, path: string): Promise<TImportRow | null> {
  const [row] = await tx.unsafe<TImportRow[]>(`select ${IMPORT_COLUMNS} from arrangement_imports where storage_path = $1`, [path])
  return row ?? null
}

/** RLS hides other units' imports: another unit's id is simply not found. */
export async function findImport(tx: TTx, id: string, options: { lock: boolean }): Promise<TImportRow | null> {
  const [row] = await tx.unsafe<TImportRow[]>(
    `select ${IMPORT_COLUMNS} from arrangement_imports where id = $1${options.lock ? ' for update' : ''}`,
    [id],
  )
  return row ?? null
}

export async function insertImport(
  tx: TTx,
  input: {
    campaignId: string
    unitId: string
    path: string
    fileName: string | null
    sheetName: string
    headerRow: number
    rows: TStoredRow[]
    valid: number
    invalid: number
    createdBy: string
  },
): Promise<TImportRow> {
  const [row] = await tx.unsafe<TImportRow[]>(
    `insert into arrangement_imports (campaign_id, unit_id, storage_path, file_name, sheet_name, header_row, rows,
                                      valid_count, invalid_count, created_by)
     values ($1, $2, $3, $4, $5, $6, $7::text::jsonb, $8, $9, $10)
     returning ${IMPORT_COLUMNS}`,
    [input.campaignId, input.unitId, input.path, input.fileName, input.sheetName, input.headerRow, JSON.stringify(input.rows), input.valid, input.invalid, input.createdBy],
  )
  if (!row) throw new Error('insert into arrangement_imports returned nothing')
  return row
}

export async function markImportApplied(
  tx: TTx,
  input: { id: string; mode: 'all' | 'valid_only'; publish: boolean; activityIds: string[]; skipped: number; appliedBy: string },
): Promise<void> {
  await tx`
    update arrangement_imports
    set status = 'applied', applied_mode = ${input.mode}, applied_published = ${input.publish},
        applied_activity_ids = ${input.activityIds}::uuid[], applied_skipped = ${input.skipped},
        applied_at = now(), applied_by = ${input.appliedBy}
    where id = ${input.id}`
}

// The submission of 附件2 as a whole -----------------------------------------------------------

export type TSubmissionRow = {
  id: string
  status: 'draft' | 'submitted' | 'returned' | 'accepted'
  submitted_at: Date | null
  returned_at: Date | null
  return_reason: string | null
}

export async function findSubmission(tx: TTx, unitId: string, deadlineId: string, options: { lock: boolean }): Promise<TSubmissionRow | null> {
  const [row] = await tx.unsafe<TSubmissionRow[]>(
    `select id, status, submitted_at, returned_at, return_reason from unit_submissions
     where unit_id = $1 and deadline_id = $2${options.lock ? ' for update' : ''}`,
    [unitId, deadlineId],
  )
  return row ?? null
}

export async function saveSubmitted(
  tx: TTx,
  input: { campaignId: string; unitId: string; deadlineId: string; userId: string },
): Promise<TSubmissionRow> {
  const [row] = await tx<TSubmissionRow[]>`
    insert into unit_submissions (campaign_id, unit_id, deadline_id, kind, status, submitted_at, submitted_by)
    values (${input.campaignId}, ${input.unitId}, ${input.deadlineId}, 'activity_plan', 'submitted', now(), ${input.userId})
    on conflict (unit_id, deadline_id) do update
      set status = 'submitted', submitted_at = now(), submitted_by = excluded.submitted_by
    returning id, status, submitted_at, returned_at, return_reason`
  if (!row) throw new Error('unit_submissions upsert returned nothing')
  return row
}

/** Back to where it was before it was submitted: draft, or 已退回 when the organiser had returned it. */
export async function saveWithdrawn(tx: TTx, id: string): Promise<TSubmissionRow> {
  const [row] = await tx<TSubmissionRow[]>`
    update unit_submissions
    set status = case when returned_at is not null and return_reason is not null then 'returned' else 'draft' end::submission_status,
        submitted_at = null, submitted_by = null
    where id = ${id}
    returning id, status, submitted_at, returned_at, return_reason`
  if (!row) throw new Error('unit_submissions update returned nothing')
  return row
}
