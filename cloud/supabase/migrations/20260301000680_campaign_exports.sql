-- The organisers' official exports (issue 9): all units' 附件1 and 附件2, the 肇庆 统计表 for a Friday or a
-- month, a district's figures and the volunteer-hours sheet for i志愿 / 中国志愿服务网.
--
-- Most of what an export reads is already readable by the caller under row-level security (an
-- organiser: its campaign; a 区县管理员: its district, read only). Two things are not, or not fast:
-- check-ins (read through registrations, a SECURITY DEFINER call per row: ~0.15 ms × tens of
-- thousands) and the volunteers' consents (privacy_consents is each person's own). The functions
-- below read those set-based, with the caller's right checked once, up front, with the same helpers
-- the policies use. Nobody else gets a row.

-- The units of a campaign an export may cover for the caller: every unit for the campaign's
-- organisers, the units of its own district(s) for a district admin, none for anyone else.
create function app_private.export_unit_ids(p_campaign_id uuid) returns setof uuid
  language sql stable security definer set search_path = ''
  as $$
    select u.id from public.units u
    where u.campaign_id = p_campaign_id and app_private.is_organiser(p_campaign_id)
    union
    select u.id from public.units u
    join public.memberships m on m.district_id = u.district_id and m.campaign_id = u.campaign_id
    where u.campaign_id = p_campaign_id and m.user_id = auth.uid() and m.role = 'district_admin'
  $$;

-- The set-based sibling of app_private.unit_stats_figures (…530_weekly_stats.sql): per activity of
-- every unit the caller may export, the distinct people checked in during [p_from, p_to)
-- (参与志愿者人次) and the sum of their hours (累计志愿服务时数; not yet checked out adds 0). The same
-- counting rule, for 300 units in one grouped query instead of 300 calls.
create function app_private.campaign_stats_figures(p_campaign_id uuid, p_from timestamptz, p_to timestamptz)
  returns table (unit_id uuid, activity_id uuid, volunteer_count int, service_hours numeric)
  language sql stable security definer set search_path = ''
  as $$
    select a.unit_id, r.activity_id, count(distinct r.user_id)::int, coalesce(sum(ci.hours), 0)::numeric
    from public.activities a
    join public.registrations r on r.activity_id = a.id
    join public.check_ins ci on ci.registration_id = r.id
    where a.campaign_id = p_campaign_id
      and a.unit_id in (select app_private.export_unit_ids(p_campaign_id))
      and ci.checked_in_at >= p_from and ci.checked_in_at < p_to
    group by a.unit_id, r.activity_id
  $$;

-- One row per person and activity for the volunteer-hours sheet: the check-ins made in
-- [p_from, p_to) that were checked out with hours above zero (what i志愿 can record), of the
-- campaign's units (or one district's). Organisers only: a district admin never reads volunteers
-- (…610_district_admin_access.sql), so it gets nothing.
--
-- The phone number leaves the database only when the volunteer consented to a purpose that covers
-- recording their service hours with the organiser (p_purpose at one of p_policy_versions, decided in
-- cloud/lib/campaign-exports/hours-consent.ts); otherwise it comes masked (138****5678) and
-- phone_consented is false. Nobody here has an ID number: the product never collects one.
create function app_private.campaign_volunteer_hours(
  p_campaign_id uuid, p_district_id uuid, p_from timestamptz, p_to timestamptz, p_purpose text, p_policy_versions text[]
)
  returns table (
    unit_id uuid, activity_id uuid, user_id uuid, person_name text, phone text, phone_consented boolean,
    checked_in_at timestamptz, checked_out_at timestamptz, hours numeric, auto_closed boolean, corrected boolean
  )
  language sql stable security definer set search_path = ''
  as $$
    with consented as (
      select distinct c.user_id from public.privacy_consents c
      where c.purpose = p_purpose and c.policy_version = any (p_policy_versions)
    )
    select a.unit_id, a.id, p.id,
           coalesce(nullif(trim(p.real_name), ''), p.display_name),
           case when k.user_id is not null then p.phone
                when p.phone is not null then left(p.phone, 3) || '****' || right(p.phone, 4) end,
           k.user_id is not null,
           ci.checked_in_at, ci.checked_out_at, ci.hours, ci.auto_closed, ci.corrected_at is not null
    from public.activities a
    join public.units u on u.id = a.unit_id
    join public.registrations r on r.activity_id = a.id
    join public.check_ins ci on ci.registration_id = r.id
    join public.app_users p on p.id = r.user_id
    left join consented k on k.user_id = p.id
    where app_private.is_organiser(p_campaign_id)
      and a.campaign_id = p_campaign_id
      and (p_district_id is null or u.district_id = p_district_id)
      and ci.checked_in_at >= p_from and ci.checked_in_at < p_to
      and ci.checked_out_at is not null and ci.hours > 0
  $$;

-- Check-ins not (yet) in that sheet, so the sheet can say how many are left out and why.
create function app_private.campaign_hours_left_out(p_campaign_id uuid, p_district_id uuid, p_from timestamptz, p_to timestamptz)
  returns table (not_checked_out int, zero_hours int)
  language sql stable security definer set search_path = ''
  as $$
    select count(*) filter (where ci.checked_out_at is null)::int,
           count(*) filter (where ci.checked_out_at is not null and coalesce(ci.hours, 0) = 0)::int
    from public.activities a
    join public.units u on u.id = a.unit_id
    join public.registrations r on r.activity_id = a.id
    join public.check_ins ci on ci.registration_id = r.id
    where app_private.is_organiser(p_campaign_id)
      and a.campaign_id = p_campaign_id
      and (p_district_id is null or u.district_id = p_district_id)
      and ci.checked_in_at >= p_from and ci.checked_in_at < p_to
  $$;

revoke execute on function app_private.export_unit_ids(uuid),
  app_private.campaign_stats_figures(uuid, timestamptz, timestamptz),
  app_private.campaign_volunteer_hours(uuid, uuid, timestamptz, timestamptz, text, text[]),
  app_private.campaign_hours_left_out(uuid, uuid, timestamptz, timestamptz)
  from public;
grant execute on function app_private.export_unit_ids(uuid),
  app_private.campaign_stats_figures(uuid, timestamptz, timestamptz),
  app_private.campaign_volunteer_hours(uuid, uuid, timestamptz, timestamptz, text, text[]),
  app_private.campaign_hours_left_out(uuid, uuid, timestamptz, timestamptz)
  to authenticated, service_role;

-- A campaign's check-ins by time go activity → registrations → check_ins; the registrations index
-- exists (…530). Submitted weekly rows of a deadline are found by (deadline_id, unit_id) (…530) too.
