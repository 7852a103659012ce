import { randomUUID } from 'node:crypto'
import type { TCreatePhotoUploadRequest, TCreatePhotoUploadResponse } from '../../../types/api/photos'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { getPhotoStorage } from '../storage/get-photo-storage'
import { findManagedActivityUnit } from './repository'

const EXTENSIONS = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' } as const

/**
 * Step 1 of an upload: a signed URL for one new object under the activity's campaign and unit.
 * The file goes straight to storage (Vercel caps function bodies at 4.5 MB).
 */
export async function createPhotoUpload(session: TSessionClaims, request: TCreatePhotoUploadRequest): Promise<TCreatePhotoUploadResponse> {
  const owner = await withUserTx(session, (tx) => findManagedActivityUnit(tx, request.activityId))
  if (!owner) throw new AppError('forbidden', { userMessage: '只有活动所属单位的联系人和组织方可以上传活动照片' })
  const path = `${owner.campaignId}/${owner.unitId}/${request.activityId}/${randomUUID()}.${EXTENSIONS[request.contentType]}`
  const signed = await getPhotoStorage().createSignedUploadUrl(path)
  return { uploadUrl: signed.url, path: signed.path, expiresInSeconds: 2 * 3600 }
}
