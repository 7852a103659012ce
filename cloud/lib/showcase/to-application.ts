import {
  findMissingFields,
  SHOWCASE_DISPLAY_ITEMS,
  SHOWCASE_EXTRA_NEEDS,
  type TShowcaseApplication,
  type TShowcaseDeadline,
  type TShowcaseForm,
} from '../../../types/api/showcase'
import { signShownCopies } from '../privacy/shown-copies'
import { toShanghaiIso } from '../time/shanghai'
import { deadlinePassed } from '../submissions/decide-submission'
import { decideApplication } from './guards'
import type { TApplicationRow, TPictureRow } from './repository'

const READ_URL_SECONDS = 600

export function toForm(row: TApplicationRow): TShowcaseForm {
  return {
    organisationName: row.organisation_name,
    projectName: row.project_name,
    summary: row.project_summary,
    // In the form's order, whatever order they were ticked in.
    displayContents: SHOWCASE_DISPLAY_ITEMS.filter((item) => row.display_contents.includes(item)).map((item) => ({
      item,
      description: row.display_details[item] ?? '',
    })),
    standardNeeds: row.standard_needs,
    extraNeeds: SHOWCASE_EXTRA_NEEDS.filter((item) => row.extra_needs.includes(item)).map((item) => ({
      item,
      description: row.extra_need_details[item] ?? '',
    })),
    contactName: row.contact_name ?? '',
    contactUnitTitle: row.contact_unit_title ?? '',
    contactPhone: row.contact_phone ?? '',
    remark: row.remark ?? '',
  }
}

export function toDeadline(row: { id: string; title: string; due_at: Date }, now: Date): TShowcaseDeadline {
  return { id: row.id, title: row.title, dueAt: toShanghaiIso(row.due_at), passed: deadlinePassed(row.due_at, now) }
}

export async function toApplication(row: TApplicationRow, pictures: TPictureRow[], now: Date): Promise<TShowcaseApplication> {
  const form = toForm(row)
  const missing = findMissingFields(form, pictures.length)
  const decision = decideApplication(row, now)
  return {
    ...form,
    id: row.id,
    unitId: row.unit_id,
    status: row.status,
    // EXIF-free copies only; a picture without one yet is left out (signShownCopies), though it counts.
    pictures: (await signShownCopies(pictures, READ_URL_SECONDS)).map(({ row: p, url }) => ({
        id: p.id,
        position: p.showcase_position,
        url,
        byteSize: p.byte_size,
        width: p.width,
        height: p.height,
        contentType: p.mime_type ?? 'image/jpeg',
      })),
    deadline:
      row.deadline_id && row.deadline_title && row.deadline_due_at
        ? toDeadline({ id: row.deadline_id, title: row.deadline_title, due_at: row.deadline_due_at }, now)
        : null,
    submittedAt: row.submitted_at ? toShanghaiIso(row.submitted_at) : null,
    returnedAt: row.returned_at ? toShanghaiIso(row.returned_at) : null,
    returnReason: row.status === 'returned' ? row.return_reason : null,
    updatedAt: toShanghaiIso(row.updated_at),
    missing,
    canEdit: decision.editable,
    canSubmit: decision.submit === null && missing.length === 0,
    canWithdraw: decision.withdraw === null,
  }
}
