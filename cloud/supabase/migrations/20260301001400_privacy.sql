-- Privacy under PIPL (issue 12, "Privacy"): consents recorded with their history and withdrawable,
-- a person's own data exported in one read, and the account deleted in one transaction while the
-- figures units already counted stay as anonymous figures.

-- 1. Consent history ------------------------------------------------------------------------------
-- privacy_consents holds the consents in force (every existing check reads it: sign-up's
-- profile_required, the hours sheet's phone). Withdrawing deletes the row there, so each of those
-- checks stops the processing without a change of its own; this table keeps when each consent was
-- given and withdrawn (PIPL art. 15: withdrawal is recorded, and does not undo what was done before).
-- Purposes: 'registration' (name and phone for sign-ups, contact and hours; in privacy_consents) and
-- 'hours_report' (that name and phone go into the organiser's hours sheet for i志愿; part of the
-- registration notice's wording, so in force with it unless its last event here is 'withdrawn').
create table public.privacy_consent_events (
  id bigint generated always as identity primary key,
  user_id uuid not null references public.app_users (id) on delete cascade,
  purpose text not null check (purpose in ('registration', 'hours_report')),
  policy_version text not null,
  action text not null check (action in ('granted', 'withdrawn')),
  occurred_at timestamptz not null default now()
);
create index privacy_consent_events_user_idx on public.privacy_consent_events (user_id, purpose, occurred_at desc, id desc);

alter table public.privacy_consent_events enable row level security;
create policy privacy_consent_events_own_read on public.privacy_consent_events for select to authenticated
  using (user_id = auth.uid());
-- A person records only their own events, and only as of now (no back-dated history).
create policy privacy_consent_events_own_insert on public.privacy_consent_events for insert to authenticated
  with check (user_id = auth.uid() and occurred_at > now() - interval '1 minute');
grant select, insert on public.privacy_consent_events to authenticated;
grant all on public.privacy_consent_events to service_role;

-- Withdrawing the registration consent removes it from the consents in force.
create policy consents_delete_own on public.privacy_consents for delete to authenticated
  using (user_id = auth.uid());

-- Every consent given, by whatever path (the profile form, WeChat's phone button), is in the history.
create function app_private.record_consent_granted() returns trigger
  language plpgsql security definer set search_path = ''
  as $$
begin
  insert into public.privacy_consent_events (user_id, purpose, policy_version, action, occurred_at)
  values (new.user_id, new.purpose, new.policy_version, 'granted', new.consented_at);
  return new;
end
$$;
create trigger privacy_consents_history after insert on public.privacy_consents
  for each row when (new.purpose in ('registration', 'hours_report'))
  execute function app_private.record_consent_granted();

insert into public.privacy_consent_events (user_id, purpose, policy_version, action, occurred_at)
  select c.user_id, c.purpose, c.policy_version, 'granted', c.consented_at
  from public.privacy_consents c where c.purpose = 'registration';

-- 2. The hours sheet honours a withdrawn 'hours_report' ------------------------------------------
-- As in 20260301000695_campaign_export_reads.sql, plus: a person whose last hours_report event is a
-- withdrawal counts as not consenting (phone masked, 备注 says why). Looked up per row through
-- privacy_consent_events' index, like the consent itself.
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
             )
             and coalesce((
               select e.action from public.privacy_consent_events e
               where e.user_id = p.id and e.purpose = 'hours_report'
               order by e.occurred_at desc, e.id desc limit 1
             ), 'granted') <> 'withdrawn' as consented,
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

-- 3. Export of one's own data ---------------------------------------------------------------------
create function app_private.shanghai_iso(p_at timestamptz) returns text
  language sql immutable set search_path = ''
  as $$ select to_char(p_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS"+08:00"') $$;

-- Everything the product holds about the caller, in one read. Definer: the activities behind old
-- registrations may since be withdrawn or unpublished, which the caller's own reads would hide; the
-- rows are still theirs (PIPL art. 45: access and copy). Nobody but auth.uid() is ever read.
create function app_private.my_personal_data() returns jsonb
  language plpgsql stable security definer set search_path = ''
  as $$
declare
  v_user uuid := auth.uid();
  v_result jsonb;
begin
  if v_user is null then perform app_private.raise_code('unauthenticated'); end if;
  select jsonb_build_object(
    'profile', (
      select jsonb_build_object('id', u.id, 'displayName', u.display_name, 'realName', u.real_name, 'phone', u.phone,
                                'wechatOpenid', u.wechat_openid, 'wechatUnionid', u.wechat_unionid,
                                'createdAt', app_private.shanghai_iso(u.created_at), 'updatedAt', app_private.shanghai_iso(u.updated_at))
      from public.app_users u where u.id = v_user),
    'memberships', coalesce((
      select jsonb_agg(jsonb_build_object('role', m.role::text, 'campaign', c.title, 'unit', un.name, 'district', d.name,
                                          'since', app_private.shanghai_iso(m.created_at)) order by m.created_at)
      from public.memberships m join public.campaigns c on c.id = m.campaign_id
      left join public.units un on un.id = m.unit_id left join public.districts d on d.id = m.district_id
      where m.user_id = v_user), '[]'::jsonb),
    'registrations', coalesce((
      select jsonb_agg(jsonb_build_object(
               'activity', a.title, 'unit', un.name, 'campaign', c.title, 'location', a.location_name,
               'startsAt', app_private.shanghai_iso(a.starts_at), 'endsAt', app_private.shanghai_iso(a.ends_at),
               'status', r.status::text, 'waitlistPosition', r.waitlist_position,
               'signedUpAt', app_private.shanghai_iso(r.created_at), 'confirmedAt', app_private.shanghai_iso(r.confirmed_at),
               'cancelledAt', app_private.shanghai_iso(r.cancelled_at),
               'checkIn', case when ci.id is null then null else jsonb_build_object(
                 'checkedInAt', app_private.shanghai_iso(ci.checked_in_at), 'checkedOutAt', app_private.shanghai_iso(ci.checked_out_at),
                 'hours', ci.hours, 'autoClosed', ci.auto_closed, 'correctedAt', app_private.shanghai_iso(ci.corrected_at),
                 'correctionNote', ci.correction_note) end
             ) order by a.starts_at, r.created_at)
      from public.registrations r join public.activities a on a.id = r.activity_id
      join public.units un on un.id = a.unit_id join public.campaigns c on c.id = a.campaign_id
      left join public.check_ins ci on ci.registration_id = r.id
      where r.user_id = v_user), '[]'::jsonb),
    'checkInScans', coalesce((
      select jsonb_agg(jsonb_build_object('activity', a.title, 'scannedAt', app_private.shanghai_iso(s.scanned_at),
                                          'receivedAt', app_private.shanghai_iso(s.received_at), 'action', s.action) order by s.scanned_at)
      from public.check_in_scans s join public.activities a on a.id = s.activity_id
      where s.user_id = v_user), '[]'::jsonb),
    'notifications', coalesce((
      select jsonb_agg(jsonb_build_object('kind', n.kind, 'content', n.payload, 'status', n.status,
                                          'createdAt', app_private.shanghai_iso(n.created_at), 'sentAt', app_private.shanghai_iso(n.sent_at))
                       order by n.created_at)
      from public.notification_outbox n where n.user_id = v_user), '[]'::jsonb),
    'consents', coalesce((
      select jsonb_agg(jsonb_build_object('purpose', c.purpose, 'policyVersion', c.policy_version,
                                          'consentedAt', app_private.shanghai_iso(c.consented_at)) order by c.consented_at)
      from public.privacy_consents c where c.user_id = v_user), '[]'::jsonb),
    'consentHistory', coalesce((
      select jsonb_agg(jsonb_build_object('purpose', e.purpose, 'policyVersion', e.policy_version, 'action', e.action,
                                          'at', app_private.shanghai_iso(e.occurred_at)) order by e.occurred_at, e.id)
      from public.privacy_consent_events e where e.user_id = v_user), '[]'::jsonb),
    'photos', coalesce((
      select jsonb_agg(jsonb_build_object('id', p.id, 'purpose', p.purpose::text, 'unit', un.name, 'activity', a.title,
                                          'storagePath', p.storage_path, 'byteSize', p.byte_size,
                                          'uploadedAt', app_private.shanghai_iso(p.created_at)) order by p.created_at)
      from public.photos p join public.units un on un.id = p.unit_id left join public.activities a on a.id = p.activity_id
      where p.uploaded_by = v_user), '[]'::jsonb),
    'newsPictures', coalesce((
      select jsonb_agg(jsonb_build_object('id', w.id, 'unit', un.name, 'storagePath', w.storage_path, 'byteSize', w.byte_size,
                                          'uploadedAt', app_private.shanghai_iso(w.created_at)) order by w.created_at)
      from public.weekly_stats_pictures w join public.units un on un.id = w.unit_id
      where w.uploaded_by = v_user), '[]'::jsonb)
  ) into v_result;
  return v_result;
end
$$;

-- 4. Account deletion -----------------------------------------------------------------------------
-- A deleted person's registrations and check-ins move to a placeholder row of their own with no
-- personal data, so every figure already counted (distinct people, hours, sign-ups per day, past
-- weeks' tables and exports) stays the same; the real row is deleted, which ends every token that
-- names it and cascades away consents, memberships, messages and scans.
alter table public.app_users add column anonymised_at timestamptz;

-- The caller's memberships nobody else holds: a unit whose only contact, a district whose only
-- admin, a campaign whose only organiser the caller is. Told before deletion what happens.
create function app_private.my_sole_memberships()
  returns table (role text, campaign_id uuid, campaign_title text, unit_id uuid, unit_name text, district_name text)
  language sql stable security definer set search_path = ''
  as $$
    select m.role::text, m.campaign_id, c.title, m.unit_id, un.name, d.name
    from public.memberships m
    join public.campaigns c on c.id = m.campaign_id
    left join public.units un on un.id = m.unit_id
    left join public.districts d on d.id = m.district_id
    where m.user_id = auth.uid() and m.role::text <> 'volunteer'
      and not exists (
        select 1 from public.memberships o
        where o.user_id <> m.user_id and o.campaign_id = m.campaign_id and o.role = m.role
          and o.unit_id is not distinct from m.unit_id and o.district_id is not distinct from m.district_id
      )
    order by c.title, un.name
  $$;

-- What deleting would keep and give up, as counts (definer: activities behind old sign-ups may be
-- hidden from the caller's own reads by now).
create function app_private.my_deletion_preview(p_now timestamptz default now())
  returns table (upcoming_registrations int, check_ins_kept int, hours_kept numeric, photos_kept int)
  language sql stable security definer set search_path = ''
  as $$
    select
      (select count(*)::int from public.registrations r join public.activities a on a.id = r.activity_id
        where r.user_id = auth.uid() and r.status <> 'cancelled' and a.starts_at > p_now),
      (select count(*)::int from public.check_ins ci join public.registrations r on r.id = ci.registration_id
        where r.user_id = auth.uid()),
      (select coalesce(sum(ci.hours), 0) from public.check_ins ci join public.registrations r on r.id = ci.registration_id
        where r.user_id = auth.uid()),
      (select count(*)::int from public.photos p where p.uploaded_by = auth.uid())
        + (select count(*)::int from public.weekly_stats_pictures w where w.uploaded_by = auth.uid())
  $$;

create function app_private.delete_my_account(p_now timestamptz default now()) returns jsonb
  language plpgsql security definer set search_path = ''
  as $$
declare
  v_user uuid := auth.uid();
  v_placeholder uuid;
  v_reg record;
  v_activity public.activities;
  v_next public.registrations;
  v_cancelled int := 0;
  v_promoted int := 0;
  v_kept int := 0;
  v_check_ins int := 0;
  v_hours numeric := 0;
  v_roles jsonb;
  v_sole int;
  v_photos int;
  v_summary jsonb;
begin
  if v_user is null then perform app_private.raise_code('unauthenticated'); end if;
  perform 1 from public.app_users where id = v_user and anonymised_at is null for update;
  if not found then perform app_private.raise_code('unauthenticated'); end if;

  select coalesce(jsonb_object_agg(x.role, x.n), '{}'::jsonb) into v_roles
    from (select m.role::text as role, count(*) as n from public.memberships m where m.user_id = v_user group by m.role) x;
  select count(*) into v_sole from app_private.my_sole_memberships();
  select photos_kept into v_photos from app_private.my_deletion_preview(p_now);

  -- From here the rows are moved as system work on behalf of the person verified above: triggers
  -- written for a person's own writes (campaign visibility) must not refuse moving history they
  -- already have, e.g. a registration in a campaign unpublished since.
  perform set_config('request.jwt.claims', '{"role":"service_role"}', true);

  insert into public.app_users (display_name, anonymised_at) values ('已注销用户', p_now) returning id into v_placeholder;

  -- Sign-ups for what has not started are given up: the seat goes to the first person waiting, who
  -- is told (as app_private.cancel_registration does, without its cut-off: the person is leaving).
  for v_reg in
    select r.id, r.activity_id, r.status from public.registrations r
    join public.activities a on a.id = r.activity_id
    where r.user_id = v_user and r.status <> 'cancelled' and a.starts_at > p_now
    order by r.activity_id
  loop
    select * into v_activity from public.activities where id = v_reg.activity_id for update;
    update public.registrations set status = 'cancelled', cancelled_at = p_now, waitlist_position = null where id = v_reg.id;
    v_cancelled := v_cancelled + 1;
    if v_reg.status = 'confirmed' and v_activity.status = 'published' then
      select * into v_next from public.registrations
        where activity_id = v_activity.id and status = 'waitlisted'
        order by waitlist_position limit 1 for update;
      if found then
        update public.registrations set status = 'confirmed', confirmed_at = p_now, waitlist_position = null where id = v_next.id;
        insert into public.notification_outbox (user_id, kind, payload, dedupe_key)
        values (v_next.user_id, 'waitlist_promoted',
                jsonb_build_object('activityId', v_activity.id, 'title', v_activity.title, 'startsAt', v_activity.starts_at,
                                   'locationName', v_activity.location_name),
                'waitlist_promoted:' || v_next.id)
        on conflict (dedupe_key) do nothing;
        v_promoted := v_promoted + 1;
      end if;
    end if;
  end loop;

  select count(ci.id), coalesce(sum(ci.hours), 0) into v_check_ins, v_hours
    from public.check_ins ci join public.registrations r on r.id = ci.registration_id where r.user_id = v_user;
  update public.registrations set user_id = v_placeholder where user_id = v_user;
  get diagnostics v_kept = row_count;

  v_summary := jsonb_build_object(
    'registrationsKept', v_kept, 'cancelledUpcoming', v_cancelled, 'waitlistPromoted', v_promoted,
    'checkInsKept', v_check_ins, 'hoursKept', v_hours, 'roles', v_roles, 'soleMemberships', v_sole,
    'photosKeptByUnits', v_photos);
  -- Counts only: no name, phone or openid. The entity is the anonymous placeholder, not the person.
  insert into public.audit_log (campaign_id, actor_id, action, entity, entity_id, before, after)
  values (null, null, 'account.delete', 'app_user', v_placeholder, null, v_summary);

  delete from public.app_users where id = v_user;
  return v_summary;
end
$$;

revoke execute on function app_private.my_personal_data() from public, anon;
revoke execute on function app_private.my_sole_memberships() from public, anon;
revoke execute on function app_private.my_deletion_preview(timestamptz) from public, anon;
revoke execute on function app_private.delete_my_account(timestamptz) from public, anon;
grant execute on function app_private.my_personal_data() to authenticated, service_role;
grant execute on function app_private.my_sole_memberships() to authenticated, service_role;
grant execute on function app_private.my_deletion_preview(timestamptz) to authenticated, service_role;
grant execute on function app_private.delete_my_account(timestamptz) to authenticated, service_role;
