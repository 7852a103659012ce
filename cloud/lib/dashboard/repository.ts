import type { TActivityCategory, TDeadlineKind, TDistrictKind } from '../../../types/domain'
import type { TTx } from '../db/client'

/**
 * The dashboard's SQL. The figures come from the SECURITY DEFINER functions of migration
 * 20260301000740_dashboard.sql, which bound every count to the caller's scope (an organiser's
 * campaign, a district admin's district) once per query; the rest runs as the caller under RLS.
 */

export type TDashboardCampaignRow = {
  id: string
  title: string
  period_start: string
  period_end: string
  is_organiser: boolean
}

export async function findDashboardCampaign(tx: TTx, campaignId: string): Promise<TDashboardCampaignRow | null> {
  const [row] = await tx<TDashboardCampaignRow[]>`
    select id, title, to_char(period_start, 'YYYY-MM-DD') as period_start, to_char(period_end, 'YYYY-MM-DD') as period_end,
           app_private.is_organiser(id) as is_organiser
    from campaigns where id = ${campaignId}`
  return row ?? null
}

export type TDistrictRow = { id: string; name: string; kind: TDistrictKind }

/** The districts whose figures the caller may see: all of an organiser's campaign, a district admin's own. */
export async function findScopeDistricts(tx: TTx, campaignId: string, isOrganiser: boolean, userId: string): Promise<TDistrictRow[]> {
  return tx<TDistrictRow[]>`
    select d.id, d.name, d.kind from districts d
    where d.campaign_id = ${campaignId}
      and (${isOrganiser} or d.id in (
        select m.district_id from memberships m
        where m.user_id = ${userId} and m.campaign_id = ${campaignId} and m.role = 'district_admin'))
    order by d.sort, d.name`
}

/** How many units are in scope, and whether any of them has no district (an organiser's 未分区). */
export async function countScopeUnits(tx: TTx, campaignId: string, districtId: string | null): Promise<{ units: number; without_district: number }> {
  const [row] = await tx<{ units: number; without_district: number }[]>`
    select count(*)::int as units, count(*) filter (where u.district_id is null)::int as without_district
    from units u where u.id in (select app_private.dashboard_unit_ids(${campaignId}, ${districtId}))`
  return row ?? { units: 0, without_district: 0 }
}

export async function signupsByDay(tx: TTx, campaignId: string, districtId: string | null): Promise<Array<{ day: string; signups: number; cancelled: number }>> {
  return tx<Array<{ day: string; signups: number; cancelled: number }>>`
    select to_char(day, 'YYYY-MM-DD') as day, signups, cancelled
    from app_private.dashboard_signups(${campaignId}, ${districtId}) order by day`
}

export type TActivityCountRow = {
  district_id: string | null
  category: TActivityCategory
  published: number
  drafts: number
  key_activities: number
}

export async function activityCounts(tx: TTx, campaignId: string, districtId: string | null): Promise<TActivityCountRow[]> {
  return tx<TActivityCountRow[]>`select * from app_private.dashboard_activities(${campaignId}, ${districtId})`
}

export type TServiceRow = { district_id: string | null; is_total: boolean; volunteers: number; check_ins: number; hours: string }

export async function serviceCounts(tx: TTx, campaignId: string, districtId: string | null): Promise<TServiceRow[]> {
  // numeric comes back as text: hours are summed exactly in SQL and rounded once, here.
  return tx<TServiceRow[]>`
    select district_id, is_total, volunteers, check_ins, round(hours, 2)::text as hours
    from app_private.dashboard_service(${campaignId}, ${districtId})`
}

export type TPhotoCountRow = { district_id: string | null; passed: number; failed: number; review: number; checking: number }

export async function photoCounts(tx: TTx, campaignId: string, districtId: string | null): Promise<TPhotoCountRow[]> {
  return tx<TPhotoCountRow[]>`select * from app_private.dashboard_photos(${campaignId}, ${districtId})`
}

export type TCompletenessRow = {
  kind: TDeadlineKind
  deadlines: number
  cells: number
  submitted: number
  returned: number
  overdue: number
}

export async function completeness(tx: TTx, campaignId: string, districtId: string | null, now: Date): Promise<TCompletenessRow[]> {
  return tx<TCompletenessRow[]>`
    select kind, deadlines, cells, submitted, returned, overdue
    from app_private.dashboard_completeness(${campaignId}, ${districtId}, ${now})
    order by first_due_at, kind`
}
