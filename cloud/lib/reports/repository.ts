import type { TSubmissionStatus } from '../../../types/api/common'
import type { TTx } from '../db/client'
import type { TStoredPicture } from '../pictures/claim-picture'
import { storedFiles } from '../pictures/inspect-picture'

// All SQL of the reports domain, run as the caller: the reports and photos policies
// (can_manage_unit) keep every unit to its own rows.

export type TManagedUnit = { id: string; name: string; campaignId: string }

export async function findManagedUnit(tx: TTx, unitId: string): Promise<TManagedUnit | null> {
  const [row] = await tx<{ id: string; name: string; campaign_id: string }[]>`
    select id, name, campaign_id from units where id = ${unitId} and app_private.can_manage_unit(id)`
  return row ? { id: row.id, name: row.name, campaignId: row.campaign_id } : null
}

export type TDeadlineRow = { id: string; kind: 'report' | 'status_report'; title: string; due_at: Date; status: TSubmissionStatus | null }

/** The campaign's report deadlines in date order, with this unit's report state for each. */
export async function listReportDeadlines(tx: TTx, campaignId: string, unitId: string): Promise<TDeadlineRow[]> {
  return tx<TDeadlineRow[]>`
    select d.id, d.kind, d.title, d.due_at, r.status
    from campaign_deadlines d
    left join reports r on r.deadline_id = d.id and r.unit_id = ${unitId}
    where d.campaign_id = ${campaignId} and d.kind in ('report', 'status_report')
    order by d.due_at, d.id`
}

export type TReportRow = {
  id: string
  campaign_id: string
  unit_id: string
  deadline_id: string
  kind: 'report' | 'status_report'
  status: TSubmissionStatus
  title: string
  body: string
  links: string[]
  link_labels: string[]
  submitted_at: Date | null
  returned_at: Date | null
  return_reason: string | null
  updated_at: Date
  due_at: Date
}

export async function findReport(tx: TTx, filter: { id: string } | { unitId: string; deadlineId: string }, options: { lock?: boolean } = {}): Promise<TReportRow | null> {
  const [row] = await tx<TReportRow[]>`
    select r.id, r.campaign_id, r.unit_id, r.deadline_id, r.kind, r.status, r.title, r.body, r.links, r.link_labels,
           r.submitted_at, r.returned_at, r.return_reason, r.updated_at, d.due_at
    from reports r join campaign_deadlines d on d.id = r.deadline_id
    where ${'id' in filter ? tx`r.id = ${filter.id}` : tx`r.unit_id = ${filter.unitId} and r.deadline_id = ${filter.deadlineId}`}
    ${options.lock ? tx`for update of r` : tx``}`
  return row ?? null
}

export type TReportContent = { title: string; body: string; links: string[]; linkLabels: string[] }

export async function insertReport(
  tx: TTx,
  input: TReportContent & { campaignId: string; unitId: string; deadlineId: string; kind: 'report' | 'status_report' },
): Promise<string> {
  const [row] = await tx<{ id: string }[]>`
    insert into reports (campaign_id, unit_id, deadline_id, kind, title, body, links, link_labels)
    values (${input.campaignId}, ${input.unitId}, ${input.deadlineId}, ${input.kind}, ${input.title}, ${input.body},
            ${input.links}, ${input.linkLabels})
    returning id`
  if (!row) throw new Error('report not inserted')
  return row.id
}

export async function updateReportContent(tx: TTx, id: string, content: TReportContent): Promise<void> {
  await tx`
    update reports set title = ${content.title}, body = ${content.body}, links = ${content.links}, link_labels = ${content.linkLabels}
    where id = ${id}`
}

export async function markSubmitted(tx: TTx, id: string, userId: string): Promise<void> {
  await tx`update reports set status = 'submitted', submitted_at = now(), submitted_by = ${userId} where id = ${id}`
}

export async function markWithdrawn(tx: TTx, id: string): Promise<void> {
  await tx`update reports set status = 'draft', submitted_at = null, submitted_by = null where id = ${id}`
}

export type TPictureRow = {
  id: string
  report_id: string
  storage_path: string
  display_path: string | null
  caption: string | null
  byte_size: number
  width: number | null
  height: number | null
}

export async function listPictures(tx: TTx, reportId: string): Promise<TPictureRow[]> {
  return tx<TPictureRow[]>`
    select id, report_id, storage_path, display_path, caption, byte_size, width, height
    from photos where report_id = ${reportId}
    order by created_at, id`
}

export async function insertPicture(
  tx: TTx,
  input: TStoredPicture & { campaignId: string; unitId: string; reportId: string; caption: string; uploadedBy: string },
): Promise<void> {
  await tx`
    insert into photos (campaign_id, unit_id, purpose, report_id, storage_path, display_path, sha256, byte_size,
                        mime_type, width, height, caption, uploaded_by)
    values (${input.campaignId}, ${input.unitId}, 'report', ${input.reportId}, ${input.path}, ${input.displayPath},
            ${input.sha256}, ${input.byteSize}, ${input.mimeType}, ${input.width}, ${input.height}, ${input.caption},
            ${input.uploadedBy})`
}

export async function updatePictureCaption(tx: TTx, reportId: string, pictureId: string, caption: string): Promise<boolean> {
  const rows = await tx`update photos set caption = ${caption} where id = ${pictureId} and report_id = ${reportId} returning id`
  return rows.length > 0
}

export async function deletePicture(tx: TTx, reportId: string, pictureId: string): Promise<string[] | null> {
  const [row] = await tx<{ storage_path: string; display_path: string | null }[]>`
    delete from photos where id = ${pictureId} and report_id = ${reportId}
    returning storage_path, display_path`
  return row ? storedFiles(row) : null
}
