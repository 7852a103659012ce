-- The unit home (单位工作台): every deliverable of a unit's campaign with its state, computed in one
-- query from the tables where each deliverable lives (see the contracts of issue 8), and the indexes
-- the home and the deadline reminders need.

-- Deadline reminders look for deadlines due in the next three days across all campaigns.
create index campaign_deadlines_due_idx on public.campaign_deadlines (due_at);
-- A unit's contacts, for reminders.
create index memberships_unit_contacts_idx on public.memberships (unit_id, user_id) where role = 'unit_contact';

-- One row per (unit, deadline) of a campaign: the deliverable's state and the facts its "still owed"
-- words are made of. p_unit_id null = every unit of the campaign (the reminder job).
--
-- record_status: the state of what the unit saved for this deadline, read where the deliverable lives:
--   activity_plan, photos, weekly_stats, summary, other → unit_submissions (unit, deadline);
--   showcase_application → the unit's showcase_applications: 'returned' when any is returned (that
--     one is still owed, whatever the others are), else 'submitted' when any is submitted/accepted,
--     else 'draft' when any exists;
--   report, status_report → the unit's reports row for the deadline (a submitted row wins over an
--     older returned one, then the latest).
-- started: something was saved but not submitted — a record in draft, or for activity_plan any
--   activity of the unit, for photos any activity photo uploaded, for weekly_stats any weekly row of
--   that Friday.
-- state (shown as 未开始 / 草稿 / 已提交 / 已逾期 / 已退回):
--   returned    已退回 = the organiser returned it (with return_reason). Wins over overdue: a returned
--               item may be resubmitted after the deadline.
--   submitted   已提交 = submitted or accepted (before or after the deadline).
--   overdue     已逾期 = the deadline has passed (p_now >= due_at) and it was not submitted.
--   draft       草稿   = before the deadline, started, not submitted.
--   not_started 未开始 = before the deadline, nothing saved.
-- days_left: calendar days in Asia/Shanghai from p_now's day to the due day (0 = due today,
--   negative = days overdue).
--
-- Runs as the caller (security invoker): row-level security keeps a unit contact to their own unit's
-- rows; the API checks can_manage_unit before calling it. The reminder job calls it as service_role.
create function app_private.unit_deliverables(p_campaign_id uuid, p_unit_id uuid, p_now timestamptz)
returns table (
  unit_id uuid,
  deadline_id uuid,
  kind public.deadline_kind,
  title text,
  due_at timestamptz,
  days_left int,
  state text,
  record_status text,
  submitted_at timestamptz,
  returned_at timestamptz,
  return_reason text,
  activities int,
  key_activities int,
  key_quota int,
  showcase_submitted int,
  showcase_drafts int,
  showcase_returned int,
  showcase_quota int,
  photos_total int,
  photos_passed int,
  photos_review int,
  photos_failed int,
  photos_checking int,
  photos_handed_in int,
  stats_expected int,
  stats_missing int,
  body_length int
)
language sql stable security invoker set search_path = ''
as $$
  with scope as (
    select u.id from public.units u
    where u.campaign_id = p_campaign_id and (p_unit_id is null or u.id = p_unit_id)
  ),
  campaign as (
    select c.period_start, c.period_end from public.campaigns c where c.id = p_campaign_id
  ),
  days as (
    select d.id, d.kind, d.title, d.due_at, (d.due_at at time zone 'Asia/Shanghai')::date as due_day
    from public.campaign_deadlines d
    where d.campaign_id = p_campaign_id
  ),
  deadlines as (
    -- The whole Shanghai days a weekly or summary return covers, [first_day, last_day], as the
    -- weekly-stats domain defines them (cloud/lib/weekly-stats/stats-period.ts): a Friday covers the
    -- days after the previous Friday up to its own day; the summary the campaign up to its own day.
    select d.*,
           case d.kind
             when 'weekly_stats' then coalesce(
               (select max(p.due_day) + 1 from days p where p.kind = 'weekly_stats' and p.due_day < d.due_day),
               (select period_start from campaign))
             when 'summary' then (select period_start from campaign)
           end as first_day,
           case d.kind
             when 'weekly_stats' then d.due_day
             when 'summary' then least(d.due_day, (select period_end from campaign))
           end as last_day
    from days d
  ),
  quotas as (
    select max(q.min_count) filter (where q.metric = 'key_activities') as key_quota,
           max(q.min_count) filter (where q.metric = 'showcase_projects') as showcase_quota
    from public.campaign_quotas q
    where q.campaign_id = p_campaign_id and q.subject = 'unit'
  ),
  facts as (
    select s.id as unit_id, act.*, ph.*
    from scope s
    cross join lateral (
      select count(*)::int as any_activities,
             count(*) filter (where a.status <> 'cancelled')::int as live_activities,
             count(*) filter (where a.status <> 'cancelled' and a.is_key_activity)::int as live_key_activities
      from public.activities a where a.unit_id = s.id
    ) act
    cross join lateral (
      -- The latest check decides; an organiser's review_verdict overrides it. A check that ended in
      -- 'error' is the organiser's to decide, like needs_review.
      select count(*)::int as ph_total,
             count(*) filter (where v.verdict = 'passed')::int as ph_passed,
             count(*) filter (where v.verdict in ('needs_review', 'error'))::int as ph_review,
             count(*) filter (where v.verdict = 'failed')::int as ph_failed,
             count(*) filter (where v.verdict is null)::int as ph_checking,
             count(*) filter (where p.handed_in_at is not null)::int as ph_handed_in
      from public.photos p
      left join lateral (
        select coalesce(r.review_verdict, r.verdict) as verdict
        from public.photo_check_results r where r.photo_id = p.id
        order by r.checked_at desc limit 1
      ) v on true
      where p.unit_id = s.id and p.purpose = 'activity'
    ) ph
  ),
  joined as (
    select d.*, f.*, sc.*, q.key_quota, q.showcase_quota,
           us.status::text as us_status, us.submitted_at as us_submitted_at, us.returned_at as us_returned_at,
           us.return_reason as us_return_reason, length(us.body) as us_body_length,
           rp.status::text as rp_status, rp.submitted_at as rp_submitted_at, rp.returned_at as rp_returned_at,
           rp.return_reason as rp_return_reason, length(rp.body) as rp_body_length,
           ws.expected as ws_expected, ws.missing as ws_missing, ws.filled as ws_filled
    from scope s
    cross join deadlines d
    cross join quotas q
    join facts f on f.unit_id = s.id
    left join public.unit_submissions us on us.unit_id = s.id and us.deadline_id = d.id
    left join lateral (
      select r.status, r.submitted_at, r.returned_at, r.return_reason, r.body
      from public.reports r
      where d.kind in ('report', 'status_report') and r.unit_id = s.id and r.deadline_id = d.id
      order by (r.status in ('submitted', 'accepted')) desc, (r.status = 'returned') desc, r.updated_at desc
      limit 1
    ) rp on true
    left join lateral (
      -- An application answers the deadline it names; older ones without a deadline count for any.
      select count(*) filter (where sa.status in ('submitted', 'accepted'))::int as sc_submitted,
             count(*) filter (where sa.status = 'draft')::int as sc_drafts,
             count(*) filter (where sa.status = 'returned')::int as sc_returned,
             max(sa.submitted_at) filter (where sa.status in ('submitted', 'accepted')) as sc_submitted_at,
             (array_agg(sa.return_reason order by sa.returned_at desc nulls last) filter (where sa.status = 'returned'))[1] as sc_return_reason,
             max(sa.returned_at) filter (where sa.status = 'returned') as sc_returned_at
      from public.showcase_applications sa
      where d.kind = 'showcase_application' and sa.unit_id = s.id and sa.campaign_id = p_campaign_id
        and (sa.deadline_id = d.id or sa.deadline_id is null)
    ) sc on true
    left join lateral (
      -- The activities of a weekly or summary return (published and scheduled within its days, or
      -- with check-ins in them) and how many have no row yet, or a row without 覆盖人群.
      select count(*)::int as expected,
             count(*) filter (where not exists (
               select 1 from public.weekly_stats w
               join public.weekly_stats_served sv on sv.stats_id = w.id
               where w.deadline_id = d.id and w.activity_id = a.id
             ))::int as missing,
             exists (select 1 from public.weekly_stats w where w.unit_id = s.id and w.deadline_id = d.id) as filled
      from public.activities a
      cross join lateral (
        select (d.first_day::timestamp at time zone 'Asia/Shanghai') as period_from,
               ((d.last_day + 1)::timestamp at time zone 'Asia/Shanghai') as period_to
      ) p
      where d.kind in ('weekly_stats', 'summary') and a.unit_id = s.id
        and ((a.status = 'published' and a.starts_at < p.period_to and a.ends_at > p.period_from)
             or exists (
               select 1 from public.registrations r join public.check_ins ci on ci.registration_id = r.id
               where r.activity_id = a.id and ci.checked_in_at >= p.period_from and ci.checked_in_at < p.period_to
             ))
    ) ws on true
  ),
  statuses as (
    select r.*,
           case r.kind
             when 'showcase_application' then
               case when r.sc_returned > 0 then 'returned' when r.sc_submitted > 0 then 'submitted' when r.sc_drafts > 0 then 'draft' end
             when 'report' then r.rp_status
             when 'status_report' then r.rp_status
             else r.us_status
           end as rec
    from joined r
  )
  select
    s.unit_id, s.id, s.kind, s.title, s.due_at,
    s.due_day - (p_now at time zone 'Asia/Shanghai')::date,
    case
      when s.rec = 'returned' then 'returned'
      when s.rec in ('submitted', 'accepted') then 'submitted'
      when p_now >= s.due_at then 'overdue'
      when s.rec is not null
        or (s.kind = 'activity_plan' and s.any_activities > 0)
        or (s.kind = 'photos' and s.ph_total > 0)
        or (s.kind in ('weekly_stats', 'summary') and coalesce(s.ws_filled, false)) then 'draft'
      else 'not_started'
    end,
    s.rec,
    case s.kind when 'showcase_application' then s.sc_submitted_at when 'report' then s.rp_submitted_at
      when 'status_report' then s.rp_submitted_at else s.us_submitted_at end,
    case s.kind when 'showcase_application' then s.sc_returned_at when 'report' then s.rp_returned_at
      when 'status_report' then s.rp_returned_at else s.us_returned_at end,
    case when s.rec = 'returned' then
      case s.kind when 'showcase_application' then s.sc_return_reason when 'report' then s.rp_return_reason
        when 'status_report' then s.rp_return_reason else s.us_return_reason end
    end,
    s.live_activities, s.live_key_activities, s.key_quota,
    s.sc_submitted, s.sc_drafts, s.sc_returned, s.showcase_quota,
    s.ph_total, s.ph_passed, s.ph_review, s.ph_failed, s.ph_checking, s.ph_handed_in,
    coalesce(s.ws_expected, 0), coalesce(s.ws_missing, 0),
    coalesce(case s.kind when 'report' then s.rp_body_length when 'status_report' then s.rp_body_length else s.us_body_length end, 0)
  from statuses s
  order by s.due_at, s.id, s.unit_id
$$;

revoke execute on function app_private.unit_deliverables(uuid, uuid, timestamptz) from public, anon;
grant execute on function app_private.unit_deliverables(uuid, uuid, timestamptz) to authenticated, service_role;
