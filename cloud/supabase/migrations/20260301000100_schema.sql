-- The whole product's tables. Later features add behaviour, not tables.
-- Times are timestamptz; the product shows them in Asia/Shanghai.

create type public.member_role as enum ('volunteer', 'unit_contact', 'organiser');
create type public.district_kind as enum ('county', 'function_area', 'department', 'other');
create type public.unit_kind as enum ('town', 'department', 'school', 'company', 'team', 'industry', 'community', 'other');
create type public.deadline_kind as enum (
  'activity_plan', 'showcase_application', 'photos', 'weekly_stats', 'summary', 'report', 'status_report', 'other'
);
create type public.quota_subject as enum ('county', 'function_area', 'unit');
create type public.quota_metric as enum ('showcase_projects', 'key_activities');
create type public.activity_category as enum (
  'theory', 'culture_education', 'civility', 'care', 'environment', 'science', 'health', 'legal'
);
create type public.served_population as enum (
  'disabled', 'migrant_children', 'empty_nest_elderly', 'idle_youth', 'misbehaving_youth',
  'left_behind_children', 'street_minors', 'prisoners_children', 'other'
);
create type public.activity_status as enum ('draft', 'published', 'cancelled');
create type public.registration_status as enum ('confirmed', 'waitlisted', 'cancelled');
create type public.photo_purpose as enum ('activity', 'showcase', 'report');
create type public.photo_verdict as enum ('passed', 'failed', 'needs_review', 'error');
create type public.job_status as enum ('queued', 'running', 'done', 'failed');
create type public.submission_status as enum ('draft', 'submitted', 'returned', 'accepted');

create or replace function public.touch_updated_at() returns trigger
  language plpgsql as $$
begin
  new.updated_at := now();
  return new;
end
$$;

-- Campaigns: one notice = one campaign ------------------------------------------------------

create table public.campaigns (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9-]+$'),
  issuer text not null,
  issuers text[] not null default '{}',
  city text not null,
  year int not null check (year between 2000 and 2100),
  title text not null,
  theme text,
  summary text,
  notice_ref text,
  period_start date not null,
  period_end date not null,
  is_demo boolean not null default false,
  is_published boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (period_end >= period_start)
);

create table public.campaign_deadlines (
  id uuid primary key default gen_random_uuid(),
  campaign_id uuid not null references public.campaigns (id) on delete cascade,
  kind public.deadline_kind not null,
  title text not null,
  due_at timestamptz not null
);
create index campaign_deadlines_campaign_idx on public.campaign_deadlines (campaign_id, due_at);

create table public.campaign_quotas (
  id uuid primary key default gen_random_uuid(),
  campaign_id uuid not null references public.campaigns (id) on delete cascade,
  subject public.quota_subject not null,
  metric public.quota_metric not null,
  min_count int not null check (min_count > 0),
  unique (campaign_id, subject, metric)
);

create table public.campaign_contacts (
  id uuid primary key default gen_random_uuid(),
  campaign_id uuid not null references public.campaigns (id) on delete cascade,
  name text not null,
  organisation text,
  phone text,
  email text,
  sort int not null default 0
);
create index campaign_contacts_campaign_idx on public.campaign_contacts (campaign_id);

-- Districts (县区 / 功能板块 / 部门) and units (单位/组织) -------------------------------------

create table public.districts (
  id uuid primary key default gen_random_uuid(),
  campaign_id uuid not null references public.campaigns (id) on delete cascade,
  key text not null,
  name text not null,
  kind public.district_kind not null,
  sort int not null default 0,
  unique (campaign_id, key)
);

create table public.units (
  id uuid primary key default gen_random_uuid(),
  campaign_id uuid not null references public.campaigns (id) on delete cascade,
  district_id uuid references public.districts (id) on delete set null,
  key text not null,
  name text not null,
  kind public.unit_kind not null default 'other',
  sort int not null default 0,
  unique (campaign_id, key)
);
create index units_district_idx on public.units (district_id);

-- People ----------------------------------------------------------------------------------

create table public.app_users (
  id uuid primary key default gen_random_uuid(),
  wechat_openid text unique,
  wechat_unionid text,
  display_name text not null,
  real_name text,
  phone text check (phone is null or phone ~ '^1\d{10}$'),
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table public.memberships (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.app_users (id) on delete cascade,
  campaign_id uuid not null references public.campaigns (id) on delete cascade,
  role public.member_role not null,
  unit_id uuid references public.units (id) on delete cascade,
  created_at timestamptz not null default now(),
  check (role <> 'unit_contact' or unit_id is not null),
  unique nulls not distinct (user_id, campaign_id, role, unit_id)
);
create index memberships_user_idx on public.memberships (user_id);
create index memberships_unit_idx on public.memberships (unit_id) where unit_id is not null;

create table public.invite_codes (
  code text primary key check (code ~ '^[A-Z0-9]{6,12}$'),
  campaign_id uuid not null references public.campaigns (id) on delete cascade,
  role public.member_role not null check (role in ('unit_contact', 'organiser')),
  unit_id uuid references public.units (id) on delete cascade,
  max_uses int not null default 5 check (max_uses > 0),
  use_count int not null default 0,
  expires_at timestamptz,
  created_by uuid references public.app_users (id) on delete set null,
  created_at timestamptz not null default now(),
  check (role <> 'unit_contact' or unit_id is not null),
  check (use_count between 0 and max_uses)
);

create table public.privacy_consents (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.app_users (id) on delete cascade,
  policy_version text not null,
  purpose text not null,
  consented_at timestamptz not null default now(),
  unique (user_id, policy_version, purpose)
);

-- Activities (附件2 columns and what volunteers need beyond them) -----------------------------

create table public.activities (
  id uuid primary key default gen_random_uuid(),
  campaign_id uuid not null references public.campaigns (id) on delete cascade,
  unit_id uuid not null references public.units (id) on delete restrict,
  seq_no int check (seq_no > 0),
  title text not null check (length(title) between 2 and 120),
  description text not null default '',
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  location_name text not null,
  address text,
  latitude double precision check (latitude between -90 and 90),
  longitude double precision check (longitude between -180 and 180),
  geofence_radius_m int check (geofence_radius_m between 20 and 5000),
  contact_name text,
  contact_phone text,
  category public.activity_category not null,
  served_populations public.served_population[] not null default '{}',
  served_other text,
  is_key_activity boolean not null default false,
  capacity int check (capacity > 0),
  signup_deadline timestamptz,
  cancel_cutoff_minutes int not null default 120 check (cancel_cutoff_minutes >= 0),
  what_to_bring text,
  dress_code text,
  status public.activity_status not null default 'published',
  is_demo boolean not null default false,
  -- Counter cache kept by the registrations trigger, so lists need no aggregation.
  confirmed_count int not null default 0 check (confirmed_count >= 0),
  waitlist_count int not null default 0 check (waitlist_count >= 0),
  created_by uuid references public.app_users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (ends_at > starts_at),
  check (signup_deadline is null or signup_deadline <= ends_at),
  check (capacity is null or confirmed_count <= capacity),
  check ((latitude is null) = (longitude is null))
);
create index activities_campaign_start_idx on public.activities (campaign_id, starts_at, id);
create index activities_unit_idx on public.activities (unit_id);
create index activities_category_idx on public.activities (campaign_id, category, starts_at);

-- Registrations, waitlist and check-ins ----------------------------------------------------

create table public.registrations (
  id uuid primary key default gen_random_uuid(),
  activity_id uuid not null references public.activities (id) on delete cascade,
  user_id uuid not null references public.app_users (id) on delete cascade,
  status public.registration_status not null,
  waitlist_position int,
  created_at timestamptz not null default now(),
  confirmed_at timestamptz,
  cancelled_at timestamptz,
  check ((status = 'waitlisted') = (waitlist_position is not null)),
  check ((status = 'cancelled') = (cancelled_at is not null))
);
-- One live registration per person and activity; cancelled rows stay for the record.
create unique index registrations_one_live_idx on public.registrations (activity_id, user_id)
  where status <> 'cancelled';
create unique index registrations_waitlist_idx on public.registrations (activity_id, waitlist_position)
  where status = 'waitlisted';
create index registrations_user_idx on public.registrations (user_id, created_at desc);

create table public.check_ins (
  id uuid primary key default gen_random_uuid(),
  registration_id uuid not null unique references public.registrations (id) on delete cascade,
  checked_in_at timestamptz not null,
  checked_out_at timestamptz,
  hours numeric(6, 2) check (hours >= 0),
  auto_closed boolean not null default false,
  corrected_by uuid references public.app_users (id) on delete set null,
  corrected_at timestamptz,
  correction_note text,
  check (checked_out_at is null or checked_out_at >= checked_in_at)
);

-- Photos and their checks -------------------------------------------------------------------

create table public.showcase_applications (
  id uuid primary key default gen_random_uuid(),
  campaign_id uuid not null references public.campaigns (id) on delete cascade,
  unit_id uuid not null references public.units (id) on delete cascade,
  project_name text not null,
  project_summary text not null default '' check (length(project_summary) <= 800),
  display_contents text[] not null default '{}'
    check (display_contents <@ array['展板', '现场服务', '互动活动', '纪念品', '其他']),
  display_other text,
  standard_needs boolean not null default true,
  extra_needs text[] not null default '{}' check (extra_needs <@ array['场地', '桌椅', '电源', '其他']),
  extra_needs_other text,
  contact_unit_title text,
  contact_name text,
  contact_phone text,
  remark text,
  status public.submission_status not null default 'draft',
  submitted_at timestamptz,
  created_by uuid references public.app_users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index showcase_applications_unit_idx on public.showcase_applications (campaign_id, unit_id);

create table public.reports (
  id uuid primary key default gen_random_uuid(),
  campaign_id uuid not null references public.campaigns (id) on delete cascade,
  unit_id uuid not null references public.units (id) on delete cascade,
  deadline_id uuid references public.campaign_deadlines (id) on delete set null,
  kind public.deadline_kind not null,
  title text not null,
  body text not null default '',
  status public.submission_status not null default 'draft',
  submitted_at timestamptz,
  submitted_by uuid references public.app_users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index reports_unit_idx on public.reports (campaign_id, unit_id);

create table public.photos (
  id uuid primary key default gen_random_uuid(),
  campaign_id uuid not null references public.campaigns (id) on delete cascade,
  unit_id uuid not null references public.units (id) on delete cascade,
  purpose public.photo_purpose not null,
  activity_id uuid references public.activities (id) on delete set null,
  showcase_application_id uuid references public.showcase_applications (id) on delete cascade,
  report_id uuid references public.reports (id) on delete cascade,
  storage_path text not null unique,
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  byte_size int not null check (byte_size >= 0),
  mime_type text,
  width int,
  height int,
  perceptual_hash text,
  captured_at timestamptz,
  uploaded_by uuid references public.app_users (id) on delete set null,
  created_at timestamptz not null default now(),
  check (purpose <> 'activity' or activity_id is not null),
  check (purpose <> 'showcase' or showcase_application_id is not null)
);
create index photos_unit_idx on public.photos (campaign_id, unit_id);
create index photos_sha_idx on public.photos (campaign_id, sha256);

create table public.photo_check_jobs (
  id uuid primary key default gen_random_uuid(),
  photo_id uuid not null references public.photos (id) on delete cascade,
  -- One job per photo content: the same bytes uploaded twice are checked once.
  sha256 text not null,
  status public.job_status not null default 'queued',
  attempts int not null default 0,
  max_attempts int not null default 3 check (max_attempts > 0),
  run_after timestamptz not null default now(),
  lease_owner text,
  lease_expires_at timestamptz,
  last_error text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (photo_id)
);
create index photo_check_jobs_claim_idx on public.photo_check_jobs (run_after)
  where status in ('queued', 'running');

create table public.photo_check_results (
  id uuid primary key default gen_random_uuid(),
  photo_id uuid not null references public.photos (id) on delete cascade,
  job_id uuid references public.photo_check_jobs (id) on delete set null,
  verdict public.photo_verdict not null,
  -- Every rule's status, score and Chinese message, and the raw scores behind them.
  rules jsonb not null default '[]',
  scores jsonb not null default '{}',
  engine_version text not null,
  checked_at timestamptz not null default now(),
  review_verdict public.photo_verdict check (review_verdict is null or review_verdict in ('passed', 'failed')),
  reviewed_by uuid references public.app_users (id) on delete set null,
  reviewed_at timestamptz,
  review_note text
);
create index photo_check_results_photo_idx on public.photo_check_results (photo_id, checked_at desc);

-- 肇庆 weekly statistics and media tables ---------------------------------------------------

create table public.weekly_stats (
  id uuid primary key default gen_random_uuid(),
  campaign_id uuid not null references public.campaigns (id) on delete cascade,
  unit_id uuid not null references public.units (id) on delete cascade,
  activity_id uuid not null references public.activities (id) on delete cascade,
  week_ending date not null,
  volunteer_count int not null default 0 check (volunteer_count >= 0),
  organisation_count int not null default 0 check (organisation_count >= 0),
  served_population public.served_population,
  served_other text,
  served_count int not null default 0 check (served_count >= 0),
  service_hours numeric(10, 2) not null default 0 check (service_hours >= 0),
  funds_yuan numeric(12, 2) not null default 0 check (funds_yuan >= 0),
  status public.submission_status not null default 'draft',
  submitted_by uuid references public.app_users (id) on delete set null,
  submitted_at timestamptz,
  unique (activity_id, week_ending)
);
create index weekly_stats_unit_idx on public.weekly_stats (campaign_id, unit_id, week_ending);

create table public.media_coverage (
  id uuid primary key default gen_random_uuid(),
  campaign_id uuid not null references public.campaigns (id) on delete cascade,
  unit_id uuid not null references public.units (id) on delete cascade,
  activity_id uuid not null references public.activities (id) on delete cascade,
  week_ending date not null,
  print_reports int not null default 0 check (print_reports >= 0),
  web_reports int not null default 0 check (web_reports >= 0),
  links text[] not null default '{}',
  read_count int not null default 0 check (read_count >= 0),
  submitted_by uuid references public.app_users (id) on delete set null,
  submitted_at timestamptz,
  unique (activity_id, week_ending)
);
create index media_coverage_unit_idx on public.media_coverage (campaign_id, unit_id, week_ending);

-- Messages and the audit trail --------------------------------------------------------------

create table public.notification_outbox (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.app_users (id) on delete cascade,
  kind text not null,
  payload jsonb not null default '{}',
  -- Sending is idempotent: the same reminder for the same person and activity is one row.
  dedupe_key text not null unique,
  status text not null default 'pending' check (status in ('pending', 'sent', 'failed', 'kept')),
  attempts int not null default 0,
  last_error text,
  created_at timestamptz not null default now(),
  sent_at timestamptz
);
create index notification_outbox_user_idx on public.notification_outbox (user_id, created_at desc);

create table public.audit_log (
  id bigint generated always as identity primary key,
  campaign_id uuid references public.campaigns (id) on delete set null,
  actor_id uuid references public.app_users (id) on delete set null,
  action text not null,
  entity text not null,
  entity_id uuid,
  before jsonb,
  after jsonb,
  created_at timestamptz not null default now()
);
create index audit_log_campaign_idx on public.audit_log (campaign_id, created_at desc);

create trigger campaigns_touch before update on public.campaigns
  for each row execute function public.touch_updated_at();
create trigger app_users_touch before update on public.app_users
  for each row execute function public.touch_updated_at();
create trigger activities_touch before update on public.activities
  for each row execute function public.touch_updated_at();
create trigger showcase_applications_touch before update on public.showcase_applications
  for each row execute function public.touch_updated_at();
create trigger reports_touch before update on public.reports
  for each row execute function public.touch_updated_at();
create trigger photo_check_jobs_touch before update on public.photo_check_jobs
  for each row execute function public.touch_updated_at();
