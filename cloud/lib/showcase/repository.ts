import type { TSubmissionStatus } from '../../../types/api/common'
import type { TShowcaseForm } from '../../../types/api/showcase'
import type { TTx } from '../db/client'
import type { TStoredPicture } from '../pictures/claim-picture'
import { storedFiles } from '../pictures/inspect-picture'

// All SQL of the showcase domain. Every query runs as the caller (withUserTx): the policies on
// showcase_applications and photos (can_manage_unit) decide which rows exist for them.

export type TManagedUnit = { id: string; name: string; campaignId: string; campaignYear: number }

/** The unit, when the caller manages it (its contacts, the campaign's organisers). */
export async function findManagedUnit(tx: TTx, unitId: string): Promise<TManagedUnit | null> {
  const [row] = await tx<{ id: string; name: string; campaign_id: string; year: number }[]>`
    select u.id, u.name, u.campaign_id, c.year from units u join campaigns c on c.id = u.campaign_id
    where u.id = ${unitId} and app_private.can_manage_unit(u.id)`
  return row ? { id: row.id, name: row.name, campaignId: row.campaign_id, campaignYear: row.year } : null
}

export type TDeadlineRow = { id: string; title: string; due_at: Date }

/**
 * The campaign's 附件1 deadline a new application answers: the next one still open, otherwise the
 * last one (so a late draft still shows which date it missed).
 */
export async function findShowcaseDeadline(tx: TTx, campaignId: string): Promise<TDeadlineRow | null> {
  const [row] = await tx<TDeadlineRow[]>`
    select id, title, due_at from campaign_deadlines
    where campaign_id = ${campaignId} and kind = 'showcase_application'
    order by (due_at >= now()) desc, case when due_at >= now() then due_at end asc, due_at desc
    limit 1`
  return row ?? null
}

/** 各单位不少于 N 个 (campaign_quotas unit/showcase_projects). */
export async function findUnitProjectQuota(tx: TTx, campaignId: string): Promise<number | null> {
  const [row] = await tx<{ min_count: number }[]>`
    select min_count from campaign_quotas
    where campaign_id = ${campaignId} and subject = 'unit' and metric = 'showcase_projects'`
  return row?.min_count ?? null
}

export type TApplicationRow = {
  id: string
  campaign_id: string
  unit_id: string
  status: TSubmissionStatus
  organisation_name: string
  project_name: string
  project_summary: string
  display_contents: string[]
  display_details: Record<string, string>
  standard_needs: boolean
  extra_needs: string[]
  extra_need_details: Record<string, string>
  contact_name: string | null
  contact_unit_title: string | null
  contact_phone: string | null
  remark: string | null
  submitted_at: Date | null
  returned_at: Date | null
  return_reason: string | null
  updated_at: Date
  deadline_id: string | null
  deadline_title: string | null
  deadline_due_at: Date | null
}

const APPLICATION_COLUMNS = (tx: TTx) => tx`
  a.id, a.campaign_id, a.unit_id, a.status, a.organisation_name, a.project_name, a.project_summary,
  a.display_contents, a.display_details, a.standard_needs, a.extra_needs, a.extra_need_details,
  a.contact_name, a.contact_unit_title, a.contact_phone, a.remark, a.submitted_at, a.returned_at,
  a.return_reason, a.updated_at, d.id as deadline_id, d.title as deadline_title, d.due_at as deadline_due_at`

export async function listUnitApplications(tx: TTx, unitId: string): Promise<TApplicationRow[]> {
  return tx<TApplicationRow[]>`
    select ${APPLICATION_COLUMNS(tx)}
    from showcase_applications a left join campaign_deadlines d on d.id = a.deadline_id
    where a.unit_id = ${unitId}
    order by a.created_at, a.id`
}

/** One application; `lock` serialises changes to it (pictures added at once, submit vs. withdraw). */
export async function findApplication(tx: TTx, id: string, options: { lock?: boolean } = {}): Promise<TApplicationRow | null> {
  const [row] = await tx<TApplicationRow[]>`
    select ${APPLICATION_COLUMNS(tx)}
    from showcase_applications a left join campaign_deadlines d on d.id = a.deadline_id
    where a.id = ${id}
    ${options.lock ? tx`for update of a` : tx``}`
  return row ?? null
}

function formColumns(form: TShowcaseForm) {
  return {
    organisation_name: form.organisationName,
    project_name: form.projectName,
    project_summary: form.summary,
    display_contents: form.displayContents.map((c) => c.item),
    display_details: Object.fromEntries(form.displayContents.map((c) => [c.item, c.description])),
    display_other: form.displayContents.find((c) => c.item === '其他')?.description ?? null,
    standard_needs: form.standardNeeds,
    extra_needs: form.extraNeeds.map((c) => c.item),
    extra_need_details: Object.fromEntries(form.extraNeeds.map((c) => [c.item, c.description])),
    extra_needs_other: form.extraNeeds.find((c) => c.item === '其他')?.description ?? null,
    contact_name: form.contactName,
    contact_unit_title: form.contactUnitTitle,
    contact_phone: form.contactPhone,
    remark: form.remark,
  }
}

export async function insertApplication(
  tx: TTx,
  input: { campaignId: string; unitId: string; deadlineId: string; createdBy: string; form: TShowcaseForm },
): Promise<string> {
  const c = formColumns(input.form)
  const [row] = await tx<{ id: string }[]>`
    insert into showcase_applications (
      campaign_id, unit_id, deadline_id, created_by, organisation_name, project_name, project_summary,
      display_contents, display_details, display_other, standard_needs, extra_needs, extra_need_details,
      extra_needs_other, contact_name, contact_unit_title, contact_phone, remark)
    values (
      ${input.campaignId}, ${input.unitId}, ${input.deadlineId}, ${input.createdBy}, ${c.organisation_name},
      ${c.project_name}, ${c.project_summary}, ${c.display_contents}, ${tx.json(c.display_details)}, ${c.display_other},
      ${c.standard_needs}, ${c.extra_needs}, ${tx.json(c.extra_need_details)}, ${c.extra_needs_other},
      ${c.contact_name}, ${c.contact_unit_title}, ${c.contact_phone}, ${c.remark})
    returning id`
  if (!row) throw new Error('showcase application not inserted')
  return row.id
}

export async function updateApplicationForm(tx: TTx, id: string, form: TShowcaseForm): Promise<void> {
  const c = formColumns(form)
  await tx`
    update showcase_applications set
      organisation_name = ${c.organisation_name}, project_name = ${c.project_name}, project_summary = ${c.project_summary},
      display_contents = ${c.display_contents}, display_details = ${tx.json(c.display_details)}, display_other = ${c.display_other},
      standard_needs = ${c.standard_needs}, extra_needs = ${c.extra_needs}, extra_need_details = ${tx.json(c.extra_need_details)},
      extra_needs_other = ${c.extra_needs_other}, contact_name = ${c.contact_name}, contact_unit_title = ${c.contact_unit_title},
      contact_phone = ${c.contact_phone}, remark = ${c.remark}
    where id = ${id}`
}

export async function markSubmitted(tx: TTx, id: string, userId: string): Promise<void> {
  await tx`update showcase_applications set status = 'submitted', submitted_at = now(), submitted_by = ${userId} where id = ${id}`
}

/** Back to a draft the unit can change; the earlier submission stays in the audit log. */
export async function markWithdrawn(tx: TTx, id: string): Promise<void> {
  await tx`update showcase_applications set status = 'draft', submitted_at = null, submitted_by = null where id = ${id}`
}

export async function deleteApplication(tx: TTx, id: string): Promise<void> {
  await tx`delete from showcase_applications where id = ${id}`
}

export type TPictureRow = {
  id: string
  showcase_application_id: string
  showcase_position: number
  storage_path: string
  display_path: string | null
  byte_size: number
  mime_type: string | null
  width: number | null
  height: number | null
  created_at: Date
}

export async function listPictures(tx: TTx, applicationIds: string[]): Promise<TPictureRow[]> {
  if (applicationIds.length === 0) return []
  return tx<TPictureRow[]>`
    select id, showcase_application_id, showcase_position, storage_path, display_path, byte_size, mime_type, width, height, created_at
    from photos
    where showcase_application_id = any(${applicationIds}::uuid[])
    order by showcase_application_id, showcase_position`
}

export async function insertPicture(
  tx: TTx,
  input: TStoredPicture & { campaignId: string; unitId: string; applicationId: string; position: number; uploadedBy: string },
): Promise<string> {
  const [row] = await tx<{ id: string }[]>`
    insert into photos (campaign_id, unit_id, purpose, showcase_application_id, showcase_position, storage_path,
                        display_path, sha256, byte_size, mime_type, width, height, uploaded_by)
    values (${input.campaignId}, ${input.unitId}, 'showcase', ${input.applicationId}, ${input.position}, ${input.path},
            ${input.displayPath}, ${input.sha256}, ${input.byteSize}, ${input.mimeType}, ${input.width}, ${input.height},
            ${input.uploadedBy})
    returning id`
  if (!row) throw new Error('showcase picture not inserted')
  return row.id
}

/** Removes one picture; the storage paths come back so the files can go too. */
export async function deletePicture(tx: TTx, applicationId: string, pictureId: string): Promise<string[] | null> {
  const [row] = await tx<{ storage_path: string; display_path: string | null }[]>`
    delete from photos where id = ${pictureId} and showcase_application_id = ${applicationId}
    returning storage_path, display_path`
  return row ? storedFiles(row) : null
}

/**
 * Puts the pictures in the given order (1…n). Positions are unique per application and checked per
 * row, so they are cleared first and written again in one statement.
 */
export async function setPictureOrder(tx: TTx, applicationId: string, pictureIds: string[]): Promise<void> {
  await tx`update photos set showcase_position = null where showcase_application_id = ${applicationId}`
  await tx`
    update photos p set showcase_position = o.position
    from unnest(${pictureIds}::uuid[]) with ordinality as o(id, position)
    where p.id = o.id and p.showcase_application_id = ${applicationId}`
}
