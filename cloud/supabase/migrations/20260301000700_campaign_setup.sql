-- Campaign set-up by organisers (issue 9): a campaign typed in from its notice, created new or
-- copied from last year; its deadlines, quotas, contacts, districts and units; units imported
-- from a unit-list workbook.

-- Period ----------------------------------------------------------------------------------------
-- A campaign runs for a month (2024年3月), between two dates (兰州: 3月1日—10月10日), or from a start
-- date through the year (晋城: "3月5日启动，贯穿全年"). The schema wants a period_end, and every
-- rule that reads a period (activities, statistics, the app's current campaign) needs one, so a
-- year-round programme is stored as an explicit flag with period_end = 31 December of its start
-- year: the flag says "no end" to people ("3月5日起，全年"), the date keeps the arithmetic simple.
alter table public.campaigns add column is_year_round boolean not null default false;
alter table public.campaigns add constraint campaigns_year_round_ends_with_year
  check (not is_year_round or period_end = make_date(extract(year from period_start)::int, 12, 31));
-- 晋城 2021 (notice 004) where it is already seeded; a fresh seed sets the flag itself.
update public.campaigns set is_year_round = true
  where notice_ref = '004_85e55c76793b7043.txt'
    and period_end = make_date(extract(year from period_start)::int, 12, 31);

-- Who created a campaign in the app (null for seeded and CLI-made campaigns).
alter table public.campaigns add column created_by uuid references public.app_users (id) on delete set null;

-- Creating a campaign -----------------------------------------------------------------------------
-- Any organiser (of any campaign) may start a new one and becomes its organiser. Nobody else can:
-- the first organiser of a campaign nobody runs yet comes from `npm run invite`.
create function app_private.is_any_organiser() returns boolean
  language sql stable security definer set search_path = ''
  as $$
    select exists (select 1 from public.memberships m where m.user_id = auth.uid() and m.role = 'organiser')
  $$;

-- The caller created this campaign in the app (a SECURITY DEFINER read: the new campaign is not
-- visible to its creator until the membership below exists).
create function app_private.created_campaign(p_campaign_id uuid) returns boolean
  language sql stable security definer set search_path = ''
  as $$
    select exists (select 1 from public.campaigns c where c.id = p_campaign_id and c.created_by = auth.uid())
  $$;

grant execute on function app_private.is_any_organiser(), app_private.created_campaign(uuid) to anon, authenticated, service_role;

create policy campaigns_organiser_create on public.campaigns for insert to authenticated
  with check (created_by = auth.uid() and app_private.is_any_organiser() and not is_demo);

-- The creator joins as its organiser; no one can make themselves organiser of a campaign they did
-- not create (seeded campaigns have no creator).
create policy memberships_creator_joins on public.memberships for insert to authenticated
  with check (
    user_id = auth.uid() and role = 'organiser' and unit_id is null and district_id is null
    and app_private.created_campaign(campaign_id)
  );

-- Units and districts -------------------------------------------------------------------------------
-- A unit's district belongs to the unit's own campaign (the code says so in Chinese first; this
-- makes it impossible). Deleting a district leaves its units without one.
alter table public.units drop constraint units_district_id_fkey;
alter table public.units add constraint units_district_same_campaign_fkey
  foreign key (district_id, campaign_id) references public.districts (id, campaign_id) on delete set null (district_id);

-- Uploads -----------------------------------------------------------------------------------------
-- A unit-list workbook is the organiser's, not a unit's: its storage_uploads row has no unit.
alter table public.storage_uploads drop constraint if exists storage_uploads_purpose_check;
alter table public.storage_uploads add constraint storage_uploads_purpose_check
  check (purpose in ('activity_photo', 'showcase_picture', 'report_picture', 'submission_picture', 'arrangement_workbook', 'unit_list_workbook'));

-- Unit-list imports ---------------------------------------------------------------------------------
-- An uploaded unit list parsed into a preview (each row with its errors and warnings, the districts
-- it would create) that the organiser reads before anything is created; applying creates the
-- districts and units in one transaction, once. Rows are kept as parsed: applying never re-reads.
create table public.unit_list_imports (
  id uuid primary key default gen_random_uuid(),
  campaign_id uuid not null references public.campaigns (id) on delete cascade,
  storage_path text not null unique,
  file_name text check (length(file_name) <= 200),
  sheet_name text not null,
  header_row int not null check (header_row > 0),
  -- [{row, ok, errors, warnings, name, kind, districtName, districtKind, duplicate}]
  rows jsonb not null check (jsonb_typeof(rows) = 'array'),
  valid_count int not null check (valid_count >= 0),
  invalid_count int not null check (invalid_count >= 0),
  status text not null default 'previewed' check (status in ('previewed', 'applied')),
  applied_mode text check (applied_mode in ('all', 'valid_only')),
  applied_units int not null default 0 check (applied_units >= 0),
  applied_districts int not null default 0 check (applied_districts >= 0),
  applied_skipped int not null default 0 check (applied_skipped >= 0),
  applied_at timestamptz,
  applied_by uuid references public.app_users (id) on delete set null,
  created_by uuid references public.app_users (id) on delete set null,
  created_at timestamptz not null default now(),
  check ((status = 'applied') = (applied_at is not null and applied_mode is not null))
);
create index unit_list_imports_campaign_idx on public.unit_list_imports (campaign_id, created_at desc);

alter table public.unit_list_imports enable row level security;
grant select, insert, update, delete on public.unit_list_imports to authenticated, service_role;
create policy unit_list_imports_organiser on public.unit_list_imports for all to authenticated
  using (app_private.is_organiser(campaign_id)) with check (app_private.is_organiser(campaign_id));
