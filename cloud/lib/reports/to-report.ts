import type { TReport, TReportDeadline } from '../../../types/api/reports'
import { signShownCopies } from '../privacy/shown-copies'
import { toShanghaiIso } from '../time/shanghai'
import { deadlinePassed } from '../submissions/decide-submission'
import { decideReport } from './guards'
import type { TPictureRow, TReportRow } from './repository'

const READ_URL_SECONDS = 600

export function toReportDeadline(row: { id: string; kind: 'report' | 'status_report'; title: string; due_at: Date }, now: Date): TReportDeadline {
  return { id: row.id, kind: row.kind, title: row.title, dueAt: toShanghaiIso(row.due_at), passed: deadlinePassed(row.due_at, now) }
}

/** What a report is missing before it can be submitted (the text is required). */
export function findReportProblems(row: Pick<TReportRow, 'title' | 'body'>): string[] {
  const problems: string[] = []
  if (!row.title.trim()) problems.push('请填写报告标题')
  if (!row.body.trim()) problems.push('请填写报告正文')
  return problems
}

export async function toReport(row: TReportRow, pictures: TPictureRow[], now: Date): Promise<TReport> {
  const decision = decideReport(row, now)
  return {
    id: row.id,
    unitId: row.unit_id,
    deadlineId: row.deadline_id,
    status: row.status,
    title: row.title,
    body: row.body,
    links: row.links.map((url, i) => ({ url, label: row.link_labels[i] ?? '' })),
    // EXIF-free copies only; a picture without one yet is left out (signShownCopies).
    pictures: (await signShownCopies(pictures, READ_URL_SECONDS)).map(({ row: p, url }) => ({
        id: p.id,
        url,
        caption: p.caption ?? '',
        byteSize: p.byte_size,
        width: p.width,
        height: p.height,
      })),
    submittedAt: row.submitted_at ? toShanghaiIso(row.submitted_at) : null,
    returnedAt: row.returned_at ? toShanghaiIso(row.returned_at) : null,
    returnReason: row.status === 'returned' ? row.return_reason : null,
    updatedAt: toShanghaiIso(row.updated_at),
    canEdit: decision.editable,
    canSubmit: decision.submit === null && findReportProblems(row).length === 0,
    canWithdraw: decision.withdraw === null,
  }
}
