import type { TReviewDecided, TReviewState, TReviewVerdict } from '../../../types/api/photo-review'
import type { TSubmissionStatus } from '../../../types/api/common'
import type { TTx } from '../db/client'

/**
 * The photo review's SQL. Runs as the caller: row-level security bounds what an organiser (its
 * campaign) and a district admin (its district's units) read, and lets only organisers write.
 */

export type TReviewCampaign = { id: string; title: string; theme: string | null; is_organiser: boolean; admin_district_ids: string[] }

/** The campaign and the caller's part in it: organiser, or the districts it administers. */
export async function findReviewCampaign(tx: TTx, campaignId: string, userId: string): Promise<TReviewCampaign | null> {
  const [row] = await tx<TReviewCampaign[]>`
    select c.id, c.title, c.theme, app_private.is_organiser(c.id) as is_organiser,
           coalesce(array(
             select m.district_id from memberships m
             where m.user_id = ${userId} and m.campaign_id = c.id and m.role = 'district_admin' and m.district_id is not null
           ), '{}') as admin_district_ids
    from campaigns c where c.id = ${campaignId}`
  return row ?? null
}

/** Checker verdicts that belong to the review: 待复核 (and checks that could not finish) and 不合格. */
const STATE_VERDICTS: Record<TReviewState, string[]> = {
  needs_review: ['needs_review', 'error'],
  failed: ['failed'],
  all: ['needs_review', 'error', 'failed'],
}

export type TQueueFilter = {
  campaignId: string
  state: TReviewState
  review: TReviewDecided
  districtId?: string
  unitId?: string
  cursor?: string
  limit: number
}

export type TQueueRow = {
  // The columns toPhoto (photos domain) maps, for the photo as the unit's pages show it.
  id: string
  activity_id: string | null
  unit_name: string
  storage_path: string
  display_path: string | null
  byte_size: number
  width: number | null
  height: number | null
  created_at: Date
  handed_in_at: Date | null
  job_status: 'queued' | 'running' | 'done' | 'failed' | null
  verdict: 'passed' | 'failed' | 'needs_review' | 'error'
  reviewed: boolean
  review_note: string | null
  reviewed_at: Date | null
  rules: unknown
  checked_at: Date
  // The review's own.
  checker_verdict: 'needs_review' | 'failed' | 'error'
  review_verdict: TReviewVerdict | null
  reviewer_name: string | null
  unit_id: string
  district_id: string | null
  district_name: string | null
  activity_title: string | null
  activity_starts_at: Date | null
  activity_ends_at: Date | null
  return_status: TSubmissionStatus | null
}

/**
 * One page of the queue, oldest upload first: activity photos of the campaign whose latest check
 * is in the chosen state, decided or not as asked. RLS narrows it to the caller's units.
 */
export async function findQueuePage(tx: TTx, filter: TQueueFilter): Promise<TQueueRow[]> {
  const verdicts = STATE_VERDICTS[filter.state]
  return tx<TQueueRow[]>`
    select p.id, p.activity_id, u.name as unit_name, p.storage_path, p.display_path, p.byte_size, p.width, p.height,
           p.created_at, p.handed_in_at, null as job_status,
           coalesce(r.review_verdict, r.verdict) as verdict, r.review_verdict is not null as reviewed,
           case when r.review_verdict is not null then r.review_note end as review_note,
           case when r.review_verdict is not null then r.reviewed_at end as reviewed_at,
           r.rules, r.checked_at,
           r.verdict as checker_verdict, r.review_verdict, reviewer.display_name as reviewer_name,
           u.id as unit_id, d.id as district_id, d.name as district_name,
           a.title as activity_title, a.starts_at as activity_starts_at, a.ends_at as activity_ends_at,
           ret.status as return_status
    from photos p
    join units u on u.id = p.unit_id
    left join districts d on d.id = u.district_id
    left join activities a on a.id = p.activity_id
    join lateral (
      select r.verdict, r.review_verdict, r.review_note, r.reviewed_at, r.reviewed_by, r.rules, r.checked_at
      from photo_check_results r where r.photo_id = p.id
      order by r.checked_at desc limit 1
    ) r on true
    left join app_users reviewer on reviewer.id = r.reviewed_by
    left join lateral (
      select s.status from unit_submissions s
      where s.unit_id = p.unit_id and s.kind = 'photos'
      order by s.submitted_at desc nulls last limit 1
    ) ret on true
    where p.campaign_id = ${filter.campaignId} and p.purpose = 'activity'
      and r.verdict::text = any(${verdicts}::text[])
      ${filter.review === 'pending' ? tx`and r.review_verdict is null` : filter.review === 'decided' ? tx`and r.review_verdict is not null` : tx``}
      ${filter.districtId ? tx`and u.district_id = ${filter.districtId}` : tx``}
      ${filter.unitId ? tx`and p.unit_id = ${filter.unitId}` : tx``}
      ${filter.cursor ? tx`and (p.created_at, p.id) > (select c.created_at, c.id from photos c where c.id = ${filter.cursor})` : tx``}
    order by p.created_at, p.id
    limit ${filter.limit}`
}

export type TQueueCounts = { needs_review: number; failed: number; decided: number }

/** The tabs' figures, within the same scope and district/unit filter. */
export async function countQueue(tx: TTx, filter: Pick<TQueueFilter, 'campaignId' | 'districtId' | 'unitId'>): Promise<TQueueCounts> {
  const [row] = await tx<TQueueCounts[]>`
    select count(*) filter (where r.review_verdict is null and r.verdict in ('needs_review', 'error'))::int as needs_review,
           count(*) filter (where r.review_verdict is null and r.verdict = 'failed')::int as failed,
           count(*) filter (where r.review_verdict is not null)::int as decided
    from photos p
    join units u on u.id = p.unit_id
    join lateral (
      select r.verdict, r.review_verdict from photo_check_results r where r.photo_id = p.id
      order by r.checked_at desc limit 1
    ) r on true
    where p.campaign_id = ${filter.campaignId} and p.purpose = 'activity'
      and r.verdict in ('needs_review', 'error', 'failed')
      ${filter.districtId ? tx`and u.district_id = ${filter.districtId}` : tx``}
      ${filter.unitId ? tx`and p.unit_id = ${filter.unitId}` : tx``}`
  return row ?? { needs_review: 0, failed: 0, decided: 0 }
}

/** The districts in the caller's scope (all of the campaign's for an organiser). */
export async function findScopeDistricts(tx: TTx, campaignId: string, onlyIds: string[] | null): Promise<Array<{ id: string; name: string }>> {
  return tx<{ id: string; name: string }[]>`
    select id, name from districts
    where campaign_id = ${campaignId} ${onlyIds ? tx`and id = any(${onlyIds}::uuid[])` : tx``}
    order by sort, name`
}

/** The units that have photos in the review (any state), with how many still wait for a decision. */
export async function findQueueUnits(tx: TTx, campaignId: string): Promise<Array<{ id: string; name: string; district_id: string | null; pending: number }>> {
  return tx<{ id: string; name: string; district_id: string | null; pending: number }[]>`
    select u.id, u.name, u.district_id,
           count(*) filter (where r.review_verdict is null)::int as pending
    from photos p
    join units u on u.id = p.unit_id
    join lateral (
      select r.verdict, r.review_verdict from photo_check_results r where r.photo_id = p.id
      order by r.checked_at desc limit 1
    ) r on true
    where p.campaign_id = ${campaignId} and p.purpose = 'activity' and r.verdict in ('needs_review', 'error', 'failed')
    group by u.id, u.name, u.district_id, u.sort
    order by u.sort, u.name`
}

// Deciding ------------------------------------------------------------------------------------

export type TDecisionTarget = {
  photo_id: string
  campaign_id: string
  unit_id: string
  result_id: string | null
  checker_verdict: 'passed' | 'failed' | 'needs_review' | 'error' | null
  review_verdict: TReviewVerdict | null
  review_note: string | null
  reviewed_by: string | null
  reviewed_at: Date | null
}

/**
 * The chosen photos the caller can see, each with its latest check. The photos are locked first
 * (so a delete, a hand-in or another reviewer deciding the same photo waits), and their results
 * are read by a second statement, which sees whatever a decision that got there first committed.
 */
export async function lockDecisionTargets(tx: TTx, photoIds: string[]): Promise<TDecisionTarget[]> {
  await tx`select id from photos where id = any(${photoIds}::uuid[]) and purpose = 'activity' order by id for update`
  return tx<TDecisionTarget[]>`
    select p.id as photo_id, p.campaign_id, p.unit_id, r.id as result_id, r.verdict as checker_verdict,
           r.review_verdict, r.review_note, r.reviewed_by, r.reviewed_at
    from photos p
    left join lateral (
      select r.id, r.verdict, r.review_verdict, r.review_note, r.reviewed_by, r.reviewed_at
      from photo_check_results r where r.photo_id = p.id
      order by r.checked_at desc limit 1
    ) r on true
    where p.id = any(${photoIds}::uuid[]) and p.purpose = 'activity'`
}

/** Writes the decision; false when row-level security let nothing through (not an organiser). */
export async function saveReview(tx: TTx, row: { resultId: string; verdict: TReviewVerdict; note: string | null; reviewerId: string }): Promise<{ reviewed_at: Date } | null> {
  const [saved] = await tx<{ reviewed_at: Date }[]>`
    update photo_check_results
    set review_verdict = ${row.verdict}, review_note = ${row.note}, reviewed_by = ${row.reviewerId}, reviewed_at = now()
    where id = ${row.resultId}
    returning reviewed_at`
  return saved ?? null
}
