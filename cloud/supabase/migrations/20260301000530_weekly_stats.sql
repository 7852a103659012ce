-- 肇庆 weekly statistics (活动开展情况统计表 + 媒体宣传情况), each Friday of March and the summary.
--
-- A return is one unit_submissions row (kind weekly_stats or summary) per unit and deadline: its
-- state, the 新闻稿 / summary text (body) and its pictures (weekly_stats_pictures). The rows of the
-- two tables are weekly_stats / media_coverage, one per activity and deadline. While a return is a
-- draft its headcounts and hours are computed live from check-ins (never typed); submitting writes
-- them into weekly_stats, so what the organiser received stays as it was sent.

-- Rows belong to a deadline, not only to a date: the summary and a Friday may share a date, and
-- the deadline says which return a row is part of.
alter table public.weekly_stats add column deadline_id uuid not null
  references public.campaign_deadlines (id) on delete cascade;
alter table public.weekly_stats drop constraint weekly_stats_activity_id_week_ending_key;
alter table public.weekly_stats add constraint weekly_stats_deadline_activity_key unique (deadline_id, activity_id);
create index weekly_stats_deadline_unit_idx on public.weekly_stats (deadline_id, unit_id);
-- Written by submitting (the figures as sent), null while the return is a draft.
alter table public.weekly_stats add column figures_at timestamptz;
-- Not typed yet is not the same as 0 yuan while a draft is being filled; a submitted null counts as 0.
alter table public.weekly_stats alter column funds_yuan drop not null;
alter table public.weekly_stats alter column funds_yuan drop default;
comment on column public.weekly_stats.status is
  'Unused: the return''s state is unit_submissions.status (one header per unit and deadline).';
comment on column public.weekly_stats.served_count is
  'Sum of weekly_stats_served.served_count for this row (the 服务人次 cell of the table).';

alter table public.media_coverage add column deadline_id uuid not null
  references public.campaign_deadlines (id) on delete cascade;
alter table public.media_coverage drop constraint media_coverage_activity_id_week_ending_key;
alter table public.media_coverage add constraint media_coverage_deadline_activity_key unique (deadline_id, activity_id);
create index media_coverage_deadline_unit_idx on public.media_coverage (deadline_id, unit_id);
-- Links people paste: a bounded number (each is checked as an http(s) URL in the API).
alter table public.media_coverage add constraint media_coverage_links_check check (cardinality(links) <= 20);

-- 覆盖人群: an activity may serve several of the 肇庆 types, each with its own 服务人次; 其他 carries
-- a description. One row per type.
create table public.weekly_stats_served (
  stats_id uuid not null references public.weekly_stats (id) on delete cascade,
  unit_id uuid not null references public.units (id) on delete cascade,
  population public.served_population not null,
  description text check (length(description) <= 100),
  served_count int not null default 0 check (served_count >= 0),
  primary key (stats_id, population),
  check (population <> 'other' or coalesce(length(trim(description)), 0) > 0)
);
create index weekly_stats_served_unit_idx on public.weekly_stats_served (unit_id);

-- 联系人 / 联系电话 at the foot of the table, per return.
create table public.weekly_stats_returns (
  submission_id uuid primary key references public.unit_submissions (id) on delete cascade,
  unit_id uuid not null references public.units (id) on delete cascade,
  contact_name text check (length(contact_name) <= 40),
  contact_phone text check (length(contact_phone) <= 20),
  updated_at timestamptz not null default now()
);
create trigger weekly_stats_returns_touch before update on public.weekly_stats_returns
  for each row execute function public.touch_updated_at();

-- 新闻稿 pictures of a return. Not rows of `photos` (purpose 'report', submission_id) as first planned:
-- the reports migration (…540) requires every 'report' photo to carry a report_id, and a weekly
-- return is not a report. Same shape as photos: the original for the record, an EXIF-free copy to show.
create table public.weekly_stats_pictures (
  id uuid primary key default gen_random_uuid(),
  submission_id uuid not null references public.unit_submissions (id) on delete cascade,
  campaign_id uuid not null references public.campaigns (id) on delete cascade,
  unit_id uuid not null references public.units (id) on delete cascade,
  storage_path text not null unique,
  display_path text,
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  byte_size int not null check (byte_size >= 0),
  mime_type text,
  width int,
  height int,
  uploaded_by uuid references public.app_users (id) on delete set null,
  created_at timestamptz not null default now()
);
create index weekly_stats_pictures_submission_idx on public.weekly_stats_pictures (submission_id, created_at);

alter table public.weekly_stats_pictures enable row level security;
grant select, insert, update, delete on public.weekly_stats_pictures to authenticated, service_role;
create policy weekly_stats_pictures_unit on public.weekly_stats_pictures for all to authenticated
  using (unit_id in (select app_private.managed_unit_ids()))
  with check (unit_id in (select app_private.managed_unit_ids()));

alter table public.weekly_stats_served enable row level security;
alter table public.weekly_stats_returns enable row level security;
grant select, insert, update, delete on public.weekly_stats_served, public.weekly_stats_returns to authenticated, service_role;
-- The same rule as can_manage_unit (the unit's contacts, its campaign's organisers), written as
-- membership in the set of managed units, computed once per query: a return reads hundreds of rows
-- per table, and a SECURITY DEFINER call per row cost ~0.15 ms each (measured with bench:stats).
create policy weekly_stats_served_unit on public.weekly_stats_served for all to authenticated
  using (unit_id in (select app_private.managed_unit_ids()))
  with check (unit_id in (select app_private.managed_unit_ids()));
create policy weekly_stats_returns_unit on public.weekly_stats_returns for all to authenticated
  using (unit_id in (select app_private.managed_unit_ids()))
  with check (unit_id in (select app_private.managed_unit_ids()));
drop policy weekly_stats_unit on public.weekly_stats;
create policy weekly_stats_unit on public.weekly_stats for all to authenticated
  using (unit_id in (select app_private.managed_unit_ids()))
  with check (unit_id in (select app_private.managed_unit_ids()));
drop policy media_unit on public.media_coverage;
create policy media_unit on public.media_coverage for all to authenticated
  using (unit_id in (select app_private.managed_unit_ids()))
  with check (unit_id in (select app_private.managed_unit_ids()));

-- The figures of a return, computed from check-ins in one grouped query: per activity of the unit,
-- the distinct people checked in during [p_from, p_to) (参与志愿者人次) and the sum of their hours
-- (累计志愿服务时数; a check-in not yet checked out has no hours yet and adds 0).
--
-- SECURITY DEFINER so the row-level security of check_ins and registrations (a function call per
-- row) is not paid 50 000 times: the caller's right is checked once, up front, with the same
-- helper those policies use. Someone who may not manage the unit gets no rows.
create function app_private.unit_stats_figures(p_unit_id uuid, p_from timestamptz, p_to timestamptz)
  returns table (activity_id uuid, volunteer_count int, service_hours numeric)
  language sql stable security definer set search_path = ''
  as $$
    select r.activity_id, count(distinct r.user_id)::int, coalesce(sum(ci.hours), 0)::numeric
    from public.activities a
    join public.registrations r on r.activity_id = a.id
    join public.check_ins ci on ci.registration_id = r.id
    where app_private.can_manage_unit(p_unit_id)
      and a.unit_id = p_unit_id
      and ci.checked_in_at >= p_from and ci.checked_in_at < p_to
    group by r.activity_id
  $$;
revoke execute on function app_private.unit_stats_figures(uuid, timestamptz, timestamptz) from public;
grant execute on function app_private.unit_stats_figures(uuid, timestamptz, timestamptz) to authenticated, service_role;

-- Finding a unit's check-ins of a period goes activity → registrations → check_ins.
create index if not exists registrations_activity_idx on public.registrations (activity_id);
