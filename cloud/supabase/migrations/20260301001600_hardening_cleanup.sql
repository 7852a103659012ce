-- Hardening, the last gaps (issue 12).
--
-- 1. checkin_code_attempts goes. Wrong 6-digit check-in codes have been counted in
--    rate_limit_counters since migration 1500 (cloud/lib/rate-limits); nothing writes or reads the
--    old table, and its prune function goes with it.
--
-- 2. The back-fill of shown copies. Since migration 0400 every photo gets a copy without EXIF/GPS
--    (display_path) when it is recorded, and only that copy is shown to anyone; photos and 新闻稿
--    pictures recorded before have none, and the read paths leave them out until one is made.
--    The scheduled tick makes them (cloud/lib/privacy/backfill-shown-copies.ts), one row at a time,
--    claimed like the photo-check jobs: FOR UPDATE SKIP LOCKED plus a lease on the row itself, so
--    two ticks at once never take the same row, a worker killed mid-copy (kill -9) leaves a lease
--    that runs out and the row is taken again, and a finished row (display_path set) is never taken
--    again. Attempts are counted when a row is claimed, so a picture that cannot be copied (or that
--    kills its worker) is given up after a few tries instead of being retried for ever; it stays
--    left out, never shown as its original.

drop function if exists app_private.prune_checkin_code_attempts(timestamptz);
drop table if exists public.checkin_code_attempts;

alter table public.photos
  add column display_copy_attempts int not null default 0 check (display_copy_attempts >= 0),
  add column display_copy_leased_until timestamptz,
  add column display_copy_error text check (length(display_copy_error) <= 500);
create index photos_without_shown_copy_idx on public.photos (created_at, id) where display_path is null;

alter table public.weekly_stats_pictures
  add column display_copy_attempts int not null default 0 check (display_copy_attempts >= 0),
  add column display_copy_leased_until timestamptz,
  add column display_copy_error text check (length(display_copy_error) <= 500);
create index weekly_stats_pictures_without_shown_copy_idx on public.weekly_stats_pictures (created_at, id) where display_path is null;

-- Only the service role (the tick) writes these columns; RLS and the tables' grants are unchanged.
