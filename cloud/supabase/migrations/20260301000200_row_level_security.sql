-- Who sees what. Every table has row-level security; the API runs each request as `anon` or
-- `authenticated` with the caller's claims, so these policies are the access rules, not the code.
-- Helpers are SECURITY DEFINER so policies on memberships do not recurse into themselves.

create schema if not exists app_private;
grant usage on schema app_private to anon, authenticated, service_role;

create function app_private.is_organiser(p_campaign_id uuid) returns boolean
  language sql stable security definer set search_path = ''
  as $$
    select exists (
      select 1 from public.memberships m
      where m.user_id = auth.uid() and m.campaign_id = p_campaign_id and m.role = 'organiser'
    )
  $$;

create function app_private.is_unit_contact(p_unit_id uuid) returns boolean
  language sql stable security definer set search_path = ''
  as $$
    select exists (
      select 1 from public.memberships m
      where m.user_id = auth.uid() and m.unit_id = p_unit_id and m.role = 'unit_contact'
    )
  $$;

-- A unit's rows are managed by its contacts and by the organisers of the unit's campaign.
create function app_private.can_manage_unit(p_unit_id uuid) returns boolean
  language sql stable security definer set search_path = ''
  as $$
    select app_private.is_unit_contact(p_unit_id)
      or exists (
        select 1 from public.units u
        where u.id = p_unit_id and app_private.is_organiser(u.campaign_id)
      )
  $$;

create function app_private.can_manage_activity(p_activity_id uuid) returns boolean
  language sql stable security definer set search_path = ''
  as $$
    select exists (
      select 1 from public.activities a
      where a.id = p_activity_id and app_private.can_manage_unit(a.unit_id)
    )
  $$;

create function app_private.campaign_visible(p_campaign_id uuid) returns boolean
  language sql stable security definer set search_path = ''
  as $$
    select exists (
      select 1 from public.campaigns c
      where c.id = p_campaign_id and (c.is_published or app_private.is_organiser(c.id))
    )
  $$;

-- Volunteers' personal data is visible to the people running an activity they signed up for.
create function app_private.can_see_user(p_user_id uuid) returns boolean
  language sql stable security definer set search_path = ''
  as $$
    select p_user_id = auth.uid()
      or exists (
        select 1 from public.registrations r
        where r.user_id = p_user_id and app_private.can_manage_activity(r.activity_id)
      )
      or exists (
        select 1 from public.memberships m
        where m.user_id = p_user_id and app_private.is_organiser(m.campaign_id)
      )
  $$;

grant execute on all functions in schema app_private to anon, authenticated, service_role;

-- Keep activities' counters in step with registrations. Runs with the table owner's rights so a
-- volunteer's registration can update the activity row; the row lock this takes serialises
-- concurrent sign-ups, and the activities check (confirmed_count <= capacity) refuses overbooking.
create function app_private.count_registrations() returns trigger
  language plpgsql security definer set search_path = ''
  as $$
declare
  v_confirmed int := 0;
  v_waitlisted int := 0;
begin
  if tg_op in ('UPDATE', 'DELETE') then
    v_confirmed := v_confirmed - (old.status = 'confirmed')::int;
    v_waitlisted := v_waitlisted - (old.status = 'waitlisted')::int;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    v_confirmed := v_confirmed + (new.status = 'confirmed')::int;
    v_waitlisted := v_waitlisted + (new.status = 'waitlisted')::int;
  end if;
  if v_confirmed <> 0 or v_waitlisted <> 0 then
    update public.activities
      set confirmed_count = confirmed_count + v_confirmed,
          waitlist_count = waitlist_count + v_waitlisted
      where id = coalesce(new.activity_id, old.activity_id);
  end if;
  return null;
end
$$;

create trigger registrations_count after insert or update of status or delete on public.registrations
  for each row execute function app_private.count_registrations();

-- Grants: RLS decides rows; these decide which roles may try at all.
grant usage on schema public to anon, authenticated, service_role;
grant select on all tables in schema public to anon;
grant select, insert, update, delete on all tables in schema public to authenticated, service_role;
grant usage, select on all sequences in schema public to authenticated, service_role;

alter table public.campaigns enable row level security;
alter table public.campaign_deadlines enable row level security;
alter table public.campaign_quotas enable row level security;
alter table public.campaign_contacts enable row level security;
alter table public.districts enable row level security;
alter table public.units enable row level security;
alter table public.app_users enable row level security;
alter table public.memberships enable row level security;
alter table public.invite_codes enable row level security;
alter table public.privacy_consents enable row level security;
alter table public.activities enable row level security;
alter table public.registrations enable row level security;
alter table public.check_ins enable row level security;
alter table public.showcase_applications enable row level security;
alter table public.reports enable row level security;
alter table public.photos enable row level security;
alter table public.photo_check_jobs enable row level security;
alter table public.photo_check_results enable row level security;
alter table public.weekly_stats enable row level security;
alter table public.media_coverage enable row level security;
alter table public.notification_outbox enable row level security;
alter table public.audit_log enable row level security;

-- Campaign reference data: public while published; organisers edit their own campaign.
create policy campaigns_read on public.campaigns for select to anon, authenticated
  using (is_published or app_private.is_organiser(id));
create policy campaigns_organiser_update on public.campaigns for update to authenticated
  using (app_private.is_organiser(id)) with check (app_private.is_organiser(id));

create policy deadlines_read on public.campaign_deadlines for select to anon, authenticated
  using (app_private.campaign_visible(campaign_id));
create policy deadlines_organiser_write on public.campaign_deadlines for all to authenticated
  using (app_private.is_organiser(campaign_id)) with check (app_private.is_organiser(campaign_id));

create policy quotas_read on public.campaign_quotas for select to anon, authenticated
  using (app_private.campaign_visible(campaign_id));
create policy quotas_organiser_write on public.campaign_quotas for all to authenticated
  using (app_private.is_organiser(campaign_id)) with check (app_private.is_organiser(campaign_id));

create policy contacts_read on public.campaign_contacts for select to anon, authenticated
  using (app_private.campaign_visible(campaign_id));
create policy contacts_organiser_write on public.campaign_contacts for all to authenticated
  using (app_private.is_organiser(campaign_id)) with check (app_private.is_organiser(campaign_id));

create policy districts_read on public.districts for select to anon, authenticated
  using (app_private.campaign_visible(campaign_id));
create policy districts_organiser_write on public.districts for all to authenticated
  using (app_private.is_organiser(campaign_id)) with check (app_private.is_organiser(campaign_id));

create policy units_read on public.units for select to anon, authenticated
  using (app_private.campaign_visible(campaign_id));
create policy units_organiser_write on public.units for all to authenticated
  using (app_private.is_organiser(campaign_id)) with check (app_private.is_organiser(campaign_id));

-- People.
create policy users_read on public.app_users for select to authenticated
  using (app_private.can_see_user(id));
create policy users_update_self on public.app_users for update to authenticated
  using (id = auth.uid()) with check (id = auth.uid());

create policy memberships_read on public.memberships for select to authenticated
  using (user_id = auth.uid() or app_private.is_organiser(campaign_id));
create policy memberships_organiser_write on public.memberships for all to authenticated
  using (app_private.is_organiser(campaign_id)) with check (app_private.is_organiser(campaign_id));

create policy invites_organiser on public.invite_codes for all to authenticated
  using (app_private.is_organiser(campaign_id)) with check (app_private.is_organiser(campaign_id));

create policy consents_own on public.privacy_consents for select to authenticated
  using (user_id = auth.uid());
create policy consents_insert_own on public.privacy_consents for insert to authenticated
  with check (user_id = auth.uid());

-- Activities: published ones are public; drafts and cancelled ones only for who runs them.
create policy activities_read on public.activities for select to anon, authenticated
  using (
    (status = 'published' and app_private.campaign_visible(campaign_id))
    or app_private.can_manage_unit(unit_id)
  );
create policy activities_insert on public.activities for insert to authenticated
  with check (app_private.can_manage_unit(unit_id));
create policy activities_update on public.activities for update to authenticated
  using (app_private.can_manage_unit(unit_id)) with check (app_private.can_manage_unit(unit_id));
create policy activities_delete_draft on public.activities for delete to authenticated
  using (status = 'draft' and app_private.can_manage_unit(unit_id));

create policy registrations_read on public.registrations for select to authenticated
  using (user_id = auth.uid() or app_private.can_manage_activity(activity_id));
create policy registrations_insert_own on public.registrations for insert to authenticated
  with check (user_id = auth.uid());
create policy registrations_update on public.registrations for update to authenticated
  using (user_id = auth.uid() or app_private.can_manage_activity(activity_id))
  with check (user_id = auth.uid() or app_private.can_manage_activity(activity_id));

create policy check_ins_read on public.check_ins for select to authenticated
  using (exists (
    select 1 from public.registrations r
    where r.id = registration_id
      and (r.user_id = auth.uid() or app_private.can_manage_activity(r.activity_id))
  ));
create policy check_ins_manage on public.check_ins for all to authenticated
  using (exists (
    select 1 from public.registrations r
    where r.id = registration_id and app_private.can_manage_activity(r.activity_id)
  ))
  with check (exists (
    select 1 from public.registrations r
    where r.id = registration_id and app_private.can_manage_activity(r.activity_id)
  ));

-- A unit's submissions: its contacts and the campaign's organisers.
create policy showcase_unit on public.showcase_applications for all to authenticated
  using (app_private.can_manage_unit(unit_id)) with check (app_private.can_manage_unit(unit_id));
create policy reports_unit on public.reports for all to authenticated
  using (app_private.can_manage_unit(unit_id)) with check (app_private.can_manage_unit(unit_id));
create policy photos_unit on public.photos for all to authenticated
  using (app_private.can_manage_unit(unit_id)) with check (app_private.can_manage_unit(unit_id));
create policy weekly_stats_unit on public.weekly_stats for all to authenticated
  using (app_private.can_manage_unit(unit_id)) with check (app_private.can_manage_unit(unit_id));
create policy media_unit on public.media_coverage for all to authenticated
  using (app_private.can_manage_unit(unit_id)) with check (app_private.can_manage_unit(unit_id));

-- Check jobs are written by workers (service_role); people only read their photos' state.
create policy jobs_read on public.photo_check_jobs for select to authenticated
  using (exists (
    select 1 from public.photos p where p.id = photo_id and app_private.can_manage_unit(p.unit_id)
  ));
create policy results_read on public.photo_check_results for select to authenticated
  using (exists (
    select 1 from public.photos p where p.id = photo_id and app_private.can_manage_unit(p.unit_id)
  ));
create policy results_organiser_review on public.photo_check_results for update to authenticated
  using (exists (
    select 1 from public.photos p where p.id = photo_id and app_private.is_organiser(p.campaign_id)
  ));

create policy outbox_own on public.notification_outbox for select to authenticated
  using (user_id = auth.uid());

create policy audit_organiser_read on public.audit_log for select to authenticated
  using (app_private.is_organiser(campaign_id));
create policy audit_insert_self on public.audit_log for insert to authenticated
  with check (actor_id = auth.uid());
