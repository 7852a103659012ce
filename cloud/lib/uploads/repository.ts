import type { TUploadPurpose } from '../../../types/api/uploads'
import type { TTx } from '../db/client'

export type TUploadRow = {
  path: string
  campaign_id: string
  unit_id: string | null
  purpose: TUploadPurpose
  content_type: string
  max_bytes: number
  created_by: string | null
  expires_at: Date
  recorded_at: Date | null
  sha256: string | null
  byte_size: number | null
}

/** The unit's campaign, when the caller manages the unit (its contacts, the campaign's organisers). */
export async function findManagedUnitCampaign(tx: TTx, unitId: string): Promise<string | null> {
  const [row] = await tx<{ campaign_id: string }[]>`
    select campaign_id from units where id = ${unitId} and app_private.can_manage_unit(id)`
  return row?.campaign_id ?? null
}

/** The campaign, when the caller organises it (uploads that belong to the campaign, e.g. a unit list). */
export async function findOrganisedCampaign(tx: TTx, campaignId: string): Promise<string | null> {
  const [row] = await tx<{ id: string }[]>`select id from campaigns where id = ${campaignId} and app_private.is_organiser(id)`
  return row?.id ?? null
}

export async function insertUpload(
  tx: TTx,
  row: { path: string; campaignId: string; unitId: string | null; purpose: TUploadPurpose; contentType: string; maxBytes: number; createdBy: string; expiresAt: Date },
): Promise<void> {
  await tx`
    insert into storage_uploads (path, campaign_id, unit_id, purpose, content_type, max_bytes, created_by, expires_at)
    values (${row.path}, ${row.campaignId}, ${row.unitId}, ${row.purpose}, ${row.contentType}, ${row.maxBytes}, ${row.createdBy}, ${row.expiresAt})`
}

/** Marks an upload as recorded, once: a second claim of the same path finds nothing. */
export async function markUploadRecorded(tx: TTx, path: string, purpose: TUploadPurpose): Promise<TUploadRow | null> {
  const [row] = await tx<TUploadRow[]>`
    update storage_uploads set recorded_at = now()
    where path = ${path} and purpose = ${purpose} and recorded_at is null
    returning path, campaign_id, unit_id, purpose, content_type, max_bytes, created_by, expires_at, recorded_at, sha256, byte_size::int`
  return row ?? null
}

/** What the claim read: the recorded file's digest and size, for whoever reads it later. */
export async function saveUploadDigest(tx: TTx, path: string, sha256: string, byteSize: number): Promise<void> {
  await tx`update storage_uploads set sha256 = ${sha256}, byte_size = ${byteSize} where path = ${path}`
}

/** Uploads whose URL expired without the file ever being recorded (service role: the sweeper). */
export async function findAbandonedUploads(tx: TTx, graceMinutes: number, limit: number): Promise<string[]> {
  const rows = await tx<{ path: string }[]>`
    select path from storage_uploads
    where recorded_at is null and expires_at < now() - make_interval(mins => ${graceMinutes})
    order by expires_at
    limit ${limit}`
  return rows.map((row) => row.path)
}

export async function deleteUploadRows(tx: TTx, paths: string[]): Promise<void> {
  if (paths.length === 0) return
  await tx`delete from storage_uploads where path = any(${paths}::text[]) and recorded_at is null`
}
