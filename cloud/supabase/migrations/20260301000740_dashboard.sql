-- The organiser's dashboard (数据看板, issue 9): sign-ups per day, activities per category and
-- district, volunteers and hours per district, the photo pass rate, submission completeness — each
-- one grouped query.
--
-- Who sees what: an organiser every unit of the campaign, a 区县管理员 its own district's units,
-- anyone else nothing. The functions below are SECURITY DEFINER and check that once, up front,
-- through dashboard_unit_ids() (built on the helpers the row-level policies use), because:
--   * a district admin may not read volunteers' registrations and check-ins row by row (PIPL: only
--     the people running an activity see who signed up), yet answers for its district's figures —
--     it gets counts, never a person;
--   * a policy function call per row (can_manage_unit) over 20 000 photos or 50 000 check-ins costs
--     seconds (~0.15 ms each, measured by bench:stats); the scope set is computed once per query.
-- They return aggregates only: no names, phones or ids of people.

-- The units whose figures the caller may see; p_district_id (optional) narrows to one district.
create function app_private.dashboard_unit_ids(p_campaign_id uuid, p_district_id uuid)
  returns setof uuid
  language sql stable security definer set search_path = ''
  as $$
    select u.id from public.units u
    where u.campaign_id = p_campaign_id
      and (p_district_id is null or u.district_id = p_district_id)
      and (app_private.is_organiser(p_campaign_id)
           or u.district_id in (select app_private.admin_district_ids()))
  $$;

-- Sign-ups per calendar day in Asia/Shanghai (a registration made at 23:59 counts for that day, one
-- at 00:01 for the next): every registration made, and how many of them were later cancelled.
create function app_private.dashboard_signups(p_campaign_id uuid, p_district_id uuid)
  returns table (day date, signups int, cancelled int)
  language sql stable security definer set search_path = ''
  as $$
    select (r.created_at at time zone 'Asia/Shanghai')::date,
           count(*)::int,
           count(*) filter (where r.status = 'cancelled')::int
    from public.activities a
    join public.registrations r on r.activity_id = a.id
    where a.campaign_id = p_campaign_id
      and a.unit_id in (select app_private.dashboard_unit_ids(p_campaign_id, p_district_id))
    group by 1
    order by 1
  $$;

-- Activities not withdrawn, per district and category: published, drafts, and key activities.
create function app_private.dashboard_activities(p_campaign_id uuid, p_district_id uuid)
  returns table (district_id uuid, category public.activity_category, published int, drafts int, key_activities int)
  language sql stable security definer set search_path = ''
  as $$
    select u.district_id, a.category,
           count(*) filter (where a.status = 'published')::int,
           count(*) filter (where a.status = 'draft')::int,
           count(*) filter (where a.is_key_activity)::int
    from public.units u
    join public.activities a on a.unit_id = u.id
    where u.id in (select app_private.dashboard_unit_ids(p_campaign_id, p_district_id))
      and a.status <> 'cancelled'
    group by u.district_id, a.category
  $$;

-- Volunteers (distinct people checked in) and their hours, per district and in total (the total
-- counts a person who served in two districts once, so it is not the sum of the districts). A
-- check-in not yet checked out has no hours yet and adds 0. is_total marks the total row, which
-- is there even when nobody has checked in.
create function app_private.dashboard_service(p_campaign_id uuid, p_district_id uuid)
  returns table (district_id uuid, is_total boolean, volunteers int, check_ins int, hours numeric)
  language sql stable security definer set search_path = ''
  as $$
    select u.district_id, grouping(u.district_id) = 1,
           count(distinct r.user_id)::int, count(ci.id)::int, coalesce(sum(ci.hours), 0)::numeric
    from public.units u
    join public.activities a on a.unit_id = u.id
    join public.registrations r on r.activity_id = a.id
    join public.check_ins ci on ci.registration_id = r.id
    where u.id in (select app_private.dashboard_unit_ids(p_campaign_id, p_district_id))
    group by grouping sets ((u.district_id), ())
  $$;

-- Activity photos per district by their verdict: the latest check decides and an organiser's
-- review_verdict overrides it (as the unit home counts them, app_private.unit_deliverables); a
-- check that ended in 'error' waits for the organiser like needs_review; no result yet = checking.
create function app_private.dashboard_photos(p_campaign_id uuid, p_district_id uuid)
  returns table (district_id uuid, passed int, failed int, review int, checking int)
  language sql stable security definer set search_path = ''
  as $$
    with scope as (
      select u.id, u.district_id from public.units u
      where u.id in (select app_private.dashboard_unit_ids(p_campaign_id, p_district_id))
    ),
    photo_list as (
      select p.id, s.district_id from public.photos p join scope s on s.id = p.unit_id
      where p.campaign_id = p_campaign_id and p.purpose = 'activity'
    ),
    latest as (
      -- Each photo's latest check in one ordered pass (not a lookup per photo).
      select distinct on (r.photo_id) r.photo_id, coalesce(r.review_verdict, r.verdict) as verdict
      from public.photo_check_results r
      where r.photo_id in (select id from photo_list)
      order by r.photo_id, r.checked_at desc
    )
    select p.district_id,
           count(*) filter (where v.verdict = 'passed')::int,
           count(*) filter (where v.verdict = 'failed')::int,
           count(*) filter (where v.verdict in ('needs_review', 'error'))::int,
           count(*) filter (where v.verdict is null)::int
    from photo_list p left join latest v on v.photo_id = p.id
    group by p.district_id
  $$;

-- Submission completeness per deliverable kind: of the cells unit × deadline (a unit owes one per
-- deadline: each Friday's statistics is a cell of its own), how many are 已提交, 已退回, 已逾期, and
-- how many are still open (not yet due, not submitted). The states are the unit home's own rules,
-- not a second copy of them: app_private.campaign_deliverables (migration 710) computes exactly
-- unit_deliverables' rows for a whole campaign set-based — 80–95 ms for 300 units, 20 000 photos
-- and 8 Fridays where unit_deliverables took 520 ms — and the photo verdicts, which no state
-- depends on, are skipped.
create function app_private.dashboard_completeness(p_campaign_id uuid, p_district_id uuid, p_now timestamptz)
  returns table (kind public.deadline_kind, deadlines int, first_due_at timestamptz, cells int, submitted int, returned int, overdue int)
  language sql stable security definer set search_path = ''
  as $$
    select d.kind, count(distinct d.deadline_id)::int, min(d.due_at), count(*)::int,
           count(*) filter (where d.state = 'submitted')::int,
           count(*) filter (where d.state = 'returned')::int,
           count(*) filter (where d.state = 'overdue')::int
    from app_private.campaign_deliverables(p_campaign_id, null, p_now, false) d
    where d.unit_id in (select app_private.dashboard_unit_ids(p_campaign_id, p_district_id))
    group by d.kind
    order by min(d.due_at), d.kind
  $$;

revoke execute on function
  app_private.dashboard_unit_ids(uuid, uuid), app_private.dashboard_signups(uuid, uuid),
  app_private.dashboard_activities(uuid, uuid), app_private.dashboard_service(uuid, uuid),
  app_private.dashboard_photos(uuid, uuid), app_private.dashboard_completeness(uuid, uuid, timestamptz)
  from public, anon;
grant execute on function
  app_private.dashboard_unit_ids(uuid, uuid), app_private.dashboard_signups(uuid, uuid),
  app_private.dashboard_activities(uuid, uuid), app_private.dashboard_service(uuid, uuid),
  app_private.dashboard_photos(uuid, uuid), app_private.dashboard_completeness(uuid, uuid, timestamptz)
  to authenticated, service_role;

