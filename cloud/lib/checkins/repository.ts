import type { TRosterItem } from '../../../types/api/checkins'
import type { TCheckInState } from '../../../types/api/registrations'
import type { TTx } from '../db/client'
import { toCheckInState } from '../registrations/repository'

type TCheckInRow = { checked_in_at: Date; checked_out_at: Date | null; hours: string | null; auto_closed: boolean }

export async function canManageActivity(tx: TTx, activityId: string): Promise<boolean> {
  const [row] = await tx<{ allowed: boolean }[]>`select app_private.can_manage_activity(${activityId}) as allowed`
  return row?.allowed ?? false
}

export async function findActivityTitle(tx: TTx, activityId: string): Promise<string | null> {
  const [row] = await tx<{ title: string }[]>`select title from activities where id = ${activityId}`
  return row?.title ?? null
}

export async function scanInSql(
  tx: TTx,
  input: { activityId: string; latitude?: number; longitude?: number },
): Promise<{ action: 'checked_in' | 'checked_out' | 'already_checked_out'; checkIn: TCheckInState }> {
  const [row] = await tx<(TCheckInRow & { action: 'checked_in' | 'checked_out' | 'already_checked_out' })[]>`
    select s.action, (s.check_in).checked_in_at, (s.check_in).checked_out_at, (s.check_in).hours, (s.check_in).auto_closed
    from app_private.scan_check_in(${input.activityId}, now(), ${input.latitude ?? null}, ${input.longitude ?? null}) s`
  const checkIn = row ? toCheckInState(row) : null
  if (!row || !checkIn) throw new Error('scan_check_in returned nothing')
  return { action: row.action, checkIn }
}

type TRosterRow = {
  registration_id: string
  display_name: string
  real_name: string | null
  phone: string | null
  status: 'confirmed' | 'waitlisted'
  waitlist_rank: number | null
  checked_in_at: Date | null
  checked_out_at: Date | null
  hours: string | null
  auto_closed: boolean | null
}

/** Live registrations of an activity with names, phones and check-in state. RLS: its unit and organisers. */
export async function findRoster(tx: TTx, activityId: string, registrationId?: string): Promise<TRosterItem[]> {
  const rows = await tx<TRosterRow[]>`
    select r.id as registration_id, u.display_name, u.real_name, u.phone, r.status,
           case when r.status = 'waitlisted' then app_private.waitlist_rank(r.id) end as waitlist_rank,
           ci.checked_in_at, ci.checked_out_at, ci.hours, ci.auto_closed
    from registrations r
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
    status: row.status,
    waitlistRank: row.waitlist_rank,
    checkIn: toCheckInState(row),
  }))
}

export async function findRegistrationActivity(tx: TTx, registrationId: string): Promise<{ activityId: string; campaignId: string } | null> {
  const [row] = await tx<{ activity_id: string; campaign_id: string }[]>`
    select r.activity_id, a.campaign_id from registrations r join activities a on a.id = r.activity_id
    where r.id = ${registrationId} and r.status = 'confirmed'`
  return row ? { activityId: row.activity_id, campaignId: row.campaign_id } : null
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
