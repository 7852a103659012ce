-- 附件2 imports: an uploaded workbook is parsed into a preview (every row with its errors and
-- warnings) that the unit looks at before anything is created; applying it creates the activities
-- in one transaction, once. Rows are kept as parsed, so applying never re-reads the file.

create table public.arrangement_imports (
  id uuid primary key default gen_random_uuid(),
  campaign_id uuid not null references public.campaigns (id) on delete cascade,
  unit_id uuid not null references public.units (id) on delete cascade,
  -- One import per upload: previewing the same upload again answers the same import.
  storage_path text not null unique,
  file_name text check (length(file_name) <= 200),
  sheet_name text not null,
  header_row int not null check (header_row > 0),
  -- [{row, ok, errors, warnings, label, duplicate, activity}] with activity as the activity form
  -- would send it (types/api/unit-activities.ts), already validated.
  rows jsonb not null check (jsonb_typeof(rows) = 'array'),
  valid_count int not null check (valid_count >= 0),
  invalid_count int not null check (invalid_count >= 0),
  status text not null default 'previewed' check (status in ('previewed', 'applied')),
  applied_mode text check (applied_mode in ('all', 'valid_only')),
  applied_published boolean,
  applied_activity_ids uuid[] not null default '{}',
  applied_skipped int not null default 0 check (applied_skipped >= 0),
  applied_at timestamptz,
  applied_by uuid references public.app_users (id) on delete set null,
  created_by uuid references public.app_users (id) on delete set null,
  created_at timestamptz not null default now(),
  check ((status = 'applied') = (applied_at is not null)),
  check ((status = 'applied') <= (applied_mode is not null and applied_published is not null))
);
create index arrangement_imports_unit_idx on public.arrangement_imports (unit_id, created_at desc);

alter table public.arrangement_imports enable row level security;
grant select, insert, update, delete on public.arrangement_imports to authenticated, service_role;
-- A unit's imports are its contacts' and its campaign's organisers', like the activities they create.
create policy arrangement_imports_unit on public.arrangement_imports for all to authenticated
  using (app_private.can_manage_unit(unit_id))
  with check (
    app_private.can_manage_unit(unit_id)
    and exists (select 1 from public.units u where u.id = unit_id and u.campaign_id = arrangement_imports.campaign_id)
  );

-- Which import created an activity (for the record, and so a unit can tell imported rows apart).
alter table public.activities add column import_id uuid references public.arrangement_imports (id) on delete set null;
create index activities_import_idx on public.activities (import_id) where import_id is not null;
