import type { TDeadlineKind, TDistrictKind } from '../../../types/domain'
import type { TTx } from '../db/client'

/** The organiser console's SQL. Runs as the caller: row-level security bounds every count. */

export type TConsoleCampaignRow = {
  id: string
  title: string
  theme: string | null
  issuer: string
  period_start: string
  period_end: string
  is_published: boolean
  is_organiser: boolean
}

export async function findConsoleCampaign(tx: TTx, campaignId: string): Promise<TConsoleCampaignRow | null> {
  const [row] = await tx<TConsoleCampaignRow[]>`
    select id, title, theme, issuer, to_char(period_start, 'YYYY-MM-DD') as period_start,
           to_char(period_end, 'YYYY-MM-DD') as period_end, is_published, app_private.is_organiser(id) as is_organiser
    from campaigns where id = ${campaignId}`
  return row ?? null
}

/** The districts the caller administers in this campaign. */
export async function findMyDistricts(tx: TTx, campaignId: string, userId: string): Promise<Array<{ id: string; name: string }>> {
  return tx<{ id: string; name: string }[]>`
    select d.id, d.name from memberships m join districts d on d.id = m.district_id
    where m.user_id = ${userId} and m.campaign_id = ${campaignId} and m.role = 'district_admin'
    order by d.sort, d.name`
}

export type TConsoleUnitRow = {
  id: string
  name: string
  district_id: string | null
  district_name: string | null
  district_kind: TDistrictKind | null
  contacts: number
  activities: number
  key_activities: number
  submitted: number
}

/**
 * The units the caller answers for — all of the campaign's for an organiser, its district's for a
 * district admin — with what each has so far. The explicit scope is needed because units of a
 * published campaign are public; the counts are bounded by row-level security as well.
 */
export async function findScopeUnits(tx: TTx, campaignId: string): Promise<TConsoleUnitRow[]> {
  return tx<TConsoleUnitRow[]>`
    with scope as (
      select u.id, u.name, u.sort, u.district_id from units u
      where u.campaign_id = ${campaignId}
        and (app_private.is_organiser(${campaignId}) or u.id in (select app_private.district_unit_ids()))
    )
    select s.id, s.name, d.id as district_id, d.name as district_name, d.kind as district_kind,
           (select count(*) from memberships m where m.unit_id = s.id and m.role = 'unit_contact')::int as contacts,
           (select count(*) from activities a where a.unit_id = s.id and a.status <> 'cancelled')::int as activities,
           (select count(*) from activities a where a.unit_id = s.id and a.status <> 'cancelled' and a.is_key_activity)::int as key_activities,
           ((select count(*) from unit_submissions x where x.unit_id = s.id and x.status in ('submitted', 'accepted'))
            + (select count(*) from showcase_applications x where x.unit_id = s.id and x.status in ('submitted', 'accepted'))
            + (select count(*) from reports x where x.unit_id = s.id and x.status in ('submitted', 'accepted')))::int as submitted
    from scope s left join districts d on d.id = s.district_id
    order by d.sort nulls last, s.sort, s.name`
}

export async function findNextDeadline(tx: TTx, campaignId: string, now: Date): Promise<{ title: string; kind: TDeadlineKind; due_at: Date } | null> {
  const [row] = await tx<{ title: string; kind: TDeadlineKind; due_at: Date }[]>`
    select title, kind, due_at from campaign_deadlines where campaign_id = ${campaignId} and due_at > ${now}
    order by due_at limit 1`
  return row ?? null
}

/** Live codes of the campaign and the units without a live unit-contact code (organisers only: RLS). */
export async function countInvites(tx: TTx, campaignId: string, now: Date): Promise<{ live: number; units_without_code: number }> {
  const [row] = await tx<{ live: number; units_without_code: number }[]>`
    with live as (
      select code, unit_id, role from invite_codes
      where campaign_id = ${campaignId} and revoked_at is null and use_count < max_uses and (expires_at is null or expires_at > ${now})
    )
    select (select count(*) from live)::int as live,
           (select count(*) from units u where u.campaign_id = ${campaignId}
              and not exists (select 1 from live where live.unit_id = u.id and live.role = 'unit_contact'))::int as units_without_code`
  return row ?? { live: 0, units_without_code: 0 }
}
