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
language sql stable security definer set search_path = ''
as $$
  with scope as (
    select u.id, u.name, u.sort, u.district_id from public.units u
    where u.id in (select app_private.status_unit_ids(p_campaign_id))
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
    from public.activities a where a.unit_id in (select id from scope)
    group by a.unit_id
  ),
  showcase as (
    select sa.unit_id,
           count(*) filter (where sa.status in ('submitted', 'accepted'))::int as submitted,
           count(*) filter (where sa.status = 'draft')::int as drafts,
           count(*) filter (where sa.status = 'returned')::int as returned
    from public.showcase_applications sa
    where sa.campaign_id = p_campaign_id and sa.unit_id in (select id from scope)
    group by sa.unit_id
  ),
  handed as (
    select p.unit_id,
           count(*)::int as total,
           count(*) filter (where v.verdict = 'passed')::int as passed,
           count(*) filter (where v.verdict in ('needs_review', 'error') or v.verdict is null)::int as review,
           count(*) filter (where v.verdict = 'failed')::int as failed
    from public.photos p
    left join lateral (
      select coalesce(r.review_verdict, r.verdict) as verdict
      from public.photo_check_results r where r.photo_id = p.id
      order by r.checked_at desc limit 1
    ) v on true
    where p.campaign_id = p_campaign_id and p.purpose = 'activity' and p.handed_in_at is not null
      and p.unit_id in (select id from scope)
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
$$;

-- Every deliverable state of every unit in the caller's scope: the unit home's own rules
-- (app_private.unit_deliverables, one query for the whole campaign), not a second copy of them.
create function app_private.status_deliverables(p_campaign_id uuid, p_now timestamptz)
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
  select d.* from app_private.unit_deliverables(p_campaign_id, null, p_now) d
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
  app_private.status_deliverables(uuid, timestamptz), app_private.queue_unit_notices(text, jsonb),
  app_private.status_reminders(uuid)
  from public, anon;
grant execute on function app_private.status_unit_ids(uuid), app_private.status_scope_units(uuid),
  app_private.status_deliverables(uuid, timestamptz), app_private.queue_unit_notices(text, jsonb),
  app_private.status_reminders(uuid)
  to authenticated, service_role;
