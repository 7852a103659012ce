import type { TTx } from '../db/client'
import type { TDeliverableRow } from '../submissions/deliverable-row'

export type { TDeliverableRow }

/** Every deliverable of one unit (or, with unitId null, of every unit of the campaign) at `now`. */
export async function findDeliverables(tx: TTx, campaignId: string, unitId: string | null, now: Date): Promise<TDeliverableRow[]> {
  return tx<TDeliverableRow[]>`select * from app_private.unit_deliverables(${campaignId}, ${unitId}, ${now})`
}

export type TUnitHeaderRow = {
  id: string
  name: string
  district_name: string | null
  campaign_id: string
  campaign_title: string
  campaign_theme: string | null
  period_start: string
  period_end: string
  can_manage: boolean
}

/** The unit as the caller may see it (units are public while their campaign is), and whether they may manage it. */
export async function findUnitHeader(tx: TTx, unitId: string): Promise<TUnitHeaderRow | null> {
  const [row] = await tx<TUnitHeaderRow[]>`
    select u.id, u.name, d.name as district_name, c.id as campaign_id, c.title as campaign_title, c.theme as campaign_theme,
           c.period_start::text as period_start, c.period_end::text as period_end,
           app_private.can_manage_unit(u.id) as can_manage
    from units u
    join campaigns c on c.id = u.campaign_id
    left join districts d on d.id = u.district_id
    where u.id = ${unitId}`
  return row ?? null
}

export type TUnitActivityRow = {
  id: string
  title: string
  starts_at: Date
  ends_at: Date
  location_name: string
  status: 'draft' | 'published' | 'cancelled'
  is_key_activity: boolean
  confirmed_count: number
  waitlist_count: number
  capacity: number | null
  is_today: boolean
  has_started: boolean
  photos_total: number
  photos_passed: number
  photos_review: number
  photos_failed: number
  photos_checking: number
}

/** Every activity of the unit (row-level security shows drafts and withdrawn ones to its managers) with photo verdict counts. */
export async function findUnitActivities(tx: TTx, unitId: string, now: Date): Promise<TUnitActivityRow[]> {
  return tx<TUnitActivityRow[]>`
    select a.id, a.title, a.starts_at, a.ends_at, a.location_name, a.status, a.is_key_activity,
           a.confirmed_count, a.waitlist_count, a.capacity,
           a.status = 'published'
             and (a.starts_at at time zone 'Asia/Shanghai')::date <= (${now}::timestamptz at time zone 'Asia/Shanghai')::date
             and (a.ends_at at time zone 'Asia/Shanghai')::date >= (${now}::timestamptz at time zone 'Asia/Shanghai')::date as is_today,
           a.starts_at <= ${now} as has_started,
           coalesce(ph.total, 0) as photos_total, coalesce(ph.passed, 0) as photos_passed,
           coalesce(ph.review, 0) as photos_review, coalesce(ph.failed, 0) as photos_failed,
           coalesce(ph.checking, 0) as photos_checking
    from activities a
    left join lateral (
      select count(*)::int as total,
             count(*) filter (where v.verdict = 'passed')::int as passed,
             count(*) filter (where v.verdict in ('needs_review', 'error'))::int as review,
             count(*) filter (where v.verdict = 'failed')::int as failed,
             count(*) filter (where v.verdict is null)::int as checking
      from photos p
      left join lateral (
        select coalesce(r.review_verdict, r.verdict) as verdict
        from photo_check_results r where r.photo_id = p.id
        order by r.checked_at desc limit 1
      ) v on true
      where p.activity_id = a.id and p.purpose = 'activity'
    ) ph on true
    where a.unit_id = ${unitId}
    order by a.starts_at, a.id`
}

export type TMyUnitRow = { unit_id: string; unit_name: string; campaign_id: string; campaign_title: string; campaign_theme: string | null }

/**
 * The caller's units, current campaigns first: the first row is the unit the home opens without a
 * unit id. Row-level security shows a person only their own memberships.
 */
export async function findMyUnits(tx: TTx, userId: string): Promise<TMyUnitRow[]> {
  return tx<TMyUnitRow[]>`
    select u.id as unit_id, u.name as unit_name, c.id as campaign_id, c.title as campaign_title, c.theme as campaign_theme
    from memberships m
    join units u on u.id = m.unit_id
    join campaigns c on c.id = m.campaign_id
    where m.user_id = ${userId} and m.role = 'unit_contact'
    order by c.period_end desc, m.created_at, u.name`
}

export type TRemindableDeadline = { deadline_id: string; campaign_id: string; lead: '3d' | '1d' }

/**
 * Deadlines whose reminder time has come: the 3-day reminder from due − 3 days until due − 1 day,
 * the 1-day reminder from due − 1 day until due. Past deadlines never qualify, so a campaign seeded
 * after its deadlines (2019) sends nothing; a deadline first seen within a day of its due time gets
 * only the 1-day reminder. Unpublished campaigns remind too: units hand in 附件2/附件1 (2月19日)
 * before volunteers see the campaign in March, and only units whose contacts joined are reminded.
 */
export async function findRemindableDeadlines(tx: TTx, now: Date): Promise<TRemindableDeadline[]> {
  return tx<TRemindableDeadline[]>`
    select d.id as deadline_id, d.campaign_id, l.lead
    from campaign_deadlines d
    cross join (values ('3d', interval '3 days', interval '1 day'), ('1d', interval '1 day', interval '0 seconds'))
      as l (lead, opens_before, closes_before)
    where d.due_at > ${now} and d.due_at <= ${now}::timestamptz + interval '3 days'
      and d.due_at - l.opens_before <= ${now} and ${now} < d.due_at - l.closes_before
    order by d.campaign_id, d.due_at`
}

export type TUnitContactRow = { unit_id: string; unit_name: string; user_id: string }

/** Dedupe keys of reminders already queued, so a unit already reminded is not recomputed. */
export async function findQueuedReminderKeys(tx: TTx, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set()
  const rows = await tx<{ dedupe_key: string }[]>`
    select dedupe_key from notification_outbox where dedupe_key = any(${keys}::text[])`
  return new Set(rows.map((r) => r.dedupe_key))
}

/** Every contact of every unit of the campaign, with the unit's name. */
export async function findCampaignContacts(tx: TTx, campaignId: string): Promise<TUnitContactRow[]> {
  return tx<TUnitContactRow[]>`
    select m.unit_id, u.name as unit_name, m.user_id
    from memberships m join units u on u.id = m.unit_id
    where m.role = 'unit_contact' and u.campaign_id = ${campaignId}
    order by m.unit_id, m.created_at`
}

export type TReminderInsert = { userId: string; dedupeKey: string; payload: Record<string, unknown> }

/** Queues deadline reminders; a key already queued is skipped, so nothing is ever sent twice. */
export async function insertDeadlineReminders(tx: TTx, reminders: TReminderInsert[]): Promise<number> {
  if (reminders.length === 0) return 0
  const rows = await tx`
    insert into notification_outbox (user_id, kind, payload, dedupe_key)
    select user_id, 'deadline_reminder', payload::jsonb, dedupe_key
    -- Payloads travel as text and are parsed here: a jsonb[] parameter would be JSON-encoded twice.
    from unnest(${reminders.map((r) => r.userId)}::uuid[], ${reminders.map((r) => JSON.stringify(r.payload))}::text[],
                ${reminders.map((r) => r.dedupeKey)}::text[]) as t (user_id, payload, dedupe_key)
    on conflict (dedupe_key) do nothing
    returning id`
  return rows.length
}
