-- Volunteers change registrations only through app_private.register_for_activity and
-- app_private.cancel_registration, which apply the capacity, waitlist and deadline rules.
-- Direct writes stay open to who runs the activity (its unit contacts and organisers).
drop policy registrations_insert_own on public.registrations;
drop policy registrations_update on public.registrations;

create policy registrations_manage_insert on public.registrations for insert to authenticated
  with check (app_private.can_manage_activity(activity_id));
create policy registrations_manage_update on public.registrations for update to authenticated
  using (app_private.can_manage_activity(activity_id))
  with check (app_private.can_manage_activity(activity_id));
