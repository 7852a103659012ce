-- 附件1 showcase applications and the 晋城 / 兰州 reports, as forms a unit fills, submits, withdraws
-- and resubmits after 退回. The tables exist (schema + 000500); this adds what the forms need.

-- Showcase applications (附件1 · 启动仪式现场展示项目申报表) ------------------------------------
-- 组织名称: the organisation that runs the project; often the unit, sometimes its volunteer team.
alter table public.showcase_applications add column organisation_name text not null default ''
  check (length(organisation_name) <= 100);
alter table public.showcase_applications add constraint showcase_project_name_length check (length(project_name) <= 60);
-- The deadline the application answers (kind showcase_application): the submit rule reads it.
alter table public.showcase_applications add column deadline_id uuid
  references public.campaign_deadlines (id) on delete set null;
-- 展示内容 and 需求提供 as the form prints them: each ticked item ("1. 展板:") with what exactly
-- comes after its colon. The ticked items stay in display_contents / extra_needs; these map each
-- ticked item to its description.
alter table public.showcase_applications add column display_details jsonb not null default '{}'
  check (jsonb_typeof(display_details) = 'object'
         and display_details - array['展板', '现场服务', '互动活动', '纪念品', '其他'] = '{}'::jsonb);
alter table public.showcase_applications add column extra_need_details jsonb not null default '{}'
  check (jsonb_typeof(extra_need_details) = 'object'
         and extra_need_details - array['场地', '桌椅', '电源', '其他'] = '{}'::jsonb);
alter table public.showcase_applications add column submitted_by uuid references public.app_users (id) on delete set null;
alter table public.showcase_applications add constraint showcase_submitted_has_time
  check ((status = 'submitted') <= (submitted_at is not null));
alter table public.showcase_applications add constraint showcase_returned_has_reason
  check ((status = 'returned') <= (return_reason is not null));
create index showcase_applications_deadline_idx on public.showcase_applications (deadline_id);

-- Pictures (photos purpose 'showcase' / 'report') -----------------------------------------------
-- The form asks for exactly 5 pictures in an order the unit chooses ("图片单独打包报送" as 1.jpg…5.jpg).
alter table public.photos add column showcase_position smallint check (showcase_position between 1 and 5);
alter table public.photos add constraint photos_showcase_position check (showcase_position is null or purpose = 'showcase');
create unique index photos_showcase_position_idx on public.photos (showcase_application_id, showcase_position)
  where showcase_application_id is not null;
-- A report picture may say what it shows (a model story's scene, a screenshot of the coverage).
alter table public.photos add column caption text check (length(caption) <= 100);
alter table public.photos add constraint photos_report_has_report check (purpose <> 'report' or report_id is not null);
create index photos_report_idx on public.photos (report_id) where report_id is not null;
create index photos_showcase_idx on public.photos (showcase_application_id) where showcase_application_id is not null;

-- Reports (晋城 3月19日 / 7月19日 / 11月19日, 兰州 10月10日) -------------------------------------
-- One report per unit and deadline: the draft is created on the first save and kept until submitted.
create unique index reports_unit_deadline_idx on public.reports (unit_id, deadline_id) where deadline_id is not null;
alter table public.reports add constraint reports_title_length check (length(title) <= 100);
alter table public.reports add constraint reports_body_length check (length(body) <= 20000);
-- Each link may carry a label ("市文明网报道"); labels run parallel to links, '' when none.
alter table public.reports add column link_labels text[] not null default '{}';
alter table public.reports add constraint reports_link_labels_match check (cardinality(link_labels) = cardinality(links));
alter table public.reports add constraint reports_submitted_has_time check ((status = 'submitted') <= (submitted_at is not null));
alter table public.reports add constraint reports_returned_has_reason check ((status = 'returned') <= (return_reason is not null));

-- RLS: showcase_applications, reports and photos already have row-level security with the
-- can_manage_unit policies (20260301000200): a unit's contacts and the campaign's organisers only.
-- Nothing new to grant: the new columns are covered by the existing table grants.
