import type { TCheckInState, TMyRegistrationItem, TRegistration } from '../../../types/api/registrations'
import { summaryColumns, toSummary, type TSummaryRow } from '../activities/repository'
import type { TSessionClaims } from '../auth/session-token'
import type { TTx } from '../db/client'
import { uuidLiteral, withUserStatement } from '../db/transaction'
import { toShanghaiIso } from '../time/shanghai'

export type TRegistrationRow = {
  id: string
  activity_id: string
  status: TRegistration['status']
  waitlist_position: number | null
  created_at: Date
  cancelled_at: Date | null
}

export function toRegistration(row: TRegistrationRow, waitlistRank: number | null): TRegistration {
  return {
    id: row.id,
    activityId: row.activity_id,
    status: row.status,
    waitlistRank,
    createdAt: toShanghaiIso(row.created_at),
    cancelledAt: row.cancelled_at ? toShanghaiIso(row.cancelled_at) : null,
  }
}

/**
 * Signs the caller up in SQL (capacity, waitlist, overlap, deadlines: see the migrations). One
 * statement in one round trip that also returns the counts and the rank: the activity's row lock
 * is released the moment the function returns (see withUserStatement).
 */
export async function registerInSql(
  session: TSessionClaims,
  activityId: string,
): Promise<{ row: TRegistrationRow; confirmedCount: number; waitlistCount: number; waitlistRank: number | null }> {
  const [result] = await withUserStatement<TRegistrationRow & { confirmed_count: number; waitlist_count: number; waitlist_rank: number | null }>(
    session,
    `select (s.registration).id, (s.registration).activity_id, (s.registration).status,
            (s.registration).waitlist_position, (s.registration).created_at, (s.registration).cancelled_at,
            s.confirmed_count, s.waitlist_count, s.waitlist_rank
     from app_private.register_for_activity(${uuidLiteral(activityId)}) s`,
  )
  if (!result) throw new Error('register_for_activity returned nothing')
  const { confirmed_count, waitlist_count, waitlist_rank, ...row } = result
  return { row, confirmedCount: confirmed_count, waitlistCount: waitlist_count, waitlistRank: waitlist_rank }
}

export async function cancelInSql(tx: TTx, registrationId: string): Promise<{ row: TRegistrationRow; promotedId: string | null }> {
  const [result] = await tx<(TRegistrationRow & { promoted_id: string | null })[]>`
    select (c.registration).id, (c.registration).activity_id, (c.registration).status,
           (c.registration).waitlist_position, (c.registration).created_at, (c.registration).cancelled_at,
           c.promoted_id
    from app_private.cancel_registration(${registrationId}) c`
  if (!result) throw new Error('cancel_registration returned nothing')
  const { promoted_id, ...row } = result
  return { row, promotedId: promoted_id }
}

type TMyRow = TSummaryRow & {
  registration_id: string
  registration_status: TRegistration['status']
  waitlist_rank: number | null
  registered_at: Date
  cancelled_at: Date | null
  checked_in_at: Date | null
  checked_out_at: Date | null
  hours: string | null
  auto_closed: boolean | null
}

export function toCheckInState(row: { checked_in_at: Date | null; checked_out_at: Date | null; hours: string | number | null; auto_closed: boolean | null }): TCheckInState | null {
  if (!row.checked_in_at) return null
  return {
    checkedInAt: toShanghaiIso(row.checked_in_at),
    checkedOutAt: row.checked_out_at ? toShanghaiIso(row.checked_out_at) : null,
    hours: row.hours === null ? null : Number(row.hours),
    autoClosed: row.auto_closed ?? false,
  }
}

/** 我的活动: upcoming (confirmed, not yet over), waitlisted, past (over, with hours). */
export async function findMyRegistrations(tx: TTx, userId: string, tab: 'upcoming' | 'waitlisted' | 'past'): Promise<TMyRegistrationItem[]> {
  const condition = {
    upcoming: tx`r.status = 'confirmed' and a.ends_at > now()`,
    waitlisted: tx`r.status = 'waitlisted' and a.ends_at > now()`,
    past: tx`r.status = 'confirmed' and a.ends_at <= now()`,
  }[tab]
  const rows = await tx<TMyRow[]>`
    select ${summaryColumns(tx)},
           r.id as registration_id, r.status as registration_status, r.created_at as registered_at, r.cancelled_at,
           case when r.status = 'waitlisted' then app_private.waitlist_rank(r.id) end as waitlist_rank,
           ci.checked_in_at, ci.checked_out_at, ci.hours, ci.auto_closed
    from registrations r
    join activities a on a.id = r.activity_id
    join units u on u.id = a.unit_id
    left join districts d on d.id = u.district_id
    left join check_ins ci on ci.registration_id = r.id
    where r.user_id = ${userId} and ${condition}
    order by ${tab === 'past' ? tx`a.starts_at desc` : tx`a.starts_at`}
    limit 200`
  return rows.map((row) => ({
    registration: {
      id: row.registration_id,
      activityId: row.id,
      status: row.registration_status,
      waitlistRank: row.waitlist_rank,
      createdAt: toShanghaiIso(row.registered_at),
      cancelledAt: row.cancelled_at ? toShanghaiIso(row.cancelled_at) : null,
    },
    activity: toSummary(row),
    checkIn: toCheckInState(row),
  }))
}
