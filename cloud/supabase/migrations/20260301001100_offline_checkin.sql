-- Check-in that survives a weak network (issue 11.1–11.2), roster phones (12.6) and honest
-- corrections (12.7).
--
-- * The rotating code is derived on the unit contact's phone from a per-activity key, so scans can
--   happen with no network; a scan made offline is sent later with its time. Each scan carries an
--   id made on the phone: check_in_scans remembers it, so a scan sent twice counts once.
-- * Wrong 6-digit codes are counted per person and activity (checkin_code_attempts): 5 in 10 minutes
--   and further tries are refused for a while (429), so the code cannot be guessed.
-- * scan_check_in takes the scan's own time and copes with scans arriving late: an earlier scan
--   than the recorded check-in becomes the check-in, and a real scan replaces a check-out the
--   scheduled job had filled in.
-- * Hours never exist before an activity has started, and a person (a unit contact's correction, a
--   volunteer's scan) cannot record times in the future or outside the activity's days: the hours
--   trigger refuses them, whatever code path wrote the row.

-- Scans that were counted, by the id the phone gave them ------------------------------------

create table public.check_in_scans (
  id uuid primary key,
  user_id uuid not null references public.app_users (id) on delete cascade,
  activity_id uuid not null references public.activities (id) on delete cascade,
  scanned_at timestamptz not null,
  received_at timestamptz not null default now(),
  -- Sent more than two minutes after it was made: it waited in the phone's queue.
  queued boolean not null,
  action text not null check (action in ('checked_in', 'checked_out', 'already_checked_out'))
);
create index check_in_scans_activity_idx on public.check_in_scans (activity_id, scanned_at);
create index check_in_scans_user_idx on public.check_in_scans (user_id, received_at desc);

alter table public.check_in_scans enable row level security;
create policy check_in_scans_own_read on public.check_in_scans for select to authenticated
  using (user_id = auth.uid() or app_private.can_manage_activity(activity_id));
create policy check_in_scans_own_insert on public.check_in_scans for insert to authenticated
  with check (user_id = auth.uid());
grant select, insert on public.check_in_scans to authenticated;
grant all on public.check_in_scans to service_role;

-- Wrong codes, for the rate limit ------------------------------------------------------------

create table public.checkin_code_attempts (
  id bigint generated always as identity primary key,
  user_id uuid not null references public.app_users (id) on delete cascade,
  activity_id uuid not null references public.activities (id) on delete cascade,
  attempted_at timestamptz not null default now()
);
create index checkin_code_attempts_idx on public.checkin_code_attempts (user_id, activity_id, attempted_at desc);

alter table public.checkin_code_attempts enable row level security;
-- A person sees and adds only their own tries; nobody may delete them (no policy, no grant).
create policy checkin_code_attempts_own_read on public.checkin_code_attempts for select to authenticated
  using (user_id = auth.uid());
create policy checkin_code_attempts_own_insert on public.checkin_code_attempts for insert to authenticated
  with check (user_id = auth.uid() and attempted_at > now() - interval '1 minute');
grant select, insert on public.checkin_code_attempts to authenticated;
grant all on public.checkin_code_attempts to service_role;

-- Old tries are useless after the window; the scheduled job may call this.
create function app_private.prune_checkin_code_attempts(p_now timestamptz default now()) returns int
  language plpgsql security definer set search_path = ''
  as $$
declare
  v_count int;
begin
  delete from public.checkin_code_attempts where attempted_at < p_now - interval '1 day';
  get diagnostics v_count = row_count;
  return v_count;
end
$$;
revoke execute on function app_private.prune_checkin_code_attempts(timestamptz) from public, anon, authenticated;
grant execute on function app_private.prune_checkin_code_attempts(timestamptz) to service_role;

-- Phones on rosters --------------------------------------------------------------------------

-- 13800001234 → 138****1234; landlines keep only their last four digits.
create function app_private.mask_phone(p_phone text) returns text
  language sql immutable
  as $$
    select case
      when p_phone is null then null
      when regexp_replace(p_phone, '\D', '', 'g') ~ '^1\d{10}$' then
        left(regexp_replace(p_phone, '\D', '', 'g'), 3) || '****' || right(regexp_replace(p_phone, '\D', '', 'g'), 4)
      when length(regexp_replace(p_phone, '\D', '', 'g')) > 4 then '****' || right(regexp_replace(p_phone, '\D', '', 'g'), 4)
      else '****'
    end
  $$;
grant execute on function app_private.mask_phone(text) to authenticated;

-- The unit needs a volunteer's number only to reach a confirmed person around the activity: from
-- the day before it starts until its check-in closes (2 hours after the end).
create function app_private.roster_phone_visible(p_status text, p_starts timestamptz, p_ends timestamptz, p_now timestamptz default now())
  returns boolean
  language sql stable
  as $$
    select p_status = 'confirmed'
      and p_now >= p_starts - interval '1 day'
      and p_now <= p_ends + interval '2 hours'
  $$;
grant execute on function app_private.roster_phone_visible(text, timestamptz, timestamptz, timestamptz) to authenticated;

-- Hours: never before the start, never in the future, only on the activity's days ----------------

create or replace function app_private.compute_check_in_hours() returns trigger
  language plpgsql security definer set search_path = ''
  as $$
declare
  v_starts timestamptz;
  v_ends timestamptz;
  v_first_day timestamptz;
  v_after_last_day timestamptz;
begin
  select a.starts_at, a.ends_at into v_starts, v_ends
  from public.registrations r join public.activities a on a.id = r.activity_id
  where r.id = new.registration_id;

  -- Rows written by a person (auth.uid() set: a unit contact's correction, a volunteer's scan) must
  -- describe what can have happened. The system (the scheduled close, imports, seeds) writes as
  -- service role and is trusted.
  if auth.uid() is not null then
    if new.checked_in_at > now() + interval '2 minutes'
       or new.checked_out_at > now() + interval '2 minutes' then
      perform app_private.raise_code('checkin_in_future');
    end if;
    -- The activity's days in Asia/Shanghai, widened by the check-in window (1 h before, 2 h after).
    v_first_day := least(date_trunc('day', v_starts at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai',
                         v_starts - interval '1 hour');
    v_after_last_day := greatest((date_trunc('day', v_ends at time zone 'Asia/Shanghai') + interval '1 day') at time zone 'Asia/Shanghai',
                                 v_ends + interval '2 hours');
    if new.checked_in_at < v_first_day or new.checked_in_at >= v_after_last_day
       or new.checked_out_at < v_first_day or new.checked_out_at >= v_after_last_day then
      perform app_private.raise_code('checkin_outside_activity');
    end if;
    if new.checked_out_at is not null and now() < v_starts then
      perform app_private.raise_code('activity_not_started');
    end if;
  end if;

  if new.checked_out_at is null then
    new.hours := null;
    return new;
  end if;
  new.hours := app_private.service_hours(new.checked_in_at, new.checked_out_at, v_starts, v_ends);
  return new;
end
$$;

-- The scan, at the time it was made ---------------------------------------------------------

create or replace function app_private.scan_check_in(
  p_activity_id uuid,
  p_now timestamptz default now(),
  p_latitude double precision default null,
  p_longitude double precision default null
) returns table (action text, check_in public.check_ins)
  language plpgsql security definer set search_path = ''
  as $$
declare
  v_user uuid := auth.uid();
  v_activity public.activities;
  v_reg public.registrations;
  v_row public.check_ins;
  v_distance double precision;
begin
  if v_user is null then perform app_private.raise_code('unauthenticated'); end if;
  if p_now > now() + interval '2 minutes' then perform app_private.raise_code('checkin_in_future'); end if;
  select * into v_activity from public.activities where id = p_activity_id;
  if not found then perform app_private.raise_code('activity_not_found'); end if;
  select * into v_reg from public.registrations
    where activity_id = p_activity_id and user_id = v_user and status <> 'cancelled';
  if not found then perform app_private.raise_code('not_registered'); end if;
  if v_reg.status <> 'confirmed' then perform app_private.raise_code('not_confirmed'); end if;
  if p_now < v_activity.starts_at - interval '1 hour' then perform app_private.raise_code('checkin_not_open'); end if;
  if p_now > v_activity.ends_at + interval '2 hours' then perform app_private.raise_code('checkin_closed'); end if;

  if v_activity.geofence_radius_m is not null and v_activity.latitude is not null then
    if p_latitude is null or p_longitude is null then perform app_private.raise_code('location_required'); end if;
    -- Haversine distance in metres.
    v_distance := 2 * 6371000 * asin(sqrt(
      power(sin(radians(p_latitude - v_activity.latitude) / 2), 2)
      + cos(radians(v_activity.latitude)) * cos(radians(p_latitude))
        * power(sin(radians(p_longitude - v_activity.longitude) / 2), 2)));
    if v_distance > v_activity.geofence_radius_m then
      perform app_private.raise_code('outside_geofence', round(v_distance)::text);
    end if;
  end if;

  select * into v_row from public.check_ins where registration_id = v_reg.id for update;
  if not found then
    insert into public.check_ins (registration_id, checked_in_at) values (v_reg.id, p_now)
      on conflict (registration_id) do nothing
      returning * into v_row;
    if v_row.id is null then
      -- A double tap raced us: report the row the first tap made.
      select * into v_row from public.check_ins where registration_id = v_reg.id;
    end if;
    return query select 'checked_in'::text, v_row;
    return;
  end if;
  if v_row.checked_out_at is not null then
    -- The scheduled job closed a forgotten check-out at the end; a real scan sent late replaces it.
    if v_row.auto_closed and v_row.corrected_by is null and p_now >= v_row.checked_in_at + interval '1 minute' then
      update public.check_ins set checked_out_at = p_now, auto_closed = false where id = v_row.id returning * into v_row;
      return query select 'checked_out'::text, v_row;
      return;
    end if;
    return query select 'already_checked_out'::text, v_row;
    return;
  end if;
  -- A scan made before the recorded check-in (queued offline, sent after a later one): the
  -- earlier scan is the check-in and the later one the check-out.
  if p_now < v_row.checked_in_at - interval '1 minute' then
    update public.check_ins set checked_in_at = p_now, checked_out_at = v_row.checked_in_at
      where id = v_row.id returning * into v_row;
    return query select 'checked_out'::text, v_row;
    return;
  end if;
  -- A second scan within a minute is the same tap twice, not a check-out.
  if p_now < v_row.checked_in_at + interval '1 minute' then
    return query select 'checked_in'::text, v_row;
    return;
  end if;
  update public.check_ins set checked_out_at = p_now where id = v_row.id returning * into v_row;
  return query select 'checked_out'::text, v_row;
end
$$;
