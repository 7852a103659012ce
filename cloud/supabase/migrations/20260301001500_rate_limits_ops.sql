-- Rate limits kept in Postgres (issue 12, "Rate limits"): no extra service, the same on Supabase and
-- on the embedded Postgres.
--
-- * One fixed-window counter per (bucket, subject, window): a request adds one hit with an upsert
--   and is refused when the window's hits exceed the bucket's limit. Refused requests count too, so
--   hammering does not reset anything.
-- * Subjects are keyed hashes (HMAC made by the server) of a user id or a client address, never the
--   id or the address itself: the table holds no personal data, and rows are gone an hour after
--   their window (the scheduled tick prunes them).
-- * Nobody but the service role reads or writes it: the counters are consumed in a transaction of
--   their own before the operation, so a refused or failed operation still counts.
-- * The check-in helper's wrong-code limit (5 wrong 6-digit codes per person and activity in 10
--   minutes, migration 1100) now uses the same counters; its table checkin_code_attempts is no
--   longer written (kept: other fixtures still insert into it; a later migration can drop it).

create table public.rate_limit_counters (
  bucket text not null check (bucket ~ '^[a-z][a-z0-9_]{0,39}$'),
  subject text not null check (length(subject) between 1 and 120),
  window_start timestamptz not null,
  window_seconds int not null check (window_seconds between 1 and 86400),
  hits int not null default 0 check (hits >= 0),
  primary key (bucket, subject, window_start)
);
create index rate_limit_counters_window_idx on public.rate_limit_counters (window_start);

alter table public.rate_limit_counters enable row level security;
-- No policy for anon or authenticated and no grant: only the service role (the server) touches it.
revoke all on public.rate_limit_counters from public, anon, authenticated;
grant all on public.rate_limit_counters to service_role;

-- Adds one hit to each (bucket, subject) in its current window and answers the hits so far, the
-- limit and the seconds until that window ends. Rows are taken in key order, so two requests that
-- share a subject (one address, two users) cannot deadlock.
create function app_private.consume_rate_limits(
  p_buckets text[], p_subjects text[], p_limits int[], p_windows int[], p_now timestamptz default now()
) returns table (bucket text, subject text, window_start timestamptz, hits int, max_hits int, retry_after_seconds int)
  language sql volatile set search_path = ''
  as $$
    with wanted as (
      select u.b, u.s, u.l, u.w,
             to_timestamp(floor(extract(epoch from p_now) / u.w) * u.w) as ws
      from unnest(p_buckets, p_subjects, p_limits, p_windows) as u(b, s, l, w)
    ), upserted as (
      insert into public.rate_limit_counters as c (bucket, subject, window_start, window_seconds, hits)
      select w.b, w.s, w.ws, w.w, 1 from wanted w order by w.b, w.s
      on conflict on constraint rate_limit_counters_pkey do update set hits = c.hits + 1
      returning c.bucket, c.subject, c.window_start, c.window_seconds, c.hits
    )
    select u.bucket, u.subject, u.window_start, u.hits, w.l,
           greatest(1, ceil(extract(epoch from (u.window_start + make_interval(secs => u.window_seconds) - p_now))))::int
    from upserted u join wanted w on w.b = u.bucket and w.s = u.subject
  $$;
revoke execute on function app_private.consume_rate_limits(text[], text[], int[], int[], timestamptz) from public, anon, authenticated;
grant execute on function app_private.consume_rate_limits(text[], text[], int[], int[], timestamptz) to service_role;

-- Takes back a hit for attempts that turned out not to count (a correct check-in code).
create function app_private.refund_rate_limit(p_bucket text, p_subject text, p_window_start timestamptz) returns void
  language sql volatile set search_path = ''
  as $$
    update public.rate_limit_counters set hits = greatest(hits - 1, 0)
    where bucket = p_bucket and subject = p_subject and window_start = p_window_start
  $$;
revoke execute on function app_private.refund_rate_limit(text, text, timestamptz) from public, anon, authenticated;
grant execute on function app_private.refund_rate_limit(text, text, timestamptz) to service_role;

-- Windows that ended more than an hour ago are useless; the scheduled tick calls this.
create function app_private.prune_rate_limit_counters(p_now timestamptz default now()) returns int
  language plpgsql volatile set search_path = ''
  as $$
declare
  v_count int;
begin
  delete from public.rate_limit_counters
  where window_start < p_now - interval '1 hour'
    and window_start + make_interval(secs => window_seconds) < p_now - interval '1 hour';
  get diagnostics v_count = row_count;
  return v_count;
end
$$;
revoke execute on function app_private.prune_rate_limit_counters(timestamptz) from public, anon, authenticated;
grant execute on function app_private.prune_rate_limit_counters(timestamptz) to service_role;
