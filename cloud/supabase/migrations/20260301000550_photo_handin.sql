-- Photo hand-in (提交本单位照片): the unit picks which of its checked activity photos make up its
-- photo return. The return itself is a unit_submissions row (kind 'photos'); the photos in it
-- carry handed_in_at (columns from 20260301000500_unit_submissions.sql).

-- Only activity photos are handed in this way (showcase and report pictures belong to their forms).
alter table public.photos add constraint photos_handed_in_activity_only
  check (handed_in_at is null or purpose = 'activity');

-- The hand-in page lists a unit's activity photos; the home counts the handed-in ones.
create index photos_unit_activity_idx on public.photos (unit_id, activity_id, created_at desc)
  where purpose = 'activity';

-- A photo that is part of a submitted (or accepted) return cannot be deleted: the unit withdraws
-- the return first. The API says so in words; this policy keeps it true for any other writer and
-- under races (a delete racing a submit). Restrictive: it narrows photos_unit, never widens it.
create policy photos_keep_handed_in on public.photos as restrictive for delete to authenticated
  using (
    handed_in_at is null
    or not exists (
      select 1 from public.unit_submissions s
      where s.unit_id = photos.unit_id and s.kind = 'photos' and s.status in ('submitted', 'accepted')
    )
  );
