import type {
  TActivityDetail,
  TActivitySummary,
  TDayCountsRequest,
  TDayCountsResponse,
  TListActivitiesRequest,
} from '../../../types/api/activities'
import type { TSignupState } from '../../../types/domain'
import type { TTx } from '../db/client'
import { toShanghaiIso } from '../time/shanghai'

export type TSummaryRow = {
  id: string
  campaign_id: string
  title: string
  category: TActivitySummary['category']
  starts_at: Date
  ends_at: Date
  location_name: string
  unit_name: string
  district_name: string | null
  capacity: number | null
  confirmed_count: number
  waitlist_count: number
  signup_state: TSignupState
  is_key_activity: boolean
  is_demo: boolean
}

type TDetailRow = TSummaryRow & {
  seq_no: number | null
  description: string
  address: string | null
  latitude: number | null
  longitude: number | null
  contact_name: string | null
  contact_phone: string | null
  signup_deadline: Date | null
  what_to_bring: string | null
  dress_code: string | null
  served_populations: TActivityDetail['servedPopulations']
  campaign_title: string
  campaign_theme: string | null
  status: TActivityDetail['status']
  may_see_contact: boolean
  can_manage: boolean
  cancel_cutoff_at: Date
  geofence_radius_m: number | null
  my_registration_id: string | null
  my_status: 'confirmed' | 'waitlisted' | null
  my_waitlist_rank: number | null
  my_checked_in_at: Date | null
  my_checked_out_at: Date | null
  my_hours: string | null
}

export type TActivityFilter = Omit<TListActivitiesRequest, 'cursor' | 'limit'> & {
  /** The last row of the previous page; `distance` only when ordering by distance ('Infinity' = no coordinates). */
  after?: { startsAt: Date; id: string; distance?: number }
  limit: number
}

/** The columns every activity list shows, including where sign-up stands right now. */
export const summaryColumns = (tx: TTx) => tx`
  a.id, a.campaign_id, a.title, a.category, a.starts_at, a.ends_at, a.location_name,
  u.name as unit_name, d.name as district_name, a.capacity, a.confirmed_count, a.waitlist_count,
  app_private.signup_state(a) as signup_state,
  a.is_key_activity, a.is_demo`

/** Shared WHERE conditions of the list and the day strip (RLS applies on top). */
function filterConditions(tx: TTx, filter: Omit<TActivityFilter, 'after' | 'limit' | 'lat' | 'lng'>) {
  // search_text is lower-cased in SQL; lower-casing the pattern here keeps the match case-insensitive.
  const pattern = filter.q ? `%${filter.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null
  const from = filter.day ?? filter.from
  const to = filter.day ?? filter.to
  return tx`
    a.status = 'published'
    ${filter.campaignId ? tx`and a.campaign_id = ${filter.campaignId}` : tx``}
    ${filter.category ? tx`and a.category = ${filter.category}` : tx``}
    ${filter.unitId ? tx`and a.unit_id = ${filter.unitId}` : tx``}
    ${filter.districtId ? tx`and u.district_id = ${filter.districtId}` : tx``}
    ${to ? tx`and a.starts_at < ((${to}::date + 1)::timestamp at time zone 'Asia/Shanghai')` : tx``}
    ${from ? tx`and a.ends_at > (${from}::date::timestamp at time zone 'Asia/Shanghai')` : tx``}
    ${pattern
      ? tx`and (a.search_text like ${pattern} or a.unit_id in (select id from units where name ilike ${pattern}))`
      : tx``}
    ${statusCondition(tx, filter.status)}`
}

function statusCondition(tx: TTx, status: TActivityFilter['status']) {
  const full = tx`a.capacity is not null and a.confirmed_count >= a.capacity`
  switch (status) {
    case 'open':
      return tx`and a.ends_at > now() and now() < coalesce(a.signup_deadline, a.starts_at) and not (${full})`
    case 'full':
      return tx`and a.ends_at > now() and ${full}`
    case 'waitlist':
      return tx`and a.ends_at > now() and now() < coalesce(a.signup_deadline, a.starts_at) and ${full}`
    case 'ended':
      return tx`and a.ends_at <= now()`
    default:
      return tx``
  }
}

export const toSummary = (row: TSummaryRow): TActivitySummary => ({
  id: row.id,
  campaignId: row.campaign_id,
  title: row.title,
  category: row.category,
  startsAt: toShanghaiIso(row.starts_at),
  endsAt: toShanghaiIso(row.ends_at),
  locationName: row.location_name,
  unitName: row.unit_name,
  districtName: row.district_name,
  capacity: row.capacity,
  confirmedCount: row.confirmed_count,
  waitlistCount: row.waitlist_count,
  signupState: row.signup_state,
  isKeyActivity: row.is_key_activity,
  isDemo: row.is_demo,
})

/**
 * Published activities, keyset-paginated. RLS applies. In start order on (starts_at, id); with a
 * position (离我最近) on (distance, starts_at, id), where an activity without coordinates counts as
 * infinitely far, so those come last and still page in a stable order.
 */
export async function findActivities(tx: TTx, filter: TActivityFilter): Promise<Array<TActivitySummary & { sortDistance?: number }>> {
  const { lat, lng } = filter
  if (lat === undefined || lng === undefined) {
    const rows = await tx<TSummaryRow[]>`
      select ${summaryColumns(tx)}
      from activities a
      join units u on u.id = a.unit_id
      left join districts d on d.id = u.district_id
      where ${filterConditions(tx, filter)}
        ${filter.after ? tx`and (a.starts_at, a.id) > (${filter.after.startsAt}, ${filter.after.id})` : tx``}
      order by a.starts_at, a.id
      limit ${filter.limit}`
    return rows.map(toSummary)
  }
  // Great-circle (haversine) metres; enough to rank places within a city, and no PostGIS needed.
  const rows = await tx<(TSummaryRow & { sort_distance: number })[]>`
    select ${summaryColumns(tx)}, g.sort_distance
    from activities a
    join units u on u.id = a.unit_id
    left join districts d on d.id = u.district_id
    cross join lateral (
      select coalesce(
        2 * 6371000 * asin(sqrt(
          power(sin(radians(a.latitude - ${lat}::float8) / 2), 2)
          + cos(radians(${lat}::float8)) * cos(radians(a.latitude)) * power(sin(radians(a.longitude - ${lng}::float8) / 2), 2))),
        'Infinity'::float8) as sort_distance
    ) g
    where ${filterConditions(tx, filter)}
      ${filter.after
        ? tx`and (g.sort_distance, a.starts_at, a.id) > (${String(filter.after.distance ?? 'Infinity')}::float8, ${filter.after.startsAt}, ${filter.after.id})`
        : tx``}
    order by g.sort_distance, a.starts_at, a.id
    limit ${filter.limit}`
  return rows.map((row) => ({
    ...toSummary(row),
    distanceM: Number.isFinite(row.sort_distance) ? Math.round(row.sort_distance) : null,
    // The exact sort value, for the next page's cursor only.
    sortDistance: row.sort_distance,
  }))
}

/** How many matching activities run on each day (an activity spanning two days counts on both). */
export async function countActivitiesPerDay(tx: TTx, filter: TDayCountsRequest): Promise<TDayCountsResponse['days']> {
  return tx<TDayCountsResponse['days']>`
    select day::date::text as date, count(*)::int as count
    from activities a
    join units u on u.id = a.unit_id
    cross join lateral generate_series(
      (a.starts_at at time zone 'Asia/Shanghai')::date,
      ((a.ends_at - interval '1 second') at time zone 'Asia/Shanghai')::date,
      interval '1 day') as day
    where ${filterConditions(tx, filter)}
    group by 1
    order by 1`
}

/** One activity as the caller may see it, or null. The contact phone stays masked for strangers. */
export async function findActivityDetail(tx: TTx, id: string): Promise<TActivityDetail | null> {
  const [row] = await tx<TDetailRow[]>`
    select ${summaryColumns(tx)}, a.seq_no, a.description, a.address, a.latitude, a.longitude,
           a.contact_name, a.contact_phone, a.signup_deadline, a.what_to_bring, a.dress_code,
           a.served_populations::text[] as served_populations, c.title as campaign_title,
           c.theme as campaign_theme, a.status, a.geofence_radius_m,
           a.starts_at - make_interval(mins => a.cancel_cutoff_minutes) as cancel_cutoff_at,
           app_private.can_manage_activity(a.id) as can_manage,
           (app_private.can_manage_activity(a.id) or r.id is not null) as may_see_contact,
           r.id as my_registration_id, r.status as my_status,
           case when r.status = 'waitlisted' then app_private.waitlist_rank(r.id) end as my_waitlist_rank,
           ci.checked_in_at as my_checked_in_at, ci.checked_out_at as my_checked_out_at, ci.hours as my_hours
    from activities a
    join units u on u.id = a.unit_id
    left join districts d on d.id = u.district_id
    join campaigns c on c.id = a.campaign_id
    left join registrations r on r.activity_id = a.id and r.user_id = auth.uid() and r.status <> 'cancelled'
    left join check_ins ci on ci.registration_id = r.id
    where a.id = ${id}`
  if (!row) return null
  return {
    ...toSummary(row),
    seqNo: row.seq_no,
    description: row.description,
    address: row.address,
    latitude: row.latitude,
    longitude: row.longitude,
    contactName: row.contact_name,
    contactPhone: row.may_see_contact ? row.contact_phone : maskPhone(row.contact_phone),
    signupDeadline: row.signup_deadline ? toShanghaiIso(row.signup_deadline) : null,
    whatToBring: row.what_to_bring,
    dressCode: row.dress_code,
    servedPopulations: row.served_populations,
    campaignTitle: row.campaign_title,
    campaignTheme: row.campaign_theme,
    status: row.status,
    cancelCutoffAt: toShanghaiIso(row.cancel_cutoff_at),
    geofenceRadiusM: row.geofence_radius_m,
    canManage: row.can_manage,
    myRegistration:
      row.my_registration_id && row.my_status
        ? {
            id: row.my_registration_id,
            status: row.my_status,
            waitlistRank: row.my_waitlist_rank,
            checkedInAt: row.my_checked_in_at ? toShanghaiIso(row.my_checked_in_at) : null,
            checkedOutAt: row.my_checked_out_at ? toShanghaiIso(row.my_checked_out_at) : null,
            hours: row.my_hours === null ? null : Number(row.my_hours),
          }
        : null,
  }
}

/** 13800001234 → 138****1234; landlines keep only their last four digits. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return null
  const digits = phone.replace(/\D/g, '')
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(7)}`
  return digits.length > 4 ? `****${digits.slice(-4)}` : '****'
}
