-- 报送情况 (issue 9): the organiser console's matrix of units × deliverables, quota progress, 退回 /
-- 通过 of a submission, and reminders an organiser (or a district admin) sends to units.
--
-- Who sees what. The matrix is read through the SECURITY DEFINER functions below, which establish
-- the caller's scope once, up front: a campaign's organisers see every unit, a 区县管理员 its own
-- district's units, anyone else nothing. Running the states as the caller instead would pay the
-- per-row policies of photos, unit_submissions, showcase_applications and reports (each a
-- SECURITY DEFINER call per row; ~0.15 ms each, measured with bench:stats) for 20 000 photos and
-- thousands of returns on every request. Opening one cell reads that unit's rows as the caller,
-- under the tables' own row-level security; 退回 / 通过 update the row as the caller too (only
-- organisers may: the district admin policies are read-only).

-- The units the caller answers for in a campaign's console.
create function app_private.status_unit_ids(p_campaign_id uuid) returns setof uuid
  language sql stable security definer set search_path = ''
  as $$
    select u.id from public.units u
    where u.campaign_id = p_campaign_id
      and (app_private.is_organiser(p_campaign_id)
           or u.district_id in (
             select m.district_id from public.memberships m
             where m.user_id = auth.uid() and m.campaign_id = p_campaign_id and m.role = 'district_admin'
           ))
  $$;

-- Each unit in the caller's scope with what the quota progress and the matrix need beyond the
-- deliverable states: its district, how many contacts it has (a unit nobody joined for cannot be
-- reminded), its activities and key activities (not withdrawn, drafts included: the contracts'
-- 重点活动 count), its showcase applications by status whatever deadline they answer (the quota
-- counts submitted and accepted ones), and the verdict mix of the photos it handed in (the latest
-- check decides, an organiser's review_verdict overrides it, as in unit_deliverables).
create function app_private.status_scope_units(p_campaign_id uuid)
returns table (
  unit_id uuid,
  unit_name text,
  district_id uuid,
  district_name text,
  district_kind public.district_kind,
  contacts int,
  activities int,
  key_activities int,
  showcase_submitted int,
  showcase_drafts int,
  showcase_returned int,
  handed_in int,
  handed_in_passed int,
  handed_in_review int,
  handed_in_failed int
)
language plpgsql stable security definer set search_path = ''
as $fn$
begin
  -- EXECUTE: a custom plan for this campaign (see campaign_deliverables).
  return query execute $q$
    with scope as (
      select u.id, u.name, u.sort, u.district_id from public.units u
      where u.id in (select app_private.status_unit_ids($1))
    ),
    contacts as (
      select m.unit_id, count(*)::int as n from public.memberships m
      where m.role = 'unit_contact' and m.unit_id in (select id from scope)
      group by m.unit_id
    ),
    acts as (
      select a.unit_id,
             count(*) filter (where a.status <> 'cancelled')::int as live,
             count(*) filter (where a.status <> 'cancelled' and a.is_key_activity)::int as live_key
      from public.activities a where a.campaign_id = $1 and a.unit_id in (select id from scope)
      group by a.unit_id
    ),
    showcase as (
      select sa.unit_id,
             count(*) filter (where sa.status in ('submitted', 'accepted'))::int as submitted,
             count(*) filter (where sa.status = 'draft')::int as drafts,
             count(*) filter (where sa.status = 'returned')::int as returned
      from public.showcase_applications sa
      where sa.campaign_id = $1 and sa.unit_id in (select id from scope)
      group by sa.unit_id
    ),
    handed_photos as (
      select p.id, p.unit_id from public.photos p
      where p.campaign_id = $1 and p.purpose = 'activity' and p.handed_in_at is not null
        and p.unit_id in (select id from scope)
    ),
    handed_latest as (
      select distinct on (r.photo_id) r.photo_id, coalesce(r.review_verdict, r.verdict) as verdict
      from public.photo_check_results r
      where r.photo_id in (select id from handed_photos)
      order by r.photo_id, r.checked_at desc
    ),
    handed as (
      select p.unit_id,
             count(*)::int as total,
             count(*) filter (where v.verdict = 'passed')::int as passed,
             count(*) filter (where v.verdict in ('needs_review', 'error') or v.verdict is null)::int as review,
             count(*) filter (where v.verdict = 'failed')::int as failed
      from handed_photos p left join handed_latest v on v.photo_id = p.id
      group by p.unit_id
    )
    select s.id, s.name, d.id, d.name, d.kind,
           coalesce(c.n, 0), coalesce(a.live, 0), coalesce(a.live_key, 0),
           coalesce(sc.submitted, 0), coalesce(sc.drafts, 0), coalesce(sc.returned, 0),
           coalesce(h.total, 0), coalesce(h.passed, 0), coalesce(h.review, 0), coalesce(h.failed, 0)
    from scope s
    left join public.districts d on d.id = s.district_id
    left join contacts c on c.unit_id = s.id
    left join acts a on a.unit_id = s.id
    left join showcase sc on sc.unit_id = s.id
    left join handed h on h.unit_id = s.id
    order by d.sort nulls last, d.name, s.sort, s.name, s.id
  $q$ using p_campaign_id;
end
$fn$;

-- app_private.unit_deliverables (20260301000560_unit_home.sql) for every unit of a campaign at
-- once, written set-based: the same rules and the same rows, computed with one pass per table
-- instead of per unit and deadline. Called for a whole campaign, unit_deliverables runs its lateral
-- subqueries per unit × deadline — each photo's latest check, and for weekly returns an EXISTS over
-- every activity's sign-ups and check-ins — which took 2.3 s for 300 units, 20 000 photos and
-- 28 000 check-ins (bench:status). Here: each photo's latest check in one ordered pass, each
-- activity's check-in days in one grouped join, the weekly periods joined to activities by range.
-- tests/api/submission-status.test.ts and bench:status check that both functions return exactly
-- the same rows; a change to the rules must be made in both (the unit home keeps the per-unit one).
-- Assumes, as every writer ensures, that an activity's and a photo's campaign_id is its unit's.
-- p_unit_id: one unit (null: every unit). p_photo_verdicts false skips each photo's latest check
-- (photos_passed / _review / _failed / _checking come back null): the matrix shows photo counts
-- only, and the verdicts of 20 000 photos are most of the work.
create function app_private.campaign_deliverables(p_campaign_id uuid, p_unit_id uuid, p_now timestamptz, p_photo_verdicts boolean default true)
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
language plpgsql stable security invoker set search_path = ''
as $fn$
begin
  -- EXECUTE plans the query with this call's values (a custom plan). Planned generically, as a
  -- SQL function's statements are, the same query took 500 ms instead of 25 (bench:status).
  return query execute $q$
    with scope as (
      select u.id from public.units u where u.campaign_id = $1 and ($3::uuid is null or u.id = $3)
    ),
    campaign as (
      select c.period_start, c.period_end from public.campaigns c where c.id = $1
    ),
    days as (
      select d.id, d.kind, d.title, d.due_at, (d.due_at at time zone 'Asia/Shanghai')::date as due_day
      from public.campaign_deadlines d
      where d.campaign_id = $1
    ),
    deadlines as (
      -- The whole Shanghai days a weekly or summary return covers, as in unit_deliverables.
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
    periods as (
      select d.id, d.first_day, d.last_day,
             (d.first_day::timestamp at time zone 'Asia/Shanghai') as period_from,
             ((d.last_day + 1)::timestamp at time zone 'Asia/Shanghai') as period_to
      from deadlines d where d.kind in ('weekly_stats', 'summary')
    ),
    quotas as (
      select max(q.min_count) filter (where q.metric = 'key_activities') as key_quota,
             max(q.min_count) filter (where q.metric = 'showcase_projects') as showcase_quota
      from public.campaign_quotas q
      where q.campaign_id = $1 and q.subject = 'unit'
    ),
    acts as (
      -- [first_moment, last_moment): the whole Shanghai days an activity is scheduled on.
      select a.id, a.unit_id, a.status, a.is_key_activity, a.starts_at, a.ends_at,
             ((a.starts_at at time zone 'Asia/Shanghai')::date::timestamp at time zone 'Asia/Shanghai') as first_moment,
             ((((a.ends_at - interval '1 microsecond') at time zone 'Asia/Shanghai')::date + 1)::timestamp at time zone 'Asia/Shanghai') as last_moment
      from public.activities a
      where a.campaign_id = $1 and ($3::uuid is null or a.unit_id = $3)
    ),
    act_facts as (
      select a.unit_id,
             count(*)::int as any_activities,
             count(*) filter (where a.status <> 'cancelled')::int as live_activities,
             count(*) filter (where a.status <> 'cancelled' and a.is_key_activity)::int as live_key_activities
      from acts a group by a.unit_id
    ),
    latest as (
      -- Each photo's latest check (an organiser's review_verdict overrides it), in one ordered pass.
      select distinct on (r.photo_id) r.photo_id, coalesce(r.review_verdict, r.verdict) as verdict
      from public.photo_check_results r
      where $4 and r.photo_id in (
        select p.id from public.photos p
        where p.campaign_id = $1 and p.purpose = 'activity' and ($3::uuid is null or p.unit_id = $3))
      order by r.photo_id, r.checked_at desc
    ),
    photo_facts as (
      select p.unit_id,
             count(*)::int as ph_total,
             count(*) filter (where v.verdict = 'passed')::int as ph_passed,
             count(*) filter (where v.verdict in ('needs_review', 'error'))::int as ph_review,
             count(*) filter (where v.verdict = 'failed')::int as ph_failed,
             count(*) filter (where v.verdict is null)::int as ph_checking,
             count(*) filter (where p.handed_in_at is not null)::int as ph_handed_in
      from public.photos p left join latest v on v.photo_id = p.id
      where p.campaign_id = $1 and p.purpose = 'activity' and ($3::uuid is null or p.unit_id = $3)
      group by p.unit_id
    ),
    checkin_days as (
      -- The days of check-ins that can add an activity to a return beyond its schedule. A check-in
      -- on a day a published activity is scheduled on adds nothing: the period holding that day
      -- overlaps the schedule, so the first branch of `expected` has the pair already.
      select a.id as activity_id, (ci.checked_in_at at time zone 'Asia/Shanghai')::date as day
      from acts a
      join public.registrations r on r.activity_id = a.id
      join public.check_ins ci on ci.registration_id = r.id
      where not (a.status = 'published' and ci.checked_in_at >= a.first_moment and ci.checked_in_at < a.last_moment)
      group by 1, 2
    ),
    expected as (
      -- The activities of a weekly or summary return: published and scheduled within its days, or
      -- with check-ins in them.
      select a.unit_id, a.id as activity_id, p.id as deadline_id
      from acts a join periods p on a.status = 'published' and a.starts_at < p.period_to and a.ends_at > p.period_from
      union
      select a.unit_id, a.id, p.id
      from checkin_days c
      join acts a on a.id = c.activity_id
      join periods p on c.day >= p.first_day and c.day <= p.last_day
    ),
    stats_rows as (
      select w.deadline_id, w.activity_id, w.unit_id,
             exists (select 1 from public.weekly_stats_served sv where sv.stats_id = w.id) as has_served
      from public.weekly_stats w
      where w.deadline_id in (select id from periods)
    ),
    ws as (
      select e.unit_id, e.deadline_id, count(*)::int as expected,
             count(*) filter (where not exists (
               select 1 from stats_rows sr where sr.deadline_id = e.deadline_id and sr.activity_id = e.activity_id and sr.has_served
             ))::int as missing
      from expected e group by e.unit_id, e.deadline_id
    ),
    ws_filled as (
      select distinct sr.unit_id, sr.deadline_id from stats_rows sr
    ),
    sc as (
      -- An application answers the deadline it names; older ones without a deadline count for any.
      select sa.unit_id, d.id as deadline_id,
             count(*) filter (where sa.status in ('submitted', 'accepted'))::int as sc_submitted,
             count(*) filter (where sa.status = 'draft')::int as sc_drafts,
             count(*) filter (where sa.status = 'returned')::int as sc_returned,
             max(sa.submitted_at) filter (where sa.status in ('submitted', 'accepted')) as sc_submitted_at,
             (array_agg(sa.return_reason order by sa.returned_at desc nulls last) filter (where sa.status = 'returned'))[1] as sc_return_reason,
             max(sa.returned_at) filter (where sa.status = 'returned') as sc_returned_at
      from deadlines d
      join public.showcase_applications sa
        on sa.campaign_id = $1 and (sa.deadline_id = d.id or sa.deadline_id is null)
      where d.kind = 'showcase_application' and sa.unit_id in (select id from scope)
      group by sa.unit_id, d.id
    ),
    rp as (
      -- A submitted report wins over an older returned one, then the latest.
      select distinct on (r.unit_id, r.deadline_id) r.unit_id, r.deadline_id, r.status, r.submitted_at, r.returned_at, r.return_reason, r.body
      from public.reports r
      join deadlines d on d.id = r.deadline_id and d.kind in ('report', 'status_report')
      where r.unit_id in (select id from scope)
      order by r.unit_id, r.deadline_id, (r.status in ('submitted', 'accepted')) desc, (r.status = 'returned') desc, r.updated_at desc
    ),
    joined as (
      select d.id, d.kind, d.title, d.due_at, d.due_day, s.id as unit_id,
             coalesce(af.any_activities, 0) as any_activities, coalesce(af.live_activities, 0) as live_activities,
             coalesce(af.live_key_activities, 0) as live_key_activities,
             coalesce(pf.ph_total, 0) as ph_total, case when $4 then coalesce(pf.ph_passed, 0) end as ph_passed, case when $4 then coalesce(pf.ph_review, 0) end as ph_review,
             case when $4 then coalesce(pf.ph_failed, 0) end as ph_failed, case when $4 then coalesce(pf.ph_checking, 0) end as ph_checking, coalesce(pf.ph_handed_in, 0) as ph_handed_in,
             q.key_quota, q.showcase_quota,
             us.status::text as us_status, us.submitted_at as us_submitted_at, us.returned_at as us_returned_at,
             us.return_reason as us_return_reason, length(us.body) as us_body_length,
             rp.status::text as rp_status, rp.submitted_at as rp_submitted_at, rp.returned_at as rp_returned_at,
             rp.return_reason as rp_return_reason, length(rp.body) as rp_body_length,
             coalesce(sc.sc_submitted, 0) as sc_submitted, coalesce(sc.sc_drafts, 0) as sc_drafts, coalesce(sc.sc_returned, 0) as sc_returned,
             sc.sc_submitted_at, sc.sc_return_reason, sc.sc_returned_at,
             ws.expected as ws_expected, ws.missing as ws_missing, wf.unit_id is not null as ws_filled
      from scope s
      cross join deadlines d
      cross join quotas q
      left join act_facts af on af.unit_id = s.id
      left join photo_facts pf on pf.unit_id = s.id
      left join public.unit_submissions us on us.unit_id = s.id and us.deadline_id = d.id
      left join rp on rp.unit_id = s.id and rp.deadline_id = d.id
      left join sc on sc.unit_id = s.id and sc.deadline_id = d.id
      left join ws on ws.unit_id = s.id and ws.deadline_id = d.id
      left join ws_filled wf on wf.unit_id = s.id and wf.deadline_id = d.id
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
      s.due_day - ($2 at time zone 'Asia/Shanghai')::date,
      case
        when s.rec = 'returned' then 'returned'
        when s.rec in ('submitted', 'accepted') then 'submitted'
        when $2 >= s.due_at then 'overdue'
        when s.rec is not null
          or (s.kind = 'activity_plan' and s.any_activities > 0)
          or (s.kind = 'photos' and s.ph_total > 0)
          or (s.kind in ('weekly_stats', 'summary') and s.ws_filled) then 'draft'
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
  $q$ using p_campaign_id, p_now, p_unit_id, p_photo_verdicts;
end
$fn$;

-- Every deliverable state of every unit (or one unit) in the caller's scope (organiser: all;
-- district admin: its district's), by the unit home's rules (campaign_deliverables above), in one query.
create function app_private.status_deliverables(p_campaign_id uuid, p_unit_id uuid, p_now timestamptz, p_photo_verdicts boolean default true)
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
language sql stable security definer set search_path = ''
as $$
  select d.* from app_private.campaign_deliverables(p_campaign_id, p_unit_id, p_now, p_photo_verdicts) d
  where d.unit_id in (select app_private.status_unit_ids(p_campaign_id))
$$;

-- Messages to a unit's contacts from the console: 'submission_returned' (an organiser returned
-- something, with the reason) and 'organiser_reminder' (an organiser or the unit's district admin
-- asks for a deadline's return). p_items: [{unitId, key, payload}]; each unit's every contact gets
-- one row with dedupe key `<key>:<user id>`, so a key already used (the same reminder for the
-- same deadline and unit) queues nothing twice. Answers per unit: how many contacts it has and how
-- many rows were queued now. The outbox has no insert policy for people, hence SECURITY DEFINER,
-- with the caller's right to each unit checked here first.
create function app_private.queue_unit_notices(p_kind text, p_items jsonb)
returns table (unit_id uuid, contacts int, queued int)
language plpgsql security definer set search_path = ''
as $$
declare
  v_item jsonb;
  v_unit public.units;
  v_contacts int;
  v_queued int;
begin
  if auth.uid() is null then perform app_private.raise_code('unauthenticated'); end if;
  if p_kind not in ('submission_returned', 'organiser_reminder') then perform app_private.raise_code('bad_request'); end if;
  for v_item in select * from jsonb_array_elements(p_items) loop
    select * into v_unit from public.units u where u.id = (v_item ->> 'unitId')::uuid;
    if v_unit.id is null then perform app_private.raise_code('unit_not_found'); end if;
    if not (app_private.is_organiser(v_unit.campaign_id)
            or (p_kind = 'organiser_reminder' and v_unit.district_id is not null
                and app_private.is_district_admin(v_unit.district_id))) then
      perform app_private.raise_code('forbidden');
    end if;
    select count(*)::int into v_contacts from public.memberships m where m.unit_id = v_unit.id and m.role = 'unit_contact';
    insert into public.notification_outbox (user_id, kind, payload, dedupe_key)
    select m.user_id, p_kind, v_item -> 'payload', (v_item ->> 'key') || ':' || m.user_id
    from public.memberships m
    where m.unit_id = v_unit.id and m.role = 'unit_contact'
    on conflict (dedupe_key) do nothing;
    get diagnostics v_queued = row_count;
    unit_id := v_unit.id;
    contacts := v_contacts;
    queued := v_queued;
    return next;
  end loop;
end
$$;

-- When the console last reminded each unit in the caller's scope of each deadline of the campaign
-- (the matrix marks it, the panel says 已提醒). Reads the outbox, whose own policy shows people
-- only their own rows; the payload names the deadline and the unit.
create index notification_outbox_organiser_reminder_idx on public.notification_outbox ((payload ->> 'deadlineId'))
  where kind = 'organiser_reminder';

create function app_private.status_reminders(p_campaign_id uuid)
returns table (unit_id uuid, deadline_id uuid, reminded_at timestamptz)
language sql stable security definer set search_path = ''
as $$
  select (o.payload ->> 'unitId')::uuid, d.id, max(o.created_at)
  from public.campaign_deadlines d
  join public.notification_outbox o on o.kind = 'organiser_reminder' and (o.payload ->> 'deadlineId') = d.id::text
  where d.campaign_id = p_campaign_id
    and (o.payload ->> 'unitId')::uuid in (select app_private.status_unit_ids(p_campaign_id))
  group by 1, 2
$$;

revoke execute on function app_private.status_unit_ids(uuid), app_private.status_scope_units(uuid),
  app_private.campaign_deliverables(uuid, uuid, timestamptz, boolean),
  app_private.status_deliverables(uuid, uuid, timestamptz, boolean), app_private.queue_unit_notices(text, jsonb),
  app_private.status_reminders(uuid)
  from public, anon;
grant execute on function app_private.status_unit_ids(uuid), app_private.status_scope_units(uuid),
  app_private.campaign_deliverables(uuid, uuid, timestamptz, boolean),
  app_private.status_deliverables(uuid, uuid, timestamptz, boolean), app_private.queue_unit_notices(text, jsonb),
  app_private.status_reminders(uuid)
  to authenticated, service_role;
