-- The volunteer journey's rules, in SQL so they hold under concurrency: sign-up with exact
-- capacity and an ordered waitlist, cancellation that promotes the next person, check-in and
-- check-out with hours capped at the schedule, and the closing of forgotten check-outs.
-- Failures raise SQLSTATE 'P0001' with a machine code as the message (mapped to HTTP in the API)
-- and a human detail where one helps (e.g. the title of the overlapping activity).

-- Where sign-up stands right now; lists, detail pages and 我的活动 all show this one answer.
create function app_private.signup_state(a public.activities) returns text
  language sql stable
  as $$
    select case
      when a.status = 'cancelled' then 'cancelled'
      when a.ends_at <= now() then 'ended'
      when now() >= coalesce(a.signup_deadline, a.starts_at) then 'closed'
      when a.capacity is not null and a.confirmed_count >= a.capacity then 'waitlist'
      else 'open'
    end
  $$;
grant execute on function app_private.signup_state(public.activities) to anon, authenticated;

-- Hours served: the overlap of [in, out] with the scheduled window, in hours (2 decimals).
create function app_private.service_hours(
  p_in timestamptz, p_out timestamptz, p_starts timestamptz, p_ends timestamptz
) returns numeric
  language sql immutable
  as $$
    select round(greatest(0, extract(epoch from (least(p_out, p_ends) - greatest(p_in, p_starts)))) / 3600.0, 2)
  $$;

-- Every path that sets a check-out (scan, auto-close, correction) gets the same capped hours.
create function app_private.compute_check_in_hours() returns trigger
  language plpgsql security definer set search_path = ''
  as $$
declare
  v_starts timestamptz;
  v_ends timestamptz;
begin
  if new.checked_out_at is null then
    new.hours := null;
    return new;
  end if;
  select a.starts_at, a.ends_at into v_starts, v_ends
  from public.registrations r join public.activities a on a.id = r.activity_id
  where r.id = new.registration_id;
  new.hours := app_private.service_hours(new.checked_in_at, new.checked_out_at, v_starts, v_ends);
  return new;
end
$$;

create trigger check_ins_hours before insert or update on public.check_ins
  for each row execute function app_private.compute_check_in_hours();

create function app_private.raise_code(p_code text, p_detail text default null) returns void
  language plpgsql
  as $$
begin
  raise exception using errcode = 'P0001', message = p_code, detail = coalesce(p_detail, '');
end
$$;

-- Sign up the caller. Idempotent: a second call returns the live registration it already has.
create function app_private.register_for_activity(p_activity_id uuid, p_now timestamptz default now())
  returns public.registrations
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
  -- One person's sign-ups run one at a time (the overlap rule), then the activity's seats.
  select * into v_person from public.app_users where id = v_user for update;
  if not found then perform app_private.raise_code('unauthenticated'); end if;
  select * into v_activity from public.activities where id = p_activity_id for update;
  if not found or v_activity.status = 'draft' then perform app_private.raise_code('activity_not_found'); end if;

  select * into v_existing from public.registrations
    where activity_id = p_activity_id and user_id = v_user and status <> 'cancelled';
  if found then return v_existing; end if;

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

  if v_activity.capacity is null or v_activity.confirmed_count < v_activity.capacity then
    insert into public.registrations (activity_id, user_id, status, confirmed_at, created_at)
    values (p_activity_id, v_user, 'confirmed', p_now, clock_timestamp())
    returning * into v_result;
  else
    insert into public.registrations (activity_id, user_id, status, waitlist_position, created_at)
    values (
      p_activity_id, v_user, 'waitlisted',
      coalesce((select max(waitlist_position) from public.registrations
                where activity_id = p_activity_id and status = 'waitlisted'), 0) + 1,
      clock_timestamp()
    )
    returning * into v_result;
  end if;
  return v_result;
end
$$;

-- Cancel a registration (its owner). A freed seat goes to the first person waiting, who is told.
-- Returns the cancelled row and the id of the promoted registration (or null).
create function app_private.cancel_registration(p_registration_id uuid, p_now timestamptz default now())
  returns table (registration public.registrations, promoted_id uuid)
  language plpgsql security definer set search_path = ''
  as $$
declare
  v_user uuid := auth.uid();
  v_reg public.registrations;
  v_activity public.activities;
  v_next public.registrations;
begin
  if v_user is null then perform app_private.raise_code('unauthenticated'); end if;
  select * into v_reg from public.registrations where id = p_registration_id;
  if not found or v_reg.user_id <> v_user then perform app_private.raise_code('registration_not_found'); end if;
  -- Same lock order as sign-up: the activity first, then its registrations.
  select * into v_activity from public.activities where id = v_reg.activity_id for update;
  select * into v_reg from public.registrations where id = p_registration_id for update;
  if v_reg.status = 'cancelled' then
    return query select v_reg, null::uuid;
    return;
  end if;
  if v_reg.status = 'confirmed'
     and p_now > v_activity.starts_at - make_interval(mins => v_activity.cancel_cutoff_minutes) then
    perform app_private.raise_code('cancel_closed');
  end if;

  update public.registrations
    set status = 'cancelled', cancelled_at = p_now, waitlist_position = null
    where id = p_registration_id
    returning * into v_reg;

  if v_reg.confirmed_at is not null and v_activity.status = 'published' and p_now < v_activity.starts_at then
    select * into v_next from public.registrations
      where activity_id = v_activity.id and status = 'waitlisted'
      order by waitlist_position
      limit 1
      for update;
    if found then
      update public.registrations
        set status = 'confirmed', confirmed_at = p_now, waitlist_position = null
        where id = v_next.id;
      insert into public.notification_outbox (user_id, kind, payload, dedupe_key)
      values (
        v_next.user_id, 'waitlist_promoted',
        jsonb_build_object('activityId', v_activity.id, 'title', v_activity.title, 'startsAt', v_activity.starts_at,
                           'locationName', v_activity.location_name),
        'waitlist_promoted:' || v_next.id
      )
      on conflict (dedupe_key) do nothing;
      return query select v_reg, v_next.id;
      return;
    end if;
  end if;
  return query select v_reg, null::uuid;
end
$$;

-- The volunteer's scan: first check-in, then check-out. The API has verified the signed token
-- names this activity; here the registration, the time window and the geofence are checked.
create function app_private.scan_check_in(
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
    return query select 'already_checked_out'::text, v_row;
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

-- Scheduled job: check-outs forgotten for 30 minutes after the end are closed at the scheduled
-- end, flagged, and their hours capped (by the trigger above).
create function app_private.close_forgotten_checkouts(p_now timestamptz default now()) returns int
  language plpgsql security definer set search_path = ''
  as $$
declare
  v_count int;
begin
  update public.check_ins c
    set checked_out_at = greatest(a.ends_at, c.checked_in_at), auto_closed = true
    from public.registrations r join public.activities a on a.id = r.activity_id
    where r.id = c.registration_id and c.checked_out_at is null and a.ends_at + interval '30 minutes' < p_now;
  get diagnostics v_count = row_count;
  return v_count;
end
$$;

-- Scheduled job: "activity tomorrow" reminders for confirmed volunteers, once per registration.
create function app_private.enqueue_tomorrow_reminders(p_now timestamptz default now()) returns int
  language plpgsql security definer set search_path = ''
  as $$
declare
  v_count int;
  v_day date := ((p_now at time zone 'Asia/Shanghai')::date + 1);
begin
  insert into public.notification_outbox (user_id, kind, payload, dedupe_key)
  select r.user_id, 'activity_tomorrow',
         jsonb_build_object('activityId', a.id, 'title', a.title, 'startsAt', a.starts_at, 'locationName', a.location_name),
         'activity_tomorrow:' || r.id
  from public.registrations r join public.activities a on a.id = r.activity_id
  where r.status = 'confirmed' and a.status = 'published'
    and a.starts_at >= (v_day::timestamp at time zone 'Asia/Shanghai')
    and a.starts_at < ((v_day + 1)::timestamp at time zone 'Asia/Shanghai')
  on conflict (dedupe_key) do nothing;
  get diagnostics v_count = row_count;
  return v_count;
end
$$;

-- A waitlisted person's place in line (1 = next), counted over rows they cannot see themselves.
create function app_private.waitlist_rank(p_registration_id uuid) returns int
  language sql stable security definer set search_path = ''
  as $$
    select count(*)::int
    from public.registrations me
    join public.registrations w on w.activity_id = me.activity_id and w.status = 'waitlisted'
      and w.waitlist_position <= me.waitlist_position
    where me.id = p_registration_id and me.status = 'waitlisted'
      and (me.user_id = auth.uid() or app_private.can_manage_activity(me.activity_id))
  $$;

revoke execute on function app_private.close_forgotten_checkouts(timestamptz) from public, anon, authenticated;
revoke execute on function app_private.enqueue_tomorrow_reminders(timestamptz) from public, anon, authenticated;
grant execute on function app_private.close_forgotten_checkouts(timestamptz) to service_role;
grant execute on function app_private.enqueue_tomorrow_reminders(timestamptz) to service_role;
grant execute on function app_private.register_for_activity(uuid, timestamptz) to authenticated;
grant execute on function app_private.cancel_registration(uuid, timestamptz) to authenticated;
grant execute on function app_private.scan_check_in(uuid, timestamptz, double precision, double precision) to authenticated;
grant execute on function app_private.waitlist_rank(uuid) to authenticated;
grant execute on function app_private.service_hours(timestamptz, timestamptz, timestamptz, timestamptz) to anon, authenticated;

-- Lists filter on state and day; the waitlist order is per activity.
create index activities_published_start_idx on public.activities (starts_at, id) where status = 'published';
create index check_ins_open_idx on public.check_ins (registration_id) where checked_out_at is null;
