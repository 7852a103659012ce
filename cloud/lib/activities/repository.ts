import type { TActivityDetail, TActivitySummary, TListActivitiesRequest } from '../../../types/api/activities'
import type { TTx } from '../db/client'
import { toShanghaiIso } from '../time/shanghai'

type TSummaryRow = {
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
}

export type TActivityFilter = Omit<TListActivitiesRequest, 'cursor' | 'limit'> & {
  after?: { startsAt: Date; id: string }
  limit: number
}

const toSummary = (row: TSummaryRow): TActivitySummary => ({
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
  isKeyActivity: row.is_key_activity,
  isDemo: row.is_demo,
})

/** Published activities in start order, keyset-paginated on (starts_at, id). RLS applies. */
export async function findActivities(tx: TTx, filter: TActivityFilter): Promise<TActivitySummary[]> {
  const pattern = filter.q ? `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null
  const rows = await tx<TSummaryRow[]>`
    select a.id, a.campaign_id, a.title, a.category, a.starts_at, a.ends_at, a.location_name,
           u.name as unit_name, d.name as district_name, a.capacity, a.confirmed_count,
           a.is_key_activity, a.is_demo
    from activities a
    join units u on u.id = a.unit_id
    left join districts d on d.id = u.district_id
    where a.status = 'published'
      ${filter.campaignId ? tx`and a.campaign_id = ${filter.campaignId}` : tx``}
      ${filter.category ? tx`and a.category = ${filter.category}` : tx``}
      ${filter.unitId ? tx`and a.unit_id = ${filter.unitId}` : tx``}
      ${filter.districtId ? tx`and u.district_id = ${filter.districtId}` : tx``}
      ${filter.day
        ? tx`and a.starts_at < ((${filter.day}::date + 1)::timestamp at time zone 'Asia/Shanghai')
             and a.ends_at > (${filter.day}::date::timestamp at time zone 'Asia/Shanghai')`
        : tx``}
      ${pattern
        ? tx`and (a.title ilike ${pattern} or a.description ilike ${pattern}
                  or a.location_name ilike ${pattern} or u.name ilike ${pattern})`
        : tx``}
      ${filter.after ? tx`and (a.starts_at, a.id) > (${filter.after.startsAt}, ${filter.after.id})` : tx``}
    order by a.starts_at, a.id
    limit ${filter.limit}`
  return rows.map(toSummary)
}

/** One activity as the caller may see it, or null. The contact phone stays masked for strangers. */
export async function findActivityDetail(tx: TTx, id: string): Promise<TActivityDetail | null> {
  const [row] = await tx<TDetailRow[]>`
    select a.id, a.campaign_id, a.title, a.category, a.starts_at, a.ends_at, a.location_name,
           u.name as unit_name, d.name as district_name, a.capacity, a.confirmed_count,
           a.is_key_activity, a.is_demo, a.seq_no, a.description, a.address, a.latitude, a.longitude,
           a.contact_name, a.contact_phone, a.signup_deadline, a.what_to_bring, a.dress_code,
           a.served_populations::text[] as served_populations, c.title as campaign_title,
           c.theme as campaign_theme, a.status,
           (app_private.can_manage_activity(a.id) or exists (
             select 1 from registrations r
             where r.activity_id = a.id and r.user_id = auth.uid() and r.status <> 'cancelled'
           )) as may_see_contact
    from activities a
    join units u on u.id = a.unit_id
    left join districts d on d.id = u.district_id
    join campaigns c on c.id = a.campaign_id
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
  }
}

/** 13800001234 → 138****1234; landlines keep only their last four digits. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return null
  const digits = phone.replace(/\D/g, '')
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(7)}`
  return digits.length > 4 ? `****${digits.slice(-4)}` : '****'
}
