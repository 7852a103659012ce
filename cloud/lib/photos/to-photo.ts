import type { TPhoto, TPhotoRule } from '../../../types/api/photos'
import { signShownCopies } from '../privacy/shown-copies'
import { toShanghaiIso } from '../time/shanghai'
import { currentReasonCode } from '../photo-check/reason-codes'
import { buildEvidence } from './photo-evidence'
import type { TPhotoRow } from './repository'

const READ_URL_SECONDS = 600

type TStoredRule = TPhotoRule & { details?: Record<string, unknown> }

export function toPhoto(row: TPhotoRow, url: string): TPhoto {
  const rules: TStoredRule[] = Array.isArray(row.rules) ? (row.rules as TStoredRule[]) : []
  const people = rules.find((r) => r.rule === 'people')?.details?.count
  const banner = rules.find((r) => r.rule === 'theme_banner')?.details?.textSeen
  return {
    id: row.id,
    activityId: row.activity_id,
    unitName: row.unit_name,
    url,
    byteSize: row.byte_size,
    width: row.width,
    height: row.height,
    createdAt: toShanghaiIso(row.created_at),
    status: row.verdict ?? (row.job_status === 'running' ? 'checking' : 'queued'),
    rules: rules.map(({ rule, status, score, reason, message, hint }) => ({ rule, status, score, reason: currentReasonCode(reason), message, hint })),
    peopleCount: typeof people === 'number' ? people : null,
    bannerText: typeof banner === 'string' && banner !== '' ? banner : null,
    checkedAt: row.checked_at ? toShanghaiIso(row.checked_at) : null,
    reviewed: row.reviewed,
    reviewNote: row.review_note,
    reviewedAt: row.reviewed_at ? toShanghaiIso(row.reviewed_at) : null,
    evidence: row.verdict ? buildEvidence(row.rules, row) : null,
    handedInAt: row.handed_in_at ? toShanghaiIso(row.handed_in_at) : null,
  }
}

/**
 * Rows as the API sends them, each with a short-lived link to the EXIF-free display copy. A photo
 * whose copy is not made yet is left out (see signShownCopies) — except for its own uploader
 * (`viewerId`), who is shown their original — never shown as its original to anyone else.
 */
export async function toPhotos(rows: TPhotoRow[], viewerId: string): Promise<TPhoto[]> {
  return (await signShownCopies(rows, READ_URL_SECONDS, viewerId)).map(({ row, url }) => toPhoto(row, url))
}
