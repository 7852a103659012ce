import { createHash } from 'node:crypto'
import { UPLOAD_KINDS, type TUploadPurpose } from '../../../types/api/uploads'
import type { TTx } from '../db/client'
import { AppError } from '../errors/app-error'
import { getPhotoStorage } from '../storage/get-photo-storage'
import { isStorageUnavailable } from '../storage/photo-storage'
import { markUploadRecorded, saveUploadDigest } from './repository'

export type TClaimedUpload = { path: string; campaignId: string; unitId: string | null; contentType: string; bytes: Buffer; sha256: string }

/**
 * Step 2, inside the transaction that records the file: the path must be one we handed out for
 * this purpose (and, under RLS, to this caller), not claimed before, and the stored bytes must be
 * within the purpose's limits. Throws a Chinese AppError otherwise; the transaction then rolls
 * back and the upload stays claimable (or is swept). Keeps the bytes' sha256 and size on the upload.
 */
export async function claimUpload(tx: TTx, path: string, purpose: TUploadPurpose, expectedUnitId?: string): Promise<TClaimedUpload> {
  const row = await markUploadRecorded(tx, path, purpose)
  if (!row || (expectedUnitId && row.unit_id !== expectedUnitId)) {
    throw new AppError('upload_not_found', { userMessage: '没有找到这次上传的文件，请重新选择文件上传' })
  }
  // Storage down is a 503 (try again, nothing was recorded); only a missing file means "upload again".
  const bytes = await getPhotoStorage()
    .read(path)
    .catch((error: unknown) => {
      if (isStorageUnavailable(error)) throw error
      return null
    })
  if (!bytes || bytes.length === 0) throw new AppError('upload_not_found', { userMessage: '文件还没有上传完成，请重新上传' })
  const kind = UPLOAD_KINDS[purpose]
  if (bytes.length < kind.minBytes) {
    throw new AppError('file_too_small', { userMessage: `${kind.label}不能小于 ${Math.round(kind.minBytes / 1024 / 1024)} MB，请上传原图` })
  }
  if (bytes.length > row.max_bytes) throw new AppError('payload_too_large', { userMessage: `${kind.label}太大` })
  // Storage will not take a second PUT to this path; the digest lets later readers prove it anyway.
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  await saveUploadDigest(tx, row.path, sha256, bytes.length)
  return { path: row.path, campaignId: row.campaign_id, unitId: row.unit_id, contentType: row.content_type, bytes, sha256 }
}
