-- A unit manages its own activities (附件2 rows): create, edit, withdraw. The row writes go through
-- RLS as the caller (activities_insert / activities_update: app_private.can_manage_unit). What a
-- unit contact may not write directly — other people's registrations and their messages — is done
-- here by SECURITY DEFINER functions that first check the caller manages the activity.
-- Failures raise P0001 with one of the API's error codes (see app_private.raise_code).

-- Each change of time or place that volunteers are told about gets the next number. The messages'
-- dedupe keys carry it: a second change notifies again, a retried request (same number) does not.
alter table public.activities add column change_no int not null default 0 check (change_no >= 0);

-- The unit's own list in 序号 order.
create index activities_unit_seq_idx on public.activities (unit_id, seq_no);

-- Tell everyone signed up (confirmed or waiting) that the time or place changed, once per change.
-- The caller has already updated the row (and raised change_no) in the same transaction.
create function app_private.notify_activity_changed(p_activity_id uuid, p_change text)
  returns int
  language plpgsql security definer set search_path = ''
  as $$
declare
  v_activity public.activities;
  v_count int;
begin
  if auth.uid() is null then perform app_private.raise_code('unauthenticated'); end if;
  if not app_private.can_manage_activity(p_activity_id) then perform app_private.raise_code('forbidden'); end if;
  select * into v_activity from public.activities where id = p_activity_id;
  if v_activity.status <> 'published' then return 0; end if;
  insert into public.notification_outbox (user_id, kind, payload, dedupe_key)
  select r.user_id, 'activity_changed',
         jsonb_build_object('activityId', v_activity.id, 'title', v_activity.title, 'startsAt', v_activity.starts_at,
                            'locationName', v_activity.location_name, 'change', p_change),
         'activity_changed:' || v_activity.id || ':' || v_activity.change_no || ':' || r.user_id
  from public.registrations r
  where r.activity_id = p_activity_id and r.status in ('confirmed', 'waitlisted')
  on conflict (dedupe_key) do nothing;
  get diagnostics v_count = row_count;
  return v_count;
end
$$;

-- Seats freed by a larger capacity (or none at all) go to the people waiting, in line order, who
-- are told like any promotion. Only while sign-up is still meaningful (published, not started).
create function app_private.fill_freed_seats(p_activity_id uuid, p_now timestamptz default now())
  returns int
  language plpgsql security definer set search_path = ''
  as $$
declare
  v_activity public.activities;
  v_next public.registrations;
  v_count int := 0;
begin
  if auth.uid() is null then perform app_private.raise_code('unauthenticated'); end if;
  if not app_private.can_manage_activity(p_activity_id) then perform app_private.raise_code('forbidden'); end if;
  -- Same lock order as sign-up and cancellation: the activity, then its registrations.
  select * into v_activity from public.activities where id = p_activity_id for update;
  if v_activity.status <> 'published' or p_now >= v_activity.starts_at then return 0; end if;
  loop
    exit when v_activity.capacity is not null and v_activity.confirmed_count + v_count >= v_activity.capacity;
    select * into v_next from public.registrations
      where activity_id = p_activity_id and status = 'waitlisted'
      order by waitlist_position
      limit 1
      for update;
    exit when not found;
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
    v_count := v_count + 1;
  end loop;
  return v_count;
end
$$;

-- 撤回: the activity is cancelled (kept for the record with when and why), every live sign-up is
-- cancelled with it and each person is told, all in the caller's one transaction.
-- Returns how many sign-ups were cancelled.
create function app_private.withdraw_activity(p_activity_id uuid, p_reason text, p_now timestamptz default now())
  returns int
  language plpgsql security definer set search_path = ''
  as $$
declare
  v_activity public.activities;
  v_count int;
begin
  if auth.uid() is null then perform app_private.raise_code('unauthenticated'); end if;
  if not app_private.can_manage_activity(p_activity_id) then perform app_private.raise_code('forbidden'); end if;
  select * into v_activity from public.activities where id = p_activity_id for update;
  if v_activity.status = 'cancelled' or v_activity.ends_at <= p_now then
    perform app_private.raise_code('activity_not_editable');
  end if;

  insert into public.notification_outbox (user_id, kind, payload, dedupe_key)
  select r.user_id, 'activity_withdrawn',
         jsonb_build_object('activityId', v_activity.id, 'title', v_activity.title, 'startsAt', v_activity.starts_at,
                            'locationName', v_activity.location_name, 'reason', p_reason),
         'activity_withdrawn:' || r.id
  from public.registrations r
  where r.activity_id = p_activity_id and r.status <> 'cancelled'
  on conflict (dedupe_key) do nothing;
  update public.registrations
    set status = 'cancelled', cancelled_at = p_now, waitlist_position = null
    where activity_id = p_activity_id and status <> 'cancelled';
  get diagnostics v_count = row_count;

  update public.activities
    set status = 'cancelled', withdrawn_at = p_now, withdrawn_reason = p_reason
    where id = p_activity_id;
  return v_count;
end
$$;

revoke execute on function app_private.notify_activity_changed(uuid, text) from public, anon;
revoke execute on function app_private.fill_freed_seats(uuid, timestamptz) from public, anon;
revoke execute on function app_private.withdraw_activity(uuid, text, timestamptz) from public, anon;
grant execute on function app_private.notify_activity_changed(uuid, text) to authenticated, service_role;
grant execute on function app_private.fill_freed_seats(uuid, timestamptz) to authenticated, service_role;
grant execute on function app_private.withdraw_activity(uuid, text, timestamptz) to authenticated, service_role;
