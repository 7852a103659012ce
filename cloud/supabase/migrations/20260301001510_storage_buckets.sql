-- Supabase Storage: the private bucket every file of the product lives in, and its policies
-- (issue 12, "Deployment"), so `supabase db push` sets Storage up with the schema.
--
-- * One private bucket, `photos` (the default of SUPABASE_STORAGE_BUCKET; a deployment that names
--   another bucket creates it the same way). Activity photos, their EXIF-free display copies,
--   workbooks and exports all live in it under `<campaign>/<unit>/…`.
-- * No size or type limit on the bucket itself: the API checks each upload's declared type and size
--   by purpose before it signs a URL (up to 20 MB for photos), and server-written exports (a
--   district's picture package) are far larger than any upload.
-- * Nobody reaches the bucket with a Supabase session: the app never has one (it signs in with our
--   own tokens). Every read and write goes through URLs the server signs with the service-role key,
--   which bypasses these policies. The restrictive policy below says so explicitly: whatever other
--   policy a project adds later, anon and authenticated never touch this bucket's objects.
--
-- On the embedded Postgres there is no `storage` schema (files go to the local disk): a minimal
-- stand-in with the same tables, columns used here and row-level security is created, so this file
-- applies unchanged in both places and its policy can be tested locally.

do $$
begin
  if to_regclass('storage.buckets') is null then
    create schema if not exists storage;
    create table storage.buckets (
      id text primary key,
      name text not null unique,
      public boolean not null default false,
      file_size_limit bigint,
      allowed_mime_types text[],
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create table storage.objects (
      id uuid primary key default gen_random_uuid(),
      bucket_id text references storage.buckets (id),
      name text,
      owner uuid,
      metadata jsonb,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (bucket_id, name)
    );
    alter table storage.buckets enable row level security;
    alter table storage.objects enable row level security;
    grant usage on schema storage to anon, authenticated, service_role;
    grant select on storage.buckets to anon, authenticated;
    grant select, insert, update, delete on storage.objects to anon, authenticated;
    grant all on storage.buckets, storage.objects to service_role;
  end if;
end
$$;

insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types)
values ('photos', 'photos', false, null, null)
on conflict (id) do update set public = false;

drop policy if exists photos_bucket_server_only on storage.objects;
create policy photos_bucket_server_only on storage.objects
  as restrictive for all to anon, authenticated
  using (bucket_id <> 'photos')
  with check (bucket_id <> 'photos');
