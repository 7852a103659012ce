-- Units prepare before volunteers see anything: 附件2 and 附件1 are due 2月19日, while the campaign
-- opens to the public in March. So a campaign is visible to its members (unit contacts, district
-- admins, organisers) before it is published, and to everyone once published.

create or replace function app_private.is_campaign_member(p_campaign_id uuid) returns boolean
  language sql stable security definer set search_path = ''
  as $$
    select exists (
      select 1 from public.memberships m
      where m.user_id = auth.uid() and m.campaign_id = p_campaign_id and m.role <> 'volunteer'
    )
  $$;
grant execute on function app_private.is_campaign_member(uuid) to anon, authenticated, service_role;

create or replace function app_private.campaign_visible(p_campaign_id uuid) returns boolean
  language sql stable security definer set search_path = ''
  as $$
    select exists (
      select 1 from public.campaigns c
      where c.id = p_campaign_id and (c.is_published or app_private.is_campaign_member(c.id))
    )
  $$;

create or replace function app_private.visible_campaign_ids() returns setof uuid
  language sql stable security definer set search_path = ''
  as $$
    select c.id from public.campaigns c where c.is_published
    union
    select m.campaign_id from public.memberships m where m.user_id = auth.uid() and m.role <> 'volunteer'
  $$;

drop policy campaigns_read on public.campaigns;
create policy campaigns_read on public.campaigns for select to anon, authenticated
  using (is_published or app_private.is_campaign_member(id));
