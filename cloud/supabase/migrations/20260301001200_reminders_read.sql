-- Reminders volunteers expect (issue 11 item 6): the day before and two hours before the start, and a
-- read flag on 消息 with an unread badge.

-- 消息 read flag -------------------------------------------------------------------------------
alter table public.notification_outbox add column read_at timestamptz;

-- The unread badge counts a person's unread rows on every app show: an index that holds only those.
create index notification_outbox_unread_idx on public.notification_outbox (user_id) where read_at is null;

-- A person marks their own messages read, and may change nothing else about them: the table-wide
-- update grant goes, a column grant on read_at alone stays, and the policy limits it to own rows.
revoke update on public.notification_outbox from authenticated;
grant update (read_at) on public.notification_outbox to authenticated;
create policy outbox_mark_read on public.notification_outbox for update to authenticated
  using (user_id = auth.uid())
  with check (user_id = auth.uid());

-- Start reminders ------------------------------------------------------------------------------
-- Both reminders are queued by the scheduled tick for confirmed sign-ups of published activities.
-- The dedupe key carries the registration and the start time: a tick that runs twice queues nothing
-- new, while an activity moved to another day reminds again for the new time (the old reminder had
-- announced a time that no longer holds).

-- The day before (calendar day, Asia/Shanghai). Replaces the first version, whose key held only the
-- registration; rows queued under that key still count, so an upgrade never sends a second copy.
create or replace function app_private.enqueue_tomorrow_reminders(p_now timestamptz default now()) returns int
  language plpgsql security definer set search_path = ''
  as $$
declare
  v_count int;
  v_day date := ((p_now at time zone 'Asia/Shanghai')::date + 1);
begin
  insert into public.notification_outbox (user_id, kind, payload, dedupe_key)
  select r.user_id, 'activity_tomorrow',
         jsonb_build_object('activityId', a.id, 'registrationId', r.id, 'title', a.title, 'startsAt', a.starts_at,
                            'locationName', a.location_name),
         'activity_tomorrow:' || r.id || ':' || extract(epoch from a.starts_at)::bigint
  from public.registrations r join public.activities a on a.id = r.activity_id
  where r.status = 'confirmed' and a.status = 'published'
    and a.starts_at >= (v_day::timestamp at time zone 'Asia/Shanghai')
    and a.starts_at < ((v_day + 1)::timestamp at time zone 'Asia/Shanghai')
    -- Starting within two hours (just after midnight): the two-hour reminder says it instead.
    and a.starts_at > p_now + interval '2 hours'
    and not exists (
      select 1 from public.notification_outbox o
      where o.dedupe_key = 'activity_tomorrow:' || r.id
        and (o.payload ->> 'startsAt')::timestamptz = a.starts_at)
  on conflict (dedupe_key) do nothing;
  get diagnostics v_count = row_count;
  return v_count;
end
$$;

-- Two hours before the start: once the start is within two hours and still ahead. A sign-up made
-- 20 minutes before the start gets it at once (it still says where and when).
create function app_private.enqueue_soon_reminders(p_now timestamptz default now()) returns int
  language plpgsql security definer set search_path = ''
  as $$
declare
  v_count int;
begin
  insert into public.notification_outbox (user_id, kind, payload, dedupe_key)
  select r.user_id, 'activity_soon',
         jsonb_build_object('activityId', a.id, 'registrationId', r.id, 'title', a.title, 'startsAt', a.starts_at,
                            'locationName', a.location_name),
         'activity_soon:' || r.id || ':' || extract(epoch from a.starts_at)::bigint
  from public.registrations r join public.activities a on a.id = r.activity_id
  where r.status = 'confirmed' and a.status = 'published'
    and a.starts_at > p_now and a.starts_at <= p_now + interval '2 hours'
  on conflict (dedupe_key) do nothing;
  get diagnostics v_count = row_count;
  return v_count;
end
$$;

-- The sender drops a queued start reminder whose sign-up was cancelled, or whose activity was
-- withdrawn, between queuing and sending: true while the reminder still holds.
create function app_private.start_reminder_holds(p_registration_id uuid) returns boolean
  language sql stable security definer set search_path = ''
  as $$
    select exists (
      select 1 from public.registrations r join public.activities a on a.id = r.activity_id
      where r.id = p_registration_id and r.status = 'confirmed' and a.status = 'published' and a.ends_at > now())
  $$;

revoke execute on function app_private.enqueue_tomorrow_reminders(timestamptz) from public, anon, authenticated;
revoke execute on function app_private.enqueue_soon_reminders(timestamptz) from public, anon, authenticated;
revoke execute on function app_private.start_reminder_holds(uuid) from public, anon, authenticated;
grant execute on function app_private.enqueue_tomorrow_reminders(timestamptz) to service_role;
grant execute on function app_private.enqueue_soon_reminders(timestamptz) to service_role;
grant execute on function app_private.start_reminder_holds(uuid) to service_role;
