-- Reads of the organisers' exports that the tables' per-row policies made slow (issue 9), each
-- scoped once by app_private.export_unit_ids (…680: organisers every unit, a district admin its
-- district, nobody else anything). Measured with bench:export (300 units).

-- 1. The volunteer-hours sheet's rows (app_private.campaign_volunteer_hours, …680) with the consent
-- looked up per row through privacy_consents' unique (user_id, policy_version, purpose) index.
--
-- …680 joined a CTE of every consenting person; a SQL function's body is planned generically, the
-- CTE had no statistics, and the plan compared each of 28 650 check-ins with each of 2 000 consents
-- in a nested loop: 4–6 s on bench:export's data, for a query whose rows take 0.3 s. Same
-- arguments, same rows, same rule: the phone only with a consent to p_purpose at one of
-- p_policy_versions, else masked; organisers only.
create or replace function app_private.campaign_volunteer_hours(
  p_campaign_id uuid, p_district_id uuid, p_from timestamptz, p_to timestamptz, p_purpose text, p_policy_versions text[]
)
  returns table (
    unit_id uuid, activity_id uuid, user_id uuid, person_name text, phone text, phone_consented boolean,
    checked_in_at timestamptz, checked_out_at timestamptz, hours numeric, auto_closed boolean, corrected boolean
  )
  language sql stable security definer set search_path = ''
  as $$
    select x.unit_id, x.activity_id, x.user_id, x.person_name,
           case when x.consented then x.phone
                when x.phone is not null then left(x.phone, 3) || '****' || right(x.phone, 4) end,
           x.consented, x.checked_in_at, x.checked_out_at, x.hours, x.auto_closed, x.corrected
    from (
      select a.unit_id, a.id as activity_id, p.id as user_id,
             coalesce(nullif(trim(p.real_name), ''), p.display_name) as person_name, p.phone,
             exists (
               select 1 from public.privacy_consents c
               where c.user_id = p.id and c.purpose = p_purpose and c.policy_version = any (p_policy_versions)
             ) as consented,
             ci.checked_in_at, ci.checked_out_at, ci.hours, ci.auto_closed, ci.corrected_at is not null as corrected
      from public.activities a
      join public.units u on u.id = a.unit_id
      join public.registrations r on r.activity_id = a.id
      join public.check_ins ci on ci.registration_id = r.id
      join public.app_users p on p.id = r.user_id
      where app_private.is_organiser(p_campaign_id)
        and a.campaign_id = p_campaign_id
        and (p_district_id is null or u.district_id = p_district_id)
        and ci.checked_in_at >= p_from and ci.checked_in_at < p_to
        and ci.checked_out_at is not null and ci.hours > 0
    ) x
  $$;

-- 2. The handed-in (submitted / accepted) 附件1 projects and their pictures. showcase_applications and
-- photos are guarded by app_private.can_manage_unit(unit_id) per row (…200): 420 projects and 1 690
-- pictures cost 0.25 s and 0.7 s in those calls alone, before a byte was written.
create function app_private.export_showcase_projects(p_campaign_id uuid) returns setof public.showcase_applications
  language sql stable security definer set search_path = ''
  as $$
    select a.* from public.showcase_applications a
    where a.campaign_id = p_campaign_id and a.status in ('submitted', 'accepted')
      and a.unit_id in (select app_private.export_unit_ids(p_campaign_id))
  $$;

create function app_private.export_showcase_pictures(p_campaign_id uuid)
  returns table (showcase_application_id uuid, showcase_position smallint, storage_path text, mime_type text, byte_size int, created_at timestamptz)
  language sql stable security definer set search_path = ''
  as $$
    select p.showcase_application_id, p.showcase_position, p.storage_path, p.mime_type, p.byte_size, p.created_at
    from public.photos p
    join public.showcase_applications a on a.id = p.showcase_application_id
    where a.campaign_id = p_campaign_id and a.status in ('submitted', 'accepted') and p.purpose = 'showcase'
      and a.unit_id in (select app_private.export_unit_ids(p_campaign_id))
  $$;

revoke execute on function app_private.export_showcase_projects(uuid), app_private.export_showcase_pictures(uuid) from public;
grant execute on function app_private.export_showcase_projects(uuid), app_private.export_showcase_pictures(uuid) to authenticated, service_role;
