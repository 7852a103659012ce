import type { TPhoto, TPhotoRule } from '../../../types/api/photos'
import type { TTx } from '../db/client'
import { toShanghaiIso } from '../time/shanghai'

export type TActivityUnit = { campaignId: string; unitId: string }

/** The activity's campaign and unit, when the caller manages it (RLS + can_manage_activity). */
export async function findManagedActivityUnit(tx: TTx, activityId: string): Promise<TActivityUnit | null> {
  const [row] = await tx<{ campaign_id: string; unit_id: string }[]>`
    select campaign_id, unit_id from activities
    where id = ${activityId} and app_private.can_manage_activity(id)`
  return row ? { campaignId: row.campaign_id, unitId: row.unit_id } : null
}

export async function insertPhoto(
  tx: TTx,
  input: TActivityUnit & { activityId: string; path: string; displayPath: string | null; sha256: string; byteSize: number; mimeType: string; uploadedBy: string },
): Promise<string> {
  const [row] = await tx<{ id: string }[]>`
    insert into photos (campaign_id, unit_id, purpose, activity_id, storage_path, display_path, sha256, byte_size, mime_type, uploaded_by)
    values (${input.campaignId}, ${input.unitId}, 'activity', ${input.activityId}, ${input.path}, ${input.displayPath}, ${input.sha256},
            ${input.byteSize}, ${input.mimeType}, ${input.uploadedBy})
    on conflict (storage_path) do update set storage_path = excluded.storage_path
    returning id`
  if (!row) throw new Error('photo not recorded')
  return row.id
}

type TPhotoRow = {
  id: string
  activity_id: string | null
  unit_name: string
  storage_path: string
  display_path: string | null
  byte_size: number
  created_at: Date
  job_status: 'queued' | 'running' | 'done' | 'failed' | null
  verdict: 'passed' | 'failed' | 'needs_review' | 'error' | null
  rules: unknown
  checked_at: Date | null
}

/** Photos with their latest check, as the caller may see them (RLS: the unit and organisers). */
export async function findPhotos(tx: TTx, filter: { activityId?: string; photoId?: string }): Promise<TPhotoRow[]> {
  return tx<TPhotoRow[]>`
    select p.id, p.activity_id, u.name as unit_name, p.storage_path, p.display_path, p.byte_size, p.created_at,
           j.status as job_status, r.verdict, r.rules, r.checked_at
    from photos p
    join units u on u.id = p.unit_id
    left join photo_check_jobs j on j.photo_id = p.id
    left join lateral (
      select verdict, rules, checked_at from photo_check_results r
      where r.photo_id = p.id order by checked_at desc limit 1
    ) r on true
    where true
      ${filter.activityId ? tx`and p.activity_id = ${filter.activityId}` : tx``}
      ${filter.photoId ? tx`and p.id = ${filter.photoId}` : tx``}
    order by p.created_at desc
    limit 100`
}

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
    createdAt: toShanghaiIso(row.created_at),
    status: row.verdict ?? (row.job_status === 'running' ? 'checking' : 'queued'),
    rules: rules.map(({ rule, status, score, reason, message, hint }) => ({ rule, status, score, reason, message, hint })),
    peopleCount: typeof people === 'number' ? people : null,
    bannerText: typeof banner === 'string' && banner !== '' ? banner : null,
    checkedAt: row.checked_at ? toShanghaiIso(row.checked_at) : null,
  }
}
