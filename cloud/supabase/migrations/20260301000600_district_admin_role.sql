-- 区县管理员 (a county's or function area's 文明办 / 团委): answers upward for one district's units
-- (SPEC: "Districts report upward"). The role, where a membership or an invite names its district,
-- and what an invite code needs for organisers to issue and revoke them (issue 9).
--
-- Each migration file runs in a transaction of its own: a value added to an enum cannot be used in
-- the transaction that added it, so this file compares `role::text` and the next file
-- (…610_district_admin_access.sql) uses the value itself.

alter type public.member_role add value if not exists 'district_admin';

-- A membership or invite may name a district only of its own campaign: (id, campaign_id) is what
-- the foreign keys below point at.
alter table public.districts add constraint districts_id_campaign_key unique (id, campaign_id);

-- Memberships ----------------------------------------------------------------------------------
alter table public.memberships add column district_id uuid;
alter table public.memberships add constraint memberships_district_fkey
  foreign key (district_id, campaign_id) references public.districts (id, campaign_id) on delete cascade;
-- A district admin always has a district; nobody else has one.
alter table public.memberships add constraint memberships_district_admin_has_district
  check ((role::text = 'district_admin') = (district_id is not null));
-- One person may be the admin of two districts of a campaign: the district is part of the key.
alter table public.memberships drop constraint memberships_user_id_campaign_id_role_unit_id_key;
alter table public.memberships add constraint memberships_one_per_role_key
  unique nulls not distinct (user_id, campaign_id, role, unit_id, district_id);
create index memberships_district_idx on public.memberships (district_id, user_id) where district_id is not null;

-- Invite codes ---------------------------------------------------------------------------------
alter table public.invite_codes drop constraint invite_codes_role_check;
alter table public.invite_codes add constraint invite_codes_role_check
  check (role::text in ('unit_contact', 'organiser', 'district_admin'));
alter table public.invite_codes add column district_id uuid;
alter table public.invite_codes add constraint invite_codes_district_fkey
  foreign key (district_id, campaign_id) references public.districts (id, campaign_id) on delete cascade;
alter table public.invite_codes add constraint invite_codes_district_admin_has_district
  check ((role::text = 'district_admin') = (district_id is not null));
-- Only a unit contact's code names a unit.
alter table public.invite_codes add constraint invite_codes_unit_only_for_contacts
  check ((role::text = 'unit_contact') = (unit_id is not null));
-- Revoked codes are kept (the list and the audit trail show them) and refused at join.
alter table public.invite_codes add column revoked_at timestamptz;
alter table public.invite_codes add column revoked_by uuid references public.app_users (id) on delete set null;
-- Who an organiser's or district admin's code is meant for ("市志愿者联合会 王老师"), as the list shows it.
alter table public.invite_codes add column note text check (length(note) <= 40);
create index invite_codes_campaign_idx on public.invite_codes (campaign_id, created_at desc);
create index invite_codes_unit_idx on public.invite_codes (unit_id) where unit_id is not null;
