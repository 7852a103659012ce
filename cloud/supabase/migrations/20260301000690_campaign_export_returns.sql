-- The returns (unit_submissions) an export needs, read set-based (issue 9, organisers' exports).
--
-- unit_submissions is guarded by app_private.can_manage_unit(unit_id) called per row (…500), plus
-- the district admins' set (…610). An export reads a whole campaign's returns — 300 units × 8
-- Fridays and more — and a nested loop made that a can_manage_unit call per row and loop: 4 s for
-- one month's 统计表 on bench:export's data. This function reads them once, for the units the caller
-- may export (app_private.export_unit_ids, …680: organisers all, district admins their district,
-- nobody else anything), with the same columns the policies would have shown.
create function app_private.export_returns(p_campaign_id uuid, p_kinds public.deadline_kind[])
  returns table (unit_id uuid, deadline_id uuid, kind public.deadline_kind, status public.submission_status)
  language sql stable security definer set search_path = ''
  as $$
    select s.unit_id, s.deadline_id, s.kind, s.status
    from public.unit_submissions s
    where s.campaign_id = p_campaign_id
      and s.kind = any (p_kinds)
      and s.unit_id in (select app_private.export_unit_ids(p_campaign_id))
  $$;
revoke execute on function app_private.export_returns(uuid, public.deadline_kind[]) from public;
grant execute on function app_private.export_returns(uuid, public.deadline_kind[]) to authenticated, service_role;
