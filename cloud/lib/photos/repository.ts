import type { TTx } from '../db/client'

/** The photos domain's SQL: activity photos, their latest check, and the unit's photo return. */

export type TActivityUnit = { campaignId: string; unitId: string }
export type TManagedActivity = TActivityUnit & { title: string; startsAt: Date; endsAt: Date }

/** The activity, when the caller manages it (RLS + can_manage_activity). */
export async function findManagedActivity(tx: TTx, activityId: string): Promise<TManagedActivity | null> {
  const [row] = await tx<{ campaign_id: string; unit_id: string; title: string; starts_at: Date; ends_at: Date }[]>`
    select campaign_id, unit_id, title, starts_at, ends_at from activities
    where id = ${activityId} and app_private.can_manage_activity(id)`
  return row ? { campaignId: row.campaign_id, unitId: row.unit_id, title: row.title, startsAt: row.starts_at, endsAt: row.ends_at } : null
}

/** The photo already recorded for this stored object (if the caller may see it), with the digest and size its check was made on. */
export async function findPhotoByPath(tx: TTx, path: string): Promise<{ id: string; sha256: string; byteSize: number } | null> {
  const [row] = await tx<{ id: string; sha256: string; byte_size: number }[]>`
    select id, sha256, byte_size::int from photos where storage_path = ${path}`
  return row ? { id: row.id, sha256: row.sha256, byteSize: row.byte_size } : null
}

export async function insertPhoto(
  tx: TTx,
  input: TActivityUnit & { activityId: string; path: string; displayPath: string | null; sha256: string; byteSize: number; mimeType: string; uploadedBy: string },
): Promise<string> {
  const [row] = await tx<{ id: string }[]>`
    insert into photos (campaign_id, unit_id, purpose, activity_id, storage_path, display_path, sha256, byte_size, mime_type, uploaded_by)
    values (${input.campaignId}, ${input.unitId}, 'activity', ${input.activityId}, ${input.path}, ${input.displayPath}, ${input.sha256},
            ${input.byteSize}, ${input.mimeType}, ${input.uploadedBy})
    returning id`
  if (!row) throw new Error('photo not recorded')
  return row.id
}

export type TPhotoRow = {
  id: string
  activity_id: string | null
  unit_name: string
  storage_path: string
  display_path: string | null
  /** Who uploaded it: the one person who may be shown the original while no copy exists. */
  uploaded_by?: string | null
  byte_size: number
  width: number | null
  height: number | null
  created_at: Date
  handed_in_at: Date | null
  job_status: 'queued' | 'running' | 'done' | 'failed' | null
  /** The organiser's verdict when set, else the checker's. */
  verdict: 'passed' | 'failed' | 'needs_review' | 'error' | null
  reviewed: boolean
  /** The organiser's reason and when they decided (photo review), for the unit to read. */
  review_note: string | null
  reviewed_at: Date | null
  rules: unknown
  checked_at: Date | null
}

/** Activity photos with their latest check, as the caller may see them (RLS: the unit and organisers). */
export async function findPhotos(tx: TTx, filter: { activityId?: string; photoId?: string; unitId?: string; limit?: number }): Promise<TPhotoRow[]> {
  return tx<TPhotoRow[]>`
    select p.id, p.activity_id, u.name as unit_name, p.storage_path, p.display_path, p.uploaded_by, p.byte_size, p.width, p.height,
           p.created_at, p.handed_in_at, j.status as job_status,
           coalesce(r.review_verdict, r.verdict) as verdict, r.review_verdict is not null as reviewed,
           case when r.review_verdict is not null then r.review_note end as review_note,
           case when r.review_verdict is not null then r.reviewed_at end as reviewed_at, r.rules, r.checked_at
    from photos p
    join units u on u.id = p.unit_id
    left join photo_check_jobs j on j.photo_id = p.id
    left join lateral (
      select verdict, review_verdict, review_note, reviewed_at, rules, checked_at from photo_check_results r
      where r.photo_id = p.id order by checked_at desc limit 1
    ) r on true
    where p.purpose = 'activity'
      ${filter.activityId ? tx`and p.activity_id = ${filter.activityId}` : tx``}
      ${filter.photoId ? tx`and p.id = ${filter.photoId}` : tx``}
      ${filter.unitId ? tx`and p.unit_id = ${filter.unitId}` : tx``}
    order by p.created_at desc
    limit ${filter.limit ?? 100}`
}

// Deleting -----------------------------------------------------------------------------------

export type TPhotoToDelete = {
  id: string
  campaign_id: string
  unit_id: string
  storage_path: string
  display_path: string | null
  handed_in_at: Date | null
  /** The unit's photo return is submitted or accepted (then its photos stay). */
  return_locked: boolean
}

/**
 * The photo, locked for the delete. The return's state is read after the lock, so a submit that
 * got there first is seen; one that comes later finds the photo gone. The restrictive RLS policy
 * photos_keep_handed_in holds the same rule in the database.
 */
export async function lockPhotoToDelete(tx: TTx, photoId: string): Promise<TPhotoToDelete | null> {
  const [photo] = await tx<Omit<TPhotoToDelete, 'return_locked'>[]>`
    select id, campaign_id, unit_id, storage_path, display_path, handed_in_at
    from photos where id = ${photoId} and purpose = 'activity'
    for update`
  if (!photo) return null
  const [state] = await tx<{ locked: boolean }[]>`
    select exists (
      select 1 from unit_submissions
      where unit_id = ${photo.unit_id} and kind = 'photos' and status in ('submitted', 'accepted')
    ) as locked`
  return { ...photo, return_locked: state?.locked ?? false }
}

/** Removes the photo; its check jobs and results go with it (on delete cascade). */
export async function deletePhotoRow(tx: TTx, photoId: string): Promise<boolean> {
  const rows = await tx`delete from photos where id = ${photoId} returning id`
  return rows.length > 0
}

/** The upload's record goes too (only the uploader's own row is visible, by RLS; others stay, claimed and inert). */
export async function deleteUploadRecord(tx: TTx, path: string): Promise<void> {
  await tx`delete from storage_uploads where path = ${path}`
}

// The unit's photo return --------------------------------------------------------------------

export type TUnit = { id: string; name: string; campaign_id: string }

export async function findManagedUnit(tx: TTx, unitId: string): Promise<TUnit | null> {
  const [row] = await tx<TUnit[]>`
    select id, name, campaign_id from units where id = ${unitId} and app_private.can_manage_unit(id)`
  return row ?? null
}

export type TDeadline = { id: string; title: string; due_at: Date }

/** The campaign's photos deadline (the last one, should a campaign set several). */
export async function findPhotosDeadline(tx: TTx, campaignId: string): Promise<TDeadline | null> {
  const [row] = await tx<TDeadline[]>`
    select id, title, due_at from campaign_deadlines
    where campaign_id = ${campaignId} and kind = 'photos'
    order by due_at desc limit 1`
  return row ?? null
}

export type TSubmission = {
  id: string
  status: 'draft' | 'submitted' | 'returned' | 'accepted'
  submitted_at: Date | null
  returned_at: Date | null
  return_reason: string | null
}

export async function findSubmission(tx: TTx, unitId: string, deadlineId: string, options: { lock?: boolean } = {}): Promise<TSubmission | null> {
  const [row] = await tx<TSubmission[]>`
    select id, status, submitted_at, returned_at, return_reason from unit_submissions
    where unit_id = ${unitId} and deadline_id = ${deadlineId}
    ${options.lock ? tx`for update` : tx``}`
  return row ?? null
}

export type TUnitActivity = { id: string; title: string; starts_at: Date; ends_at: Date; status: 'draft' | 'published' | 'cancelled' }

/** The unit's activities that photos can belong to: started ones, and any that already have photos. */
export async function findUnitActivities(tx: TTx, unitId: string): Promise<TUnitActivity[]> {
  return tx<TUnitActivity[]>`
    select a.id, a.title, a.starts_at, a.ends_at, a.status
    from activities a
    where a.unit_id = ${unitId}
      and ((a.starts_at <= now() and a.status = 'published')
           or exists (select 1 from photos p where p.activity_id = a.id and p.purpose = 'activity'))
    order by a.starts_at desc, a.id
    limit 300`
}

export type THandinCandidate = {
  id: string
  activity_title: string | null
  activity_status: 'draft' | 'published' | 'cancelled' | null
  created_at: Date
  verdict: 'passed' | 'failed' | 'needs_review' | 'error' | null
  rules: unknown
}

/** The chosen photos that belong to the unit, with their verdict (the organiser's when set). */
export async function findHandinCandidates(tx: TTx, unitId: string, photoIds: string[]): Promise<THandinCandidate[]> {
  return tx<THandinCandidate[]>`
    select p.id, a.title as activity_title, a.status as activity_status, p.created_at,
           coalesce(r.review_verdict, r.verdict) as verdict, r.rules
    from photos p
    left join activities a on a.id = p.activity_id
    left join lateral (
      select verdict, review_verdict, rules from photo_check_results r
      where r.photo_id = p.id order by checked_at desc limit 1
    ) r on true
    where p.unit_id = ${unitId} and p.purpose = 'activity' and p.id = any(${photoIds}::uuid[])
    for update of p`
}

/** Exactly the chosen photos are handed in; the unit's others are not. */
export async function setHandedIn(tx: TTx, unitId: string, photoIds: string[]): Promise<void> {
  await tx`
    update photos set handed_in_at = case when id = any(${photoIds}::uuid[]) then coalesce(handed_in_at, now()) end
    where unit_id = ${unitId} and purpose = 'activity' and (handed_in_at is not null or id = any(${photoIds}::uuid[]))`
}

export async function clearHandedIn(tx: TTx, unitId: string): Promise<string[]> {
  const rows = await tx<{ id: string }[]>`
    update photos set handed_in_at = null where unit_id = ${unitId} and handed_in_at is not null returning id`
  return rows.map((r) => r.id)
}

/** Creates or updates the unit's photo return as submitted now, by `userId`. */
export async function saveSubmitted(tx: TTx, row: { campaignId: string; unitId: string; deadlineId: string; userId: string }): Promise<string> {
  const [saved] = await tx<{ id: string }[]>`
    insert into unit_submissions (campaign_id, unit_id, deadline_id, kind, status, submitted_at, submitted_by)
    values (${row.campaignId}, ${row.unitId}, ${row.deadlineId}, 'photos', 'submitted', now(), ${row.userId})
    on conflict (unit_id, deadline_id) do update
      set status = 'submitted', submitted_at = now(), submitted_by = excluded.submitted_by
    returning id`
  if (!saved) throw new Error('photo return not saved')
  return saved.id
}

export async function markWithdrawn(tx: TTx, submissionId: string): Promise<void> {
  await tx`update unit_submissions set status = 'draft' where id = ${submissionId}`
}
