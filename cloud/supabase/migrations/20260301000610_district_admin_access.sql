-- What a 区县管理员 reads: its own district's units and everything they hand in — activities (drafts
-- too), submissions, showcase applications, reports, photos and their check results, weekly
-- statistics, media coverage, the units' memberships and contacts — and never another district's.
-- Read only: every policy below is `for select`. Writing stays with the units' contacts and the
-- campaign's organisers (can_manage_unit / managed_unit_ids leave district admins out), so a
-- district admin can never write a unit's submission.

create function app_private.is_district_admin(p_district_id uuid) returns boolean
  language sql stable security definer set search_path = ''
  as $$
    select exists (
      select 1 from public.memberships m
      where m.user_id = auth.uid() and m.role = 'district_admin' and m.district_id = p_district_id
    )
  $$;

-- A unit's rows may be read by its contacts, its campaign's organisers and its district's admins.
create function app_private.can_see_unit(p_unit_id uuid) returns boolean
  language sql stable security definer set search_path = ''
  as $$
    select app_private.can_manage_unit(p_unit_id)
      or exists (
        select 1 from public.units u
        where u.id = p_unit_id and u.district_id is not null and app_private.is_district_admin(u.district_id)
      )
  $$;

-- The same rules as sets, each computed once per query: policies on tables read by the hundred
-- rows (activity lists, photos, weekly statistics) test membership in a set instead of calling a
-- function per row, and for everyone who is not a district admin the sets are empty at once.
create function app_private.admin_district_ids() returns setof uuid
  language sql stable security definer set search_path = ''
  as $$
    select m.district_id from public.memberships m
    where m.user_id = auth.uid() and m.role = 'district_admin' and m.district_id is not null
  $$;

create function app_private.district_unit_ids() returns setof uuid
  language sql stable security definer set search_path = ''
  as $$
    select u.id from public.units u
    join public.memberships m on m.district_id = u.district_id and m.campaign_id = u.campaign_id
    where m.user_id = auth.uid() and m.role = 'district_admin'
  $$;

create function app_private.district_admin_campaign_ids() returns setof uuid
  language sql stable security definer set search_path = ''
  as $$
    select m.campaign_id from public.memberships m where m.user_id = auth.uid() and m.role = 'district_admin'
  $$;

-- The unit contacts of those units (a district admin phones them about a late return).
create function app_private.district_contact_ids() returns setof uuid
  language sql stable security definer set search_path = ''
  as $$
    select c.user_id from public.memberships c
    where c.role = 'unit_contact' and c.unit_id in (select app_private.district_unit_ids())
  $$;

grant execute on function app_private.is_district_admin(uuid), app_private.can_see_unit(uuid),
  app_private.admin_district_ids(), app_private.district_unit_ids(), app_private.district_admin_campaign_ids(),
  app_private.district_contact_ids()
  to anon, authenticated, service_role;

-- The campaign and its reference data, also while it is not published. ---------------------------
create policy campaigns_district_read on public.campaigns for select to authenticated
  using (id in (select app_private.district_admin_campaign_ids()));
create policy deadlines_district_read on public.campaign_deadlines for select to authenticated
  using (campaign_id in (select app_private.district_admin_campaign_ids()));
create policy quotas_district_read on public.campaign_quotas for select to authenticated
  using (campaign_id in (select app_private.district_admin_campaign_ids()));
create policy contacts_district_read on public.campaign_contacts for select to authenticated
  using (campaign_id in (select app_private.district_admin_campaign_ids()));
create policy districts_district_read on public.districts for select to authenticated
  using (campaign_id in (select app_private.district_admin_campaign_ids()));
create policy units_district_read on public.units for select to authenticated
  using (id in (select app_private.district_unit_ids()));

-- People: the memberships of its units and of its own district, and those people's names. ---------
create policy memberships_district_read on public.memberships for select to authenticated
  using (unit_id in (select app_private.district_unit_ids()) or district_id in (select app_private.admin_district_ids()));
-- Contacts of its units (name and phone, to chase a late return); never the volunteers.
create policy users_district_read on public.app_users for select to authenticated
  using (id in (select app_private.district_contact_ids()));

-- What its units hand in. ------------------------------------------------------------------------
create policy activities_district_read on public.activities for select to authenticated
  using (unit_id in (select app_private.district_unit_ids()));
create policy unit_submissions_district_read on public.unit_submissions for select to authenticated
  using (unit_id in (select app_private.district_unit_ids()));
create policy showcase_district_read on public.showcase_applications for select to authenticated
  using (unit_id in (select app_private.district_unit_ids()));
create policy reports_district_read on public.reports for select to authenticated
  using (unit_id in (select app_private.district_unit_ids()));
create policy photos_district_read on public.photos for select to authenticated
  using (unit_id in (select app_private.district_unit_ids()));
create policy results_district_read on public.photo_check_results for select to authenticated
  using (exists (
    select 1 from public.photos p where p.id = photo_id and p.unit_id in (select app_private.district_unit_ids())
  ));
create policy weekly_stats_district_read on public.weekly_stats for select to authenticated
  using (unit_id in (select app_private.district_unit_ids()));
create policy weekly_stats_served_district_read on public.weekly_stats_served for select to authenticated
  using (unit_id in (select app_private.district_unit_ids()));
create policy weekly_stats_returns_district_read on public.weekly_stats_returns for select to authenticated
  using (unit_id in (select app_private.district_unit_ids()));
create policy weekly_stats_pictures_district_read on public.weekly_stats_pictures for select to authenticated
  using (unit_id in (select app_private.district_unit_ids()));
create policy media_district_read on public.media_coverage for select to authenticated
  using (unit_id in (select app_private.district_unit_ids()));
