import type { TQuotaMetric, TQuotaSubject, TUnitImportRow, TUnitKind } from '../../../types/api/campaign-setup'
import type { TDeadlineKind, TDistrictKind } from '../../../types/domain'
import type { TTx } from '../db/client'

/**
 * All of the campaign-setup domain's SQL. Runs as the caller: row-level security lets organisers
 * write their own campaign's reference data, and lets any organiser create a campaign (migration
 * 20260301000700_campaign_setup.sql).
 */

// Campaign ----------------------------------------------------------------------------------------

export type TCampaignRow = {
  id: string
  slug: string
  title: string
  issuer: string
  issuers: string[]
  city: string
  year: number
  theme: string | null
  summary: string | null
  notice_ref: string | null
  period_start: string
  period_end: string
  is_year_round: boolean
  is_published: boolean
  is_demo: boolean
  updated_at: Date
  can_edit: boolean
}

/** The campaign when the caller can see it (published, or a member), with whether they organise it. */
export async function findCampaign(tx: TTx, id: string, options: { lock?: boolean } = {}): Promise<TCampaignRow | null> {
  const [row] = options.lock
    ? await tx<TCampaignRow[]>`
        select id, slug, title, issuer, issuers, city, year, theme, summary, notice_ref, period_start::text, period_end::text,
               is_year_round, is_published, is_demo, updated_at, app_private.is_organiser(id) as can_edit
        from campaigns where id = ${id} for update`
    : await tx<TCampaignRow[]>`
        select id, slug, title, issuer, issuers, city, year, theme, summary, notice_ref, period_start::text, period_end::text,
               is_year_round, is_published, is_demo, updated_at, app_private.is_organiser(id) as can_edit
        from campaigns where id = ${id}`
  return row ?? null
}

/** Whether the caller organises any campaign (who may create one). */
export async function isAnyOrganiser(tx: TTx): Promise<boolean> {
  const [row] = await tx<{ ok: boolean }[]>`select app_private.is_any_organiser() as ok`
  return row?.ok ?? false
}

/**
 * Serialises set-up changes of one campaign until the transaction ends, so two organisers adding
 * the same unit name (or the same Fridays) at once cannot both pass the duplicate check.
 */
export async function lockCampaignSetup(tx: TTx, campaignId: string): Promise<void> {
  await tx`select pg_advisory_xact_lock(hashtext('campaign-setup:' || ${campaignId}))`
}

export type TCampaignValues = {
  title: string
  issuer: string
  issuers: string[]
  city: string
  year: number
  theme: string | null
  summary: string | null
  periodStart: string
  periodEnd: string
  yearRound: boolean
  isPublished: boolean
}

export async function updateCampaign(tx: TTx, id: string, v: TCampaignValues): Promise<void> {
  await tx`
    update campaigns set title = ${v.title}, issuer = ${v.issuer}, issuers = ${v.issuers}, city = ${v.city}, year = ${v.year},
      theme = ${v.theme}, summary = ${v.summary}, period_start = ${v.periodStart}, period_end = ${v.periodEnd},
      is_year_round = ${v.yearRound}, is_published = ${v.isPublished}
    where id = ${id}`
}

/** A new campaign (never returning: its creator can only see it once the membership exists). */
export async function insertCampaign(tx: TTx, row: TCampaignValues & { id: string; slug: string; createdBy: string; noticeRef: string | null }): Promise<void> {
  await tx`
    insert into campaigns (id, slug, issuer, issuers, city, year, title, theme, summary, notice_ref, period_start, period_end,
                           is_year_round, is_demo, is_published, created_by)
    values (${row.id}, ${row.slug}, ${row.issuer}, ${row.issuers}, ${row.city}, ${row.year}, ${row.title}, ${row.theme}, ${row.summary},
            ${row.noticeRef}, ${row.periodStart}, ${row.periodEnd}, ${row.yearRound}, false, ${row.isPublished}, ${row.createdBy})`
}

export async function insertOrganiser(tx: TTx, campaignId: string, userId: string): Promise<void> {
  await tx`insert into memberships (user_id, campaign_id, role) values (${userId}, ${campaignId}, 'organiser')`
}

// Deadlines ---------------------------------------------------------------------------------------

export type TDeadlineRow = { id: string; kind: TDeadlineKind; title: string; due_at: Date; submitted: number; touched: number }

/**
 * Deadlines with how many units submitted against each and how many have anything saved for it
 * (unit_submissions, 附件1, reports, weekly rows): such a deadline cannot be deleted.
 */
export async function findDeadlines(tx: TTx, campaignId: string, deadlineId: string | null = null): Promise<TDeadlineRow[]> {
  return tx<TDeadlineRow[]>`
    select d.id, d.kind, d.title, d.due_at,
      (select count(distinct s.unit_id)::int from (
         select us.unit_id from unit_submissions us where us.deadline_id = d.id and us.status <> 'draft'
         union all select r.unit_id from reports r where r.deadline_id = d.id and r.status <> 'draft'
         union all select sa.unit_id from showcase_applications sa where sa.deadline_id = d.id and sa.status <> 'draft'
       ) s) as submitted,
      (select count(distinct t.unit_id)::int from (
         select us.unit_id from unit_submissions us where us.deadline_id = d.id
         union all select r.unit_id from reports r where r.deadline_id = d.id
         union all select sa.unit_id from showcase_applications sa where sa.deadline_id = d.id
         union all select w.unit_id from weekly_stats w where w.deadline_id = d.id
         union all select m.unit_id from media_coverage m where m.deadline_id = d.id
       ) t) as touched
    from campaign_deadlines d
    where d.campaign_id = ${campaignId} and (${deadlineId}::uuid is null or d.id = ${deadlineId}::uuid)
    order by d.due_at, d.title`
}

export async function insertDeadline(tx: TTx, campaignId: string, d: { kind: TDeadlineKind; title: string; dueAt: Date }): Promise<string> {
  const [row] = await tx<{ id: string }[]>`
    insert into campaign_deadlines (campaign_id, kind, title, due_at) values (${campaignId}, ${d.kind}, ${d.title}, ${d.dueAt}) returning id`
  if (!row) throw new Error('deadline not inserted')
  return row.id
}

export async function updateDeadline(tx: TTx, id: string, d: { kind: TDeadlineKind; title: string; dueAt: Date }): Promise<void> {
  await tx`update campaign_deadlines set kind = ${d.kind}, title = ${d.title}, due_at = ${d.dueAt} where id = ${id}`
}

export async function deleteDeadline(tx: TTx, id: string): Promise<void> {
  await tx`delete from campaign_deadlines where id = ${id}`
}

/** Shanghai calendar days that already have a weekly_stats deadline. */
export async function findWeeklyDays(tx: TTx, campaignId: string): Promise<Set<string>> {
  const rows = await tx<{ day: string }[]>`
    select distinct ((due_at at time zone 'Asia/Shanghai')::date)::text as day
    from campaign_deadlines where campaign_id = ${campaignId} and kind = 'weekly_stats'`
  return new Set(rows.map((r) => r.day))
}

// Quotas and contacts -----------------------------------------------------------------------------

export type TQuotaRow = { id: string; subject: TQuotaSubject; metric: TQuotaMetric; min_count: number }

export async function findQuotas(tx: TTx, campaignId: string): Promise<TQuotaRow[]> {
  return tx<TQuotaRow[]>`
    select id, subject, metric, min_count from campaign_quotas where campaign_id = ${campaignId}
    order by metric, array_position(array['county', 'function_area', 'unit']::quota_subject[], subject)`
}

export async function replaceQuotas(tx: TTx, campaignId: string, quotas: { subject: TQuotaSubject; metric: TQuotaMetric; minCount: number }[]): Promise<void> {
  await tx`delete from campaign_quotas where campaign_id = ${campaignId}`
  for (const q of quotas) {
    await tx`insert into campaign_quotas (campaign_id, subject, metric, min_count) values (${campaignId}, ${q.subject}, ${q.metric}, ${q.minCount})`
  }
}

export type TContactRow = { id: string; name: string; organisation: string | null; phone: string | null; email: string | null }

export async function findContacts(tx: TTx, campaignId: string): Promise<TContactRow[]> {
  return tx<TContactRow[]>`
    select id, name, organisation, phone, email from campaign_contacts where campaign_id = ${campaignId} order by sort, name`
}

export async function replaceContacts(
  tx: TTx,
  campaignId: string,
  contacts: { name: string; organisation: string | null; phone: string | null; email: string | null }[],
): Promise<void> {
  await tx`delete from campaign_contacts where campaign_id = ${campaignId}`
  for (const [sort, c] of contacts.entries()) {
    await tx`
      insert into campaign_contacts (campaign_id, name, organisation, phone, email, sort)
      values (${campaignId}, ${c.name}, ${c.organisation}, ${c.phone}, ${c.email}, ${sort})`
  }
}

// Districts and units -----------------------------------------------------------------------------

export type TDistrictRow = { id: string; key: string; name: string; kind: TDistrictKind; sort: number; units: number; admins: number }

export async function findDistricts(tx: TTx, campaignId: string): Promise<TDistrictRow[]> {
  return tx<TDistrictRow[]>`
    select d.id, d.key, d.name, d.kind, d.sort,
      (select count(*)::int from units u where u.district_id = d.id) as units,
      (select count(*)::int from memberships m where m.district_id = d.id and m.role = 'district_admin') as admins
    from districts d where d.campaign_id = ${campaignId}
    order by d.sort, d.name`
}

export async function insertDistrict(tx: TTx, campaignId: string, d: { key: string; name: string; kind: TDistrictKind }): Promise<string> {
  const [row] = await tx<{ id: string }[]>`
    insert into districts (campaign_id, key, name, kind, sort)
    values (${campaignId}, ${d.key}, ${d.name}, ${d.kind},
            (select coalesce(max(sort) + 1, 0) from districts where campaign_id = ${campaignId}))
    returning id`
  if (!row) throw new Error('district not inserted')
  return row.id
}

export async function updateDistrict(tx: TTx, id: string, d: { name: string; kind: TDistrictKind }): Promise<void> {
  await tx`update districts set name = ${d.name}, kind = ${d.kind} where id = ${id}`
}

export async function deleteDistrict(tx: TTx, id: string): Promise<void> {
  await tx`delete from districts where id = ${id}`
}

export type TUnitRow = {
  id: string
  key: string
  name: string
  kind: TUnitKind
  district_id: string | null
  sort: number
  contacts: number
  activities: number
  has_records: boolean
}

/** Units with what hangs on them: joined contacts, activities, and anything handed in or saved. */
export async function findUnits(tx: TTx, campaignId: string, unitId: string | null = null): Promise<TUnitRow[]> {
  return tx<TUnitRow[]>`
    select u.id, u.key, u.name, u.kind, u.district_id, u.sort,
      (select count(*)::int from memberships m where m.unit_id = u.id and m.role = 'unit_contact') as contacts,
      (select count(*)::int from activities a where a.unit_id = u.id) as activities,
      (exists (select 1 from unit_submissions s where s.unit_id = u.id)
        or exists (select 1 from showcase_applications sa where sa.unit_id = u.id)
        or exists (select 1 from reports r where r.unit_id = u.id)
        or exists (select 1 from photos p where p.unit_id = u.id)) as has_records
    from units u left join districts d on d.id = u.district_id
    where u.campaign_id = ${campaignId} and (${unitId}::uuid is null or u.id = ${unitId}::uuid)
    order by d.sort nulls last, u.sort, u.name`
}

export async function insertUnit(tx: TTx, campaignId: string, u: { key: string; name: string; kind: TUnitKind; districtId: string | null }): Promise<string> {
  const [row] = await tx<{ id: string }[]>`
    insert into units (campaign_id, district_id, key, name, kind, sort)
    values (${campaignId}, ${u.districtId}, ${u.key}, ${u.name}, ${u.kind},
            (select coalesce(max(sort) + 1, 0) from units where campaign_id = ${campaignId}))
    returning id`
  if (!row) throw new Error('unit not inserted')
  return row.id
}

export async function updateUnit(tx: TTx, id: string, u: { name: string; kind: TUnitKind; districtId: string | null }): Promise<void> {
  await tx`update units set name = ${u.name}, kind = ${u.kind}, district_id = ${u.districtId} where id = ${id}`
}

export async function deleteUnit(tx: TTx, id: string): Promise<void> {
  await tx`delete from units where id = ${id}`
}

/** The campaign a district belongs to, whatever campaign it is (null when the caller cannot see it). */
export async function findDistrictCampaign(tx: TTx, districtId: string): Promise<string | null> {
  const [row] = await tx<{ campaign_id: string }[]>`select campaign_id from districts where id = ${districtId}`
  return row?.campaign_id ?? null
}

// Copying a campaign ------------------------------------------------------------------------------

export type TSourceParts = {
  districts: { id: string; key: string; name: string; kind: TDistrictKind; sort: number }[]
  units: { key: string; name: string; kind: TUnitKind; district_id: string | null; sort: number }[]
  quotas: { subject: TQuotaSubject; metric: TQuotaMetric; min_count: number }[]
  contacts: { name: string; organisation: string | null; phone: string | null; email: string | null }[]
  deadlines: { kind: TDeadlineKind; title: string; local: string }[]
}

export async function findSourceParts(tx: TTx, campaignId: string): Promise<TSourceParts> {
  const [districts, units, quotas, contacts, deadlines] = await Promise.all([
    tx<TSourceParts['districts']>`select id, key, name, kind, sort from districts where campaign_id = ${campaignId} order by sort, name`,
    tx<TSourceParts['units']>`select key, name, kind, district_id, sort from units where campaign_id = ${campaignId} order by sort, name`,
    tx<TSourceParts['quotas']>`select subject, metric, min_count from campaign_quotas where campaign_id = ${campaignId}`,
    tx<TSourceParts['contacts']>`select name, organisation, phone, email from campaign_contacts where campaign_id = ${campaignId} order by sort`,
    // Shanghai wall-clock "YYYY-MM-DD HH:mm", so a copy keeps the day and the time people typed.
    tx<TSourceParts['deadlines']>`
      select kind, title, to_char(due_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') as local
      from campaign_deadlines where campaign_id = ${campaignId} order by due_at`,
  ])
  return { districts: [...districts], units: [...units], quotas: [...quotas], contacts: [...contacts], deadlines: [...deadlines] }
}

/** Copies districts and units in one statement each (keys kept: they are unique per campaign). */
export async function copyDistrictsAndUnits(tx: TTx, sourceId: string, targetId: string): Promise<{ districts: number; units: number }> {
  const districts = await tx`
    insert into districts (campaign_id, key, name, kind, sort)
    select ${targetId}, key, name, kind, sort from districts where campaign_id = ${sourceId}`
  const units = await tx`
    insert into units (campaign_id, district_id, key, name, kind, sort)
    select ${targetId}, nd.id, u.key, u.name, u.kind, u.sort
    from units u
    left join districts od on od.id = u.district_id
    left join districts nd on nd.campaign_id = ${targetId} and nd.key = od.key
    where u.campaign_id = ${sourceId}`
  return { districts: districts.count, units: units.count }
}

// Unit-list imports -------------------------------------------------------------------------------

export type TStoredImportRow = TUnitImportRow
export type TImportRecord = {
  id: string
  campaign_id: string
  storage_path: string
  file_name: string | null
  sheet_name: string
  header_row: number
  rows: TStoredImportRow[]
  valid_count: number
  invalid_count: number
  status: 'previewed' | 'applied'
  applied_units: number
  applied_districts: number
  applied_skipped: number
}

export async function findImportByPath(tx: TTx, path: string): Promise<TImportRecord | null> {
  const [row] = await tx<TImportRecord[]>`
    select id, campaign_id, storage_path, file_name, sheet_name, header_row, rows, valid_count, invalid_count, status,
           applied_units, applied_districts, applied_skipped
    from unit_list_imports where storage_path = ${path}`
  return row ?? null
}

export async function findImport(tx: TTx, id: string, options: { lock?: boolean } = {}): Promise<TImportRecord | null> {
  const [row] = options.lock
    ? await tx<TImportRecord[]>`
        select id, campaign_id, storage_path, file_name, sheet_name, header_row, rows, valid_count, invalid_count, status,
               applied_units, applied_districts, applied_skipped
        from unit_list_imports where id = ${id} for update`
    : await tx<TImportRecord[]>`
        select id, campaign_id, storage_path, file_name, sheet_name, header_row, rows, valid_count, invalid_count, status,
               applied_units, applied_districts, applied_skipped
        from unit_list_imports where id = ${id}`
  return row ?? null
}

export async function insertImport(
  tx: TTx,
  i: { campaignId: string; path: string; fileName: string | null; sheetName: string; headerRow: number; rows: TStoredImportRow[]; valid: number; invalid: number; createdBy: string },
): Promise<TImportRecord> {
  const [row] = await tx<TImportRecord[]>`
    insert into unit_list_imports (campaign_id, storage_path, file_name, sheet_name, header_row, rows, valid_count, invalid_count, created_by)
    values (${i.campaignId}, ${i.path}, ${i.fileName}, ${i.sheetName}, ${i.headerRow}, ${tx.json(JSON.parse(JSON.stringify(i.rows)))},
            ${i.valid}, ${i.invalid}, ${i.createdBy})
    returning id, campaign_id, storage_path, file_name, sheet_name, header_row, rows, valid_count, invalid_count, status,
              applied_units, applied_districts, applied_skipped`
  if (!row) throw new Error('import not inserted')
  return row
}

export async function markImportApplied(
  tx: TTx,
  a: { id: string; mode: 'all' | 'valid_only'; units: number; districts: number; skipped: number; appliedBy: string },
): Promise<void> {
  await tx`
    update unit_list_imports set status = 'applied', applied_mode = ${a.mode}, applied_units = ${a.units},
      applied_districts = ${a.districts}, applied_skipped = ${a.skipped}, applied_at = now(), applied_by = ${a.appliedBy}
    where id = ${a.id}`
}
