-- Defects found by outside probing (issue 12, items 1, 2 and 5).

-- 1. Uploads: the claim keeps what it read --------------------------------------------------------
-- A signed upload URL is single-use (storage refuses a second PUT to an existing object). The claim
-- also records the bytes' digest and size, so whatever reads the file later can tell it is still
-- the file that was checked, and a retry of the record can refuse a file replaced behind our back.
alter table public.storage_uploads
  add column sha256 text check (sha256 ~ '^[0-9a-f]{64}$'),
  add column byte_size bigint check (byte_size > 0);

-- 2. Writes check campaign visibility the way reads do --------------------------------------------
-- Reads hide an unpublished campaign from everyone but its members (campaigns_read,
-- visible_campaign_ids). Writes by a signed-in person now follow the same rule in SQL: a trigger on
-- every table a volunteer writes through (registrations: sign-up, cancel, waitlist promotion;
-- check_ins: scan, corrections, hours) refuses a row whose activity's campaign the caller cannot
-- see. Service work (jobs, seeding) runs without a user and is not affected.
create function app_private.activity_campaign_visible(p_activity_id uuid) returns boolean
  language sql stable security definer set search_path = ''
  as $$
    select exists (
      select 1 from public.activities a
      where a.id = p_activity_id and app_private.campaign_visible(a.campaign_id)
    )
  $$;
revoke execute on function app_private.activity_campaign_visible(uuid) from public;
grant execute on function app_private.activity_campaign_visible(uuid) to anon, authenticated, service_role;

create function app_private.refuse_hidden_campaign_writes() returns trigger
  language plpgsql security definer set search_path = ''
  as $$
declare
  v_activity uuid;
begin
  if auth.uid() is null then return new; end if;
  if tg_table_name = 'registrations' then
    v_activity := new.activity_id;
  else
    select r.activity_id into v_activity from public.registrations r where r.id = new.registration_id;
  end if;
  if not app_private.activity_campaign_visible(v_activity) then
    -- The same answer a read gives: the activity (or the registration behind it) does not exist.
    perform app_private.raise_code(case when tg_op = 'UPDATE' and tg_table_name = 'registrations' then 'registration_not_found' else 'activity_not_found' end);
  end if;
  return new;
end
$$;

create trigger registrations_campaign_visible before insert or update on public.registrations
  for each row execute function app_private.refuse_hidden_campaign_writes();
create trigger check_ins_campaign_visible before insert or update on public.check_ins
  for each row execute function app_private.refuse_hidden_campaign_writes();

-- Sign-up answers a hidden campaign first, before any rule that would tell the activity exists
-- (profile, overlap, deadline), and also when the caller already holds a registration there.
-- Otherwise as in 20260301000320_faster_signup_and_lists.sql.
create or replace function app_private.register_for_activity(p_activity_id uuid, p_now timestamptz default now())
  returns table (registration public.registrations, confirmed_count int, waitlist_count int, waitlist_rank int)
  language plpgsql security definer set search_path = ''
  as $$
declare
  v_user uuid := auth.uid();
  v_activity public.activities;
  v_person public.app_users;
  v_existing public.registrations;
  v_clash text;
  v_result public.registrations;
begin
  if v_user is null then perform app_private.raise_code('unauthenticated'); end if;
  -- One person's sign-ups run one at a time, which makes the overlap rule exact.
  select * into v_person from public.app_users where id = v_user for update;
  if not found then perform app_private.raise_code('unauthenticated'); end if;

  -- Checks that need no lock on the activity come first, so its lock is held as briefly as possible.
  select * into v_activity from public.activities where id = p_activity_id;
  if not found or v_activity.status = 'draft' or not app_private.campaign_visible(v_activity.campaign_id) then
    perform app_private.raise_code('activity_not_found');
  end if;
  select * into v_existing from public.registrations
    where activity_id = p_activity_id and user_id = v_user and status <> 'cancelled';
  if found then
    -- The same request twice (a double tap) gets the same answer.
    return query select v_existing, v_activity.confirmed_count, v_activity.waitlist_count,
      case when v_existing.status = 'waitlisted' then app_private.waitlist_rank(v_existing.id) end;
    return;
  end if;
  if v_activity.status = 'cancelled' then perform app_private.raise_code('activity_cancelled'); end if;
  if p_now >= v_activity.ends_at then perform app_private.raise_code('activity_ended'); end if;
  if p_now >= coalesce(v_activity.signup_deadline, v_activity.starts_at) then
    perform app_private.raise_code('signup_closed');
  end if;
  if v_person.real_name is null or v_person.phone is null or not exists (
    select 1 from public.privacy_consents c where c.user_id = v_user and c.purpose = 'registration'
  ) then
    perform app_private.raise_code('profile_required');
  end if;
  select a.title into v_clash
  from public.registrations r join public.activities a on a.id = r.activity_id
  where r.user_id = v_user and r.status <> 'cancelled' and a.id <> p_activity_id and a.status <> 'cancelled'
    and a.starts_at < v_activity.ends_at and a.ends_at > v_activity.starts_at
  order by a.starts_at
  limit 1;
  if v_clash is not null then perform app_private.raise_code('time_overlap', v_clash); end if;

  -- Seats: under the activity's row lock, so racing sign-ups are decided one at a time.
  select * into v_activity from public.activities where id = p_activity_id for update;
  if v_activity.status <> 'published' then perform app_private.raise_code('activity_cancelled'); end if;
  if v_activity.capacity is null or v_activity.confirmed_count < v_activity.capacity then
    insert into public.registrations (activity_id, user_id, status, confirmed_at, created_at)
    values (p_activity_id, v_user, 'confirmed', p_now, clock_timestamp())
    returning * into v_result;
    return query select v_result, v_activity.confirmed_count + 1, v_activity.waitlist_count, null::int;
  else
    insert into public.registrations (activity_id, user_id, status, waitlist_position, created_at)
    values (
      p_activity_id, v_user, 'waitlisted',
      coalesce((select max(r.waitlist_position) from public.registrations r
                where r.activity_id = p_activity_id and r.status = 'waitlisted'), 0) + 1,
      clock_timestamp()
    )
    returning * into v_result;
    -- Everyone waiting is ahead of the newcomer: their rank is the new length of the line.
    return query select v_result, v_activity.confirmed_count, v_activity.waitlist_count + 1, v_activity.waitlist_count + 1;
  end if;
end
$$;

-- 5. Sessions: one rule for every token, and revocation -------------------------------------------
-- A token carries the user's session epoch at issue time. Every transaction opened with a token
-- checks, in the statement that sets its claims, that the user still exists and the epoch is
-- current: a deleted user and a signed-out-everywhere token are refused alike. A counter rather
-- than a timestamp, so a login in the same second as the revocation is not caught by it.
alter table public.app_users
  add column session_epoch int not null default 0 check (session_epoch >= 0),
  add column sessions_revoked_at timestamptz;

create function app_private.assert_live_session(p_user uuid, p_epoch int) returns void
  language plpgsql stable security definer set search_path = ''
  as $$
declare
  v_epoch int;
begin
  select u.session_epoch into v_epoch from public.app_users u where u.id = p_user;
  if not found then perform app_private.raise_code('session_expired', 'user no longer exists'); end if;
  if v_epoch <> coalesce(p_epoch, 0) then perform app_private.raise_code('session_revoked'); end if;
end
$$;
revoke execute on function app_private.assert_live_session(uuid, int) from public;
grant execute on function app_private.assert_live_session(uuid, int) to anon, authenticated, service_role;

-- 退出所有设备: every token issued so far stops working; the caller logs in again.
create function app_private.sign_out_everywhere() returns timestamptz
  language plpgsql security definer set search_path = ''
  as $$
declare
  v_at timestamptz;
begin
  if auth.uid() is null then perform app_private.raise_code('unauthenticated'); end if;
  update public.app_users set session_epoch = session_epoch + 1, sessions_revoked_at = now()
    where id = auth.uid()
    returning sessions_revoked_at into v_at;
  if v_at is null then perform app_private.raise_code('session_expired'); end if;
  return v_at;
end
$$;
revoke execute on function app_private.sign_out_everywhere() from public;
grant execute on function app_private.sign_out_everywhere() to authenticated;
