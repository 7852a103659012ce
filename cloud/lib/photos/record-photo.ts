import type { TPhoto, TRecordPhotoRequest } from '../../../types/api/photos'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { PHOTO_CHECK_CONFIG } from '../photo-check/config'
import { makeStrippedDerivative } from '../photo-check/decode/decode-photo'
import { enqueuePhotoCheck } from '../photo-check/photo-check-jobs'
import { runPhotoChecks } from '../photo-check/run-photo-checks'
import { stripImageMetadata } from '../pictures/strip-image-metadata'
import { getPhotoStorage } from '../storage/get-photo-storage'
import { claimUpload } from '../uploads/claim-upload'
import { verifyStoredUpload } from '../uploads/verify-stored-upload'
import { getPhoto } from './get-photo'
import { refuseBeforeStart } from './photo-too-early'
import { findManagedActivity, findPhotoByPath, insertPhoto } from './repository'

/**
 * Step 2: record the uploaded object, queue its check (one job per photo) and run the queue right
 * away, so the unit contact usually gets the verdict in this response; otherwise they poll.
 * Recording the same path again (a retry after a timeout) answers the photo already recorded, without
 * a new check, after verifying storage still holds the bytes that were checked.
 */
export async function recordPhoto(session: TSessionClaims, request: TRecordPhotoRequest): Promise<TPhoto> {
  const recorded = await withUserTx(session, async (tx) => {
    const activity = await findManagedActivity(tx, request.activityId)
    if (!activity) throw new AppError('forbidden', { userMessage: '只有活动所属单位的联系人和组织方可以上传活动照片' })
    const existing = await findPhotoByPath(tx, request.path)
    if (existing) {
      // A retry answers the photo already recorded — only while storage still holds the bytes it checked.
      await verifyStoredUpload(request.path, existing)
      return { photoId: existing.id, created: false }
    }
    refuseBeforeStart(activity)
    // The upload must have been handed out for this activity's folder, not another's.
    const prefix = `${activity.campaignId}/${activity.unitId}/${request.activityId}/`
    if (!request.path.startsWith(prefix) || !/^[0-9a-f-]{36}\.(jpg|png|webp)$/.test(request.path.slice(prefix.length))) {
      throw new AppError('validation_failed', { userMessage: '上传路径无效，请重新选择照片上传' })
    }
    const upload = await claimUpload(tx, request.path, 'activity_photo', activity.unitId)
    // The copy everyone but the uploader sees has no EXIF/GPS (PIPL). When sharp cannot make the
    // resized one, the original's bytes stripped of their metadata stand in, so no read falls back
    // to the original itself.
    const copy = await makeStrippedDerivative(upload.bytes, PHOTO_CHECK_CONFIG)
      .catch(() => stripImageMetadata(upload.bytes))
      .catch(() => null)
    const displayPath = copy ? request.path.replace(/\.(jpg|png|webp)$/, '.display.jpg') : null
    const photoId = await insertPhoto(tx, {
      campaignId: activity.campaignId,
      unitId: activity.unitId,
      activityId: request.activityId,
      path: request.path,
      displayPath,
      sha256: upload.sha256,
      byteSize: upload.bytes.length,
      mimeType: upload.contentType,
      uploadedBy: session.sub,
    })
    // Written last, inside the transaction: if it fails nothing is recorded and the upload stays claimable.
    if (copy && displayPath) await getPhotoStorage().write(displayPath, copy, 'image/jpeg')
    return { photoId, created: true }
  })
  // Enqueueing is idempotent: a retry also repairs a photo whose job was never queued (crash after commit).
  const job = await enqueuePhotoCheck(recorded.photoId)
  if (recorded.created || job?.created) await runPhotoChecks({ untilPhotoId: recorded.photoId, budgetMs: 20_000 })
  return getPhoto(session, recorded.photoId)
}
