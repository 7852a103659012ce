import { createHash } from 'node:crypto'
import type { TPhoto, TRecordPhotoRequest } from '../../../types/api/photos'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { PHOTO_CHECK_CONFIG } from '../photo-check/config'
import { makeStrippedDerivative } from '../photo-check/decode/decode-photo'
import { runPhotoChecks } from '../photo-check/run-photo-checks'
import { enqueuePhotoCheck } from '../photo-check/photo-check-jobs'
import { getPhotoStorage } from '../storage/get-photo-storage'
import { getPhoto } from './get-photo'
import { findManagedActivityUnit, insertPhoto } from './repository'

const MIME_BY_EXTENSION: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp' }

/**
 * Step 2: record the uploaded object, queue its check (one job per photo) and run the queue right
 * away, so the unit contact usually gets the verdict in this response; otherwise they poll.
 */
export async function recordPhoto(session: TSessionClaims, request: TRecordPhotoRequest): Promise<TPhoto> {
  const owner = await withUserTx(session, (tx) => findManagedActivityUnit(tx, request.activityId))
  if (!owner) throw new AppError('forbidden', { userMessage: '只有活动所属单位的联系人和组织方可以上传活动照片' })
  // The path must be one we handed out for this activity (step 1), not any object in the bucket.
  const prefix = `${owner.campaignId}/${owner.unitId}/${request.activityId}/`
  const match = /^[0-9a-f-]{36}\.(jpg|png|webp)$/.exec(request.path.slice(prefix.length))
  if (!request.path.startsWith(prefix) || !match?.[1]) throw new AppError('validation_failed', { userMessage: '上传路径无效，请重新选择照片上传' })
  const bytes = await getPhotoStorage()
    .read(request.path)
    .catch(() => null)
  if (!bytes || bytes.length === 0) throw new AppError('validation_failed', { userMessage: '没有找到已上传的照片，请重新上传' })
  const displayPath = await storeDisplayCopy(request.path, bytes)
  const photoId = await withUserTx(session, (tx) =>
    insertPhoto(tx, {
      ...owner,
      activityId: request.activityId,
      path: request.path,
      displayPath,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      byteSize: bytes.length,
      mimeType: MIME_BY_EXTENSION[match[1] ?? 'jpg'] ?? 'image/jpeg',
      uploadedBy: session.sub,
    }),
  )
  await enqueuePhotoCheck(photoId)
  await runPhotoChecks({ untilPhotoId: photoId, budgetMs: 20_000 })
  return getPhoto(session, photoId)
}

/**
 * The copy people are shown, re-encoded without EXIF/GPS. Null when the file is not a readable
 * image: the check then reports why, and nothing of it is shown.
 */
async function storeDisplayCopy(path: string, bytes: Buffer): Promise<string | null> {
  const copy = await makeStrippedDerivative(bytes, PHOTO_CHECK_CONFIG).catch(() => null)
  if (!copy) return null
  const displayPath = path.replace(/\.(jpg|png|webp)$/, '.display.jpg')
  await getPhotoStorage().write(displayPath, copy, 'image/jpeg')
  return displayPath
}
