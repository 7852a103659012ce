-- 照片复核: the campaign's organisers decide photos the checker sent to review (待复核) or failed
-- (不合格), on the photo's latest check result. The notices have units send their photos to the
-- city's 文明办 / 党群工作部 (e.g. 资阳: "将活动图片信息报送党群工作部"), so the reviewer is the
-- campaign's organiser; a district admin (区县管理员) reads its district's queue but never decides —
-- it has no update policy here, as everywhere in its read-only access (migration 610).

-- People write only the review columns: the checker's verdict, rules and scores stay the checker's
-- (it writes them as service_role, whose rights are unchanged).
revoke update on public.photo_check_results from authenticated;
grant update (review_verdict, reviewed_by, reviewed_at, review_note) on public.photo_check_results to authenticated;

-- The organiser of the photo's campaign, signing the decision as themselves, with a reason for
-- every 不合格 (the unit reads it and must know what to retake).
drop policy results_organiser_review on public.photo_check_results;
create policy results_organiser_review on public.photo_check_results for update to authenticated
  using (exists (
    select 1 from public.photos p where p.id = photo_id and app_private.is_organiser(p.campaign_id)
  ))
  with check (
    exists (select 1 from public.photos p where p.id = photo_id and app_private.is_organiser(p.campaign_id))
    and reviewed_by = auth.uid()
    and (review_verdict is distinct from 'failed' or nullif(btrim(review_note), '') is not null)
  );

-- The queue reads a campaign's activity photos oldest first, page by page.
create index photos_review_queue_idx on public.photos (campaign_id, created_at, id) where purpose = 'activity';
