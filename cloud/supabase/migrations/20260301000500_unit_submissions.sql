-- A unit's side of the campaign: what it hands in for each deadline, co-organisers and withdrawal
-- of activities, organisers' 退回 reasons, and the uploads a unit starts (so unfinished ones can be
-- cleaned up). Later migrations of each domain add their own columns and functions.

-- Activities ------------------------------------------------------------------------------------
-- 参与志愿服务组织数量 counts the organisations that run an activity together (肇庆 table).
alter table public.activities add column co_organisers text[] not null default '{}'
  check (cardinality(co_organisers) <= 20);
-- Withdrawal (status 'cancelled') keeps the row for the record, with when and why.
alter table public.activities add column withdrawn_at timestamptz;
alter table public.activities add column withdrawn_reason text check (length(withdrawn_reason) <= 200);

-- One return per unit and deadline ------------------------------------------------------------
-- The deliverables that are a set of rows rather than one form (附件2 as a whole, the photos
-- handed in, each Friday's statistics, the summary) get one header row per unit and deadline:
-- its state, who submitted it, and the organiser's 退回 reason. Showcase applications and reports
-- are forms of their own and carry the same columns themselves.
create table public.unit_submissions (
  id uuid primary key default gen_random_uuid(),
  campaign_id uuid not null references public.campaigns (id) on delete cascade,
  unit_id uuid not null references public.units (id) on delete cascade,
  deadline_id uuid not null references public.campaign_deadlines (id) on delete cascade,
  kind public.deadline_kind not null,
  status public.submission_status not null default 'draft',
  -- Free text the return carries: the 新闻稿 of a weekly return, the text of a summary.
  body text not null default '' check (length(body) <= 20000),
  links text[] not null default '{}' check (cardinality(links) <= 50),
  submitted_at timestamptz,
  submitted_by uuid references public.app_users (id) on delete set null,
  returned_at timestamptz,
  returned_by uuid references public.app_users (id) on delete set null,
  return_reason text check (length(return_reason) <= 500),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (unit_id, deadline_id),
  check ((status = 'submitted') <= (submitted_at is not null)),
  check ((status = 'returned') <= (return_reason is not null))
);
create index unit_submissions_campaign_idx on public.unit_submissions (campaign_id, deadline_id);
create trigger unit_submissions_touch before update on public.unit_submissions
  for each row execute function public.touch_updated_at();

alter table public.unit_submissions enable row level security;
grant select, insert, update, delete on public.unit_submissions to authenticated, service_role;
grant select on public.unit_submissions to anon;
create policy unit_submissions_unit on public.unit_submissions for all to authenticated
  using (app_private.can_manage_unit(unit_id)) with check (app_private.can_manage_unit(unit_id));

-- The forms carry the same 退回 columns.
alter table public.showcase_applications add column returned_at timestamptz;
alter table public.showcase_applications add column returned_by uuid references public.app_users (id) on delete set null;
alter table public.showcase_applications add column return_reason text check (length(return_reason) <= 500);
alter table public.reports add column returned_at timestamptz;
alter table public.reports add column returned_by uuid references public.app_users (id) on delete set null;
alter table public.reports add column return_reason text check (length(return_reason) <= 500);
alter table public.reports add column links text[] not null default '{}' check (cardinality(links) <= 50);

-- Photos ----------------------------------------------------------------------------------------
-- Handed in = part of the unit's photo return (the unit picks which passed photos it hands in).
alter table public.photos add column handed_in_at timestamptz;
-- Pictures that belong to a return (weekly 新闻稿 pictures, summary pictures).
alter table public.photos add column submission_id uuid references public.unit_submissions (id) on delete cascade;
create index photos_submission_idx on public.photos (submission_id) where submission_id is not null;

-- Uploads ---------------------------------------------------------------------------------------
-- Every signed upload URL we hand out is recorded first. When the file is recorded (a photo, a
-- workbook to import, a showcase picture) the row is marked; uploads never recorded are removed
-- from storage by the scheduled tick once their URL has expired, so nothing is left behind.
create table public.storage_uploads (
  path text primary key,
  campaign_id uuid not null references public.campaigns (id) on delete cascade,
  unit_id uuid references public.units (id) on delete cascade,
  purpose text not null check (purpose in ('activity_photo', 'showcase_picture', 'report_picture', 'submission_picture', 'arrangement_workbook')),
  content_type text not null,
  max_bytes int not null check (max_bytes > 0),
  created_by uuid references public.app_users (id) on delete set null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  recorded_at timestamptz
);
create index storage_uploads_unrecorded_idx on public.storage_uploads (expires_at) where recorded_at is null;

alter table public.storage_uploads enable row level security;
grant select, insert, update, delete on public.storage_uploads to authenticated, service_role;
create policy storage_uploads_own on public.storage_uploads for all to authenticated
  using (created_by = auth.uid()
         and (unit_id is null or app_private.can_manage_unit(unit_id) or app_private.is_organiser(campaign_id)))
  with check (created_by = auth.uid()
         and (unit_id is null or app_private.can_manage_unit(unit_id) or app_private.is_organiser(campaign_id)));
