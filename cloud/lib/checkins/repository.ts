import type { TRosterItem } from '../../../types/api/checkins'
import type { TCheckInState } from '../../../types/api/registrations'
import type { TTx } from '../db/client'
import { toCheckInState } from '../registrations/repository'

export type TScanAction = 'checked_in' | 'checked_out' | 'already_checked_out'

type TCheckInRow = { checked_in_at: Date; checked_out_at: Date | null; hours: string | null; auto_closed: boolean }

export async function canManageActivity(tx: TTx, activityId: string): Promise<boolean> {
  const [row] = await tx<{ allowed: boolean }[]>`select app_private.can_manage_activity(${activityId}) as allowed`
  return row?.allowed ?? false
}

export type TActivityTimes = { title: string; startsAt: Date; endsAt: Date }

/** The activity as the caller may see it (RLS), with its schedule. */
export async function findActivityTimes(tx: TTx, activityId: string): Promise<TActivityTimes | null> {
  const [row] = await tx<{ title: string; starts_at: Date; ends_at: Date }[]>`
    select title, starts_at, ends_at from activities where id = ${activityId}`
  return row ? { title: row.title, startsAt: row.starts_at, endsAt: row.ends_at } : null
}

/**
 * Serialises one person's scans at one activity: a scan sent twice at once is counted once (the
 * wrong-code limit is the shared rate limits' atomic counter). Released at the
 * end of the transaction.
 */
export async function lockPersonAtActivity(tx: TTx, userId: string, activityId: string): Promise<void> {
  await tx`select pg_advisory_xact_lock(hashtextextended(${`checkin:${userId}:${activityId}`}, 0))`
}

export type TScanRecord = { userId: string; activityId: string; scannedAt: Date; action: TScanAction }

export async function findScan(tx: TTx, scanId: string): Promise<TScanRecord | null> {
  const [row] = await tx<{ user_id: string; activity_id: string; scanned_at: Date; action: TScanAction }[]>`
    select user_id, activity_id, scanned_at, action from check_in_scans where id = ${scanId}`
  return row ? { userId: row.user_id, activityId: row.activity_id, scannedAt: row.scanned_at, action: row.action } : null
}

/** Remembers a counted scan by the id the phone gave it. */
export async function recordScan(
  tx: TTx,
  input: { scanId: string; userId: string; activityId: string; scannedAt: Date; queued: boolean; action: TScanAction },
): Promise<void> {
  await tx`
    insert into check_in_scans (id, user_id, activity_id, scanned_at, queued, action)
    values (${input.scanId}, ${input.userId}, ${input.activityId}, ${input.scannedAt}, ${input.queued}, ${input.action})`
}

/** The caller's own check-in at an activity (for answering a scan sent twice). */
export async function findMyCheckIn(tx: TTx, userId: string, activityId: string): Promise<TCheckInState | null> {
  const [row] = await tx<TCheckInRow[]>`
    select ci.checked_in_at, ci.checked_out_at, ci.hours, ci.auto_closed
    from check_ins ci join registrations r on r.id = ci.registration_id
    where r.activity_id = ${activityId} and r.user_id = ${userId} and r.status = 'confirmed'`
  return row ? toCheckInState(row) : null
}

export async function scanInSql(
  tx: TTx,
  input: { activityId: string; at: Date; latitude?: number; longitude?: number },
): Promise<{ action: TScanAction; checkIn: TCheckInState }> {
  const [row] = await tx<(TCheckInRow & { action: TScanAction })[]>`
    select s.action, (s.check_in).checked_in_at, (s.check_in).checked_out_at, (s.check_in).hours, (s.check_in).auto_closed
    from app_private.scan_check_in(${input.activityId}, ${input.at}, ${input.latitude ?? null}, ${input.longitude ?? null}) s`
  const checkIn = row ? toCheckInState(row) : null
  if (!row || !checkIn) throw new Error('scan_check_in returned nothing')
  return { action: row.action, checkIn }
}

type TRosterRow = {
  registration_id: string
  display_name: string
  real_name: string | null
  phone: string | null
  phone_masked: boolean
  status: 'confirmed' | 'waitlisted'
  waitlist_rank: number | null
  checked_in_at: Date | null
  checked_out_at: Date | null
  hours: string | null
  auto_closed: boolean | null
}

/**
 * Live registrations of an activity with names, phones and check-in state. RLS: its unit and
 * organisers. A phone number is given in full only where the unit needs it to reach the person
 * (app_private.roster_phone_visible: confirmed, from the day before until check-in closes); the
 * masking happens in SQL so a full number never leaves the database otherwise.
 */
export async function findRoster(tx: TTx, activityId: string, registrationId?: string): Promise<TRosterItem[]> {
  const rows = await tx<TRosterRow[]>`
    select r.id as registration_id, u.display_name, u.real_name,
           case when app_private.roster_phone_visible(r.status::text, a.starts_at, a.ends_at) then u.phone else app_private.mask_phone(u.phone) end as phone,
           u.phone is not null and not app_private.roster_phone_visible(r.status::text, a.starts_at, a.ends_at) as phone_masked,
           r.status,
           case when r.status = 'waitlisted' then app_private.waitlist_rank(r.id) end as waitlist_rank,
           ci.checked_in_at, ci.checked_out_at, ci.hours, ci.auto_closed
    from registrations r
    join activities a on a.id = r.activity_id
    join app_users u on u.id = r.user_id
    left join check_ins ci on ci.registration_id = r.id
    where r.activity_id = ${activityId} and r.status <> 'cancelled'
      ${registrationId ? tx`and r.id = ${registrationId}` : tx``}
    order by r.status, r.waitlist_position nulls first, r.created_at`
  return rows.map((row) => ({
    registrationId: row.registration_id,
    displayName: row.display_name,
    realName: row.real_name,
    phone: row.phone,
    phoneMasked: row.phone_masked,
    status: row.status,
    waitlistRank: row.waitlist_rank,
    checkIn: toCheckInState(row),
  }))
}

export async function findRegistrationActivity(
  tx: TTx,
  registrationId: string,
): Promise<{ activityId: string; campaignId: string; startsAt: Date; endsAt: Date } | null> {
  const [row] = await tx<{ activity_id: string; campaign_id: string; starts_at: Date; ends_at: Date }[]>`
    select r.activity_id, a.campaign_id, a.starts_at, a.ends_at from registrations r join activities a on a.id = r.activity_id
    where r.id = ${registrationId} and r.status = 'confirmed'`
  return row ? { activityId: row.activity_id, campaignId: row.campaign_id, startsAt: row.starts_at, endsAt: row.ends_at } : null
}

export async function findCheckIn(tx: TTx, registrationId: string): Promise<TCheckInRow | null> {
  const [row] = await tx<TCheckInRow[]>`
    select checked_in_at, checked_out_at, hours, auto_closed from check_ins where registration_id = ${registrationId} for update`
  return row ?? null
}

export async function upsertCheckIn(
  tx: TTx,
  input: { registrationId: string; checkedInAt: Date; checkedOutAt: Date | null; correctedBy: string; note: string },
): Promise<void> {
  await tx`
    insert into check_ins (registration_id, checked_in_at, checked_out_at, corrected_by, corrected_at, correction_note)
    values (${input.registrationId}, ${input.checkedInAt}, ${input.checkedOutAt}, ${input.correctedBy}, now(), ${input.note})
    on conflict (registration_id) do update set
      checked_in_at = excluded.checked_in_at, checked_out_at = excluded.checked_out_at, auto_closed = false,
      corrected_by = excluded.corrected_by, corrected_at = excluded.corrected_at, correction_note = excluded.correction_note`
}
