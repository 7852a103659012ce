import type { TActivityInput, TActivityStatus, TActivityValues, TUnitActivityItem, TUnitContext } from '../../../types/api/unit-activities'
import type { TTx } from '../db/client'
import { toShanghaiIso } from '../time/shanghai'

/**
 * All SQL of activity management: a unit's own activities (drafts and withdrawn ones included),
 * read and written as the caller, so row-level security decides whose rows these are.
 */

type TUnitContextRow = {
  unit_id: string
  unit_name: string
  campaign_id: string
  campaign_title: string
  period_start: string
  period_end: string
  is_year_round: boolean
  can_manage: boolean
}

const unitContextColumns = (tx: TTx) => tx`
  u.id as unit_id, u.name as unit_name, c.id as campaign_id, c.title as campaign_title,
  c.period_start::text as period_start, c.period_end::text as period_end, c.is_year_round,
  app_private.can_manage_unit(u.id) as can_manage`

function toUnitContext(row: TUnitContextRow): TUnitContext {
  return {
    unitId: row.unit_id,
    unitName: row.unit_name,
    campaignId: row.campaign_id,
    campaignTitle: row.campaign_title,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    // 晋城: 3月5日启动，贯穿全年 — set by the organiser (campaign set-up), not guessed from the length.
    yearRound: row.is_year_round,
  }
}

/** The unit as the caller sees it (RLS: units of visible campaigns), and whether they manage it. */
export async function findUnitContext(tx: TTx, unitId: string): Promise<{ unit: TUnitContext; canManage: boolean } | null> {
  const [row] = await tx<TUnitContextRow[]>`
    select ${unitContextColumns(tx)}
    from units u join campaigns c on c.id = u.campaign_id
    where u.id = ${unitId}`
  return row ? { unit: toUnitContext(row), canManage: row.can_manage } : null
}

type TUnitActivityRow = {
  id: string
  seq_no: number | null
  title: string
  starts_at: Date
  ends_at: Date
  location_name: string
  category: TUnitActivityItem['category']
  status: TActivityStatus
  is_key_activity: boolean
  capacity: number | null
  confirmed_count: number
  waitlist_count: number
}

/** Every activity of the unit the caller may see (its own: all of them, drafts included). */
export async function findUnitActivities(tx: TTx, unitId: string): Promise<TUnitActivityItem[]> {
  const rows = await tx<TUnitActivityRow[]>`
    select id, seq_no, title, starts_at, ends_at, location_name, category, status, is_key_activity,
           capacity, confirmed_count, waitlist_count
    from activities
    where unit_id = ${unitId}
    order by seq_no nulls last, starts_at, id
    limit 1000`
  return rows.map((row) => ({
    id: row.id,
    seqNo: row.seq_no,
    title: row.title,
    startsAt: toShanghaiIso(row.starts_at),
    endsAt: toShanghaiIso(row.ends_at),
    locationName: row.location_name,
    category: row.category,
    status: row.status,
    isKeyActivity: row.is_key_activity,
    capacity: row.capacity,
    confirmedCount: row.confirmed_count,
    waitlistCount: row.waitlist_count,
  }))
}

export type TManagedRow = TUnitContextRow & {
  id: string
  seq_no: number | null
  title: string
  description: string
  starts_at: Date
  ends_at: Date
  location_name: string
  address: string | null
  latitude: number | null
  longitude: number | null
  geofence_radius_m: number | null
  contact_name: string | null
  contact_phone: string | null
  category: TActivityValues['category']
  served_populations: TActivityValues['servedPopulations']
  served_other: string | null
  is_key_activity: boolean
  co_organisers: string[]
  capacity: number | null
  signup_deadline: Date | null
  what_to_bring: string | null
  dress_code: string | null
  status: TActivityStatus
  confirmed_count: number
  waitlist_count: number
  change_no: number
  withdrawn_at: Date | null
  withdrawn_reason: string | null
  created_at: Date
  updated_at: Date
}

export function toUnitContextOf(row: TManagedRow): TUnitContext {
  return toUnitContext(row)
}

export function toValues(row: TManagedRow): TActivityValues {
  return {
    seqNo: row.seq_no,
    title: row.title,
    description: row.description,
    startsAt: toShanghaiIso(row.starts_at),
    endsAt: toShanghaiIso(row.ends_at),
    locationName: row.location_name,
    address: row.address,
    latitude: row.latitude,
    longitude: row.longitude,
    geofenceRadiusM: row.geofence_radius_m,
    contactName: row.contact_name ?? '',
    contactPhone: row.contact_phone ?? '',
    category: row.category,
    servedPopulations: row.served_populations,
    servedOther: row.served_other,
    isKeyActivity: row.is_key_activity,
    coOrganisers: row.co_organisers,
    capacity: row.capacity,
    signupDeadline: row.signup_deadline ? toShanghaiIso(row.signup_deadline) : null,
    whatToBring: row.what_to_bring,
    dressCode: row.dress_code,
  }
}

/**
 * One activity with its unit and campaign, as the caller sees it: another unit's published
 * activity is visible (and `can_manage` false), another unit's draft is not there at all (RLS).
 * `lock` takes the row lock that sign-ups take too, so counts cannot move while we decide.
 */
export async function findManagedActivity(tx: TTx, id: string, options: { lock?: boolean } = {}): Promise<TManagedRow | null> {
  const [row] = await tx<TManagedRow[]>`
    select a.id, a.seq_no, a.title, a.description, a.starts_at, a.ends_at, a.location_name, a.address,
           a.latitude, a.longitude, a.geofence_radius_m, a.contact_name, a.contact_phone, a.category,
           a.served_populations::text[] as served_populations, a.served_other, a.is_key_activity, a.co_organisers,
           a.capacity, a.signup_deadline, a.what_to_bring, a.dress_code, a.status, a.confirmed_count,
           a.waitlist_count, a.change_no, a.withdrawn_at, a.withdrawn_reason, a.created_at, a.updated_at,
           ${unitContextColumns(tx)}
    from activities a
    join units u on u.id = a.unit_id
    join campaigns c on c.id = a.campaign_id
    where a.id = ${id}
    ${options.lock ? tx`for update of a` : tx``}`
  return row ?? null
}

/**
 * The next 序号 of the unit. A transaction-scoped advisory lock per unit makes two activities
 * created at the same moment take different numbers.
 */
export async function nextSeqNo(tx: TTx, unitId: string): Promise<number> {
  await tx`select pg_advisory_xact_lock(hashtext('activity-seq:' || ${unitId}))`
  const [row] = await tx<{ next: number }[]>`
    select coalesce(max(seq_no), 0)::int + 1 as next from activities where unit_id = ${unitId}`
  return row?.next ?? 1
}

/** The title of another activity of the unit that already has this 序号, if any. */
export async function findSeqNoHolder(tx: TTx, unitId: string, seqNo: number, exceptId: string | null): Promise<string | null> {
  const [row] = await tx<{ title: string }[]>`
    select title from activities
    where unit_id = ${unitId} and seq_no = ${seqNo} and status <> 'cancelled'
      ${exceptId ? tx`and id <> ${exceptId}` : tx``}
    limit 1`
  return row?.title ?? null
}

function columnsOf(input: TActivityInput & { seqNo: number }) {
  return {
    seq_no: input.seqNo,
    title: input.title,
    description: input.description,
    starts_at: new Date(input.startsAt),
    ends_at: new Date(input.endsAt),
    location_name: input.locationName,
    address: input.address,
    latitude: input.latitude,
    longitude: input.longitude,
    geofence_radius_m: input.geofenceRadiusM,
    contact_name: input.contactName,
    contact_phone: input.contactPhone,
    category: input.category,
    served_other: input.servedPopulations.includes('other') ? input.servedOther : null,
    is_key_activity: input.isKeyActivity,
    co_organisers: input.coOrganisers,
    capacity: input.capacity,
    signup_deadline: input.signupDeadline ? new Date(input.signupDeadline) : null,
    what_to_bring: input.whatToBring,
    dress_code: input.dressCode,
  }
}

/** Inserts as the caller (RLS activities_insert: only a unit the caller manages). */
export async function insertActivity(
  tx: TTx,
  input: TActivityInput & { seqNo: number },
  meta: { campaignId: string; unitId: string; status: TActivityStatus; createdBy: string },
): Promise<string> {
  const c = columnsOf(input)
  const [row] = await tx<{ id: string }[]>`
    insert into activities (
      campaign_id, unit_id, status, created_by, seq_no, title, description, starts_at, ends_at, location_name,
      address, latitude, longitude, geofence_radius_m, contact_name, contact_phone, category, served_populations,
      served_other, is_key_activity, co_organisers, capacity, signup_deadline, what_to_bring, dress_code)
    values (
      ${meta.campaignId}, ${meta.unitId}, ${meta.status}, ${meta.createdBy}, ${c.seq_no}, ${c.title}, ${c.description},
      ${c.starts_at}, ${c.ends_at}, ${c.location_name}, ${c.address}, ${c.latitude}, ${c.longitude}, ${c.geofence_radius_m},
      ${c.contact_name}, ${c.contact_phone}, ${c.category}, ${input.servedPopulations}::text[]::served_population[],
      ${c.served_other}, ${c.is_key_activity}, ${c.co_organisers}, ${c.capacity}, ${c.signup_deadline}, ${c.what_to_bring},
      ${c.dress_code})
    returning id`
  if (!row) throw new Error('activity not inserted')
  return row.id
}

/** Updates as the caller (RLS activities_update). `bumpChange` numbers a change volunteers are told of. */
export async function updateActivity(
  tx: TTx,
  id: string,
  input: TActivityInput & { seqNo: number },
  meta: { status: TActivityStatus; bumpChange: boolean },
): Promise<void> {
  const columns = columnsOf(input)
  await tx`
    update activities set ${tx(columns)},
      served_populations = ${input.servedPopulations}::text[]::served_population[],
      status = ${meta.status},
      change_no = change_no + ${meta.bumpChange ? 1 : 0}
    where id = ${id}`
}

/** Queues one activity_changed message per person signed up (SQL function; once per change). */
export async function queueChangeNotices(tx: TTx, id: string, change: string): Promise<number> {
  const [row] = await tx<{ count: number }[]>`select app_private.notify_activity_changed(${id}, ${change}) as count`
  return row?.count ?? 0
}

/** Promotes people waiting into seats a larger capacity freed (SQL function). */
export async function fillFreedSeats(tx: TTx, id: string): Promise<number> {
  const [row] = await tx<{ count: number }[]>`select app_private.fill_freed_seats(${id}) as count`
  return row?.count ?? 0
}

/** 撤回 in SQL: the activity, its live sign-ups and their messages, in this transaction. */
export async function withdrawInSql(tx: TTx, id: string, reason: string): Promise<number> {
  const [row] = await tx<{ count: number }[]>`select app_private.withdraw_activity(${id}, ${reason}) as count`
  return row?.count ?? 0
}
