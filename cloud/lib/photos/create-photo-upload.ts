import type { TCreatePhotoUploadRequest, TCreatePhotoUploadResponse } from '../../../types/api/photos'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import type { TClient } from '../rate-limits/client-address'
import { createUpload } from '../uploads/create-upload'
import { refuseBeforeStart } from './photo-too-early'
import { findManagedActivity } from './repository'

/**
 * Step 1 of an upload: a signed URL for one new object in the activity's folder. The file goes
 * straight to storage (Vercel caps function bodies at 4.5 MB). The URL is registered as an upload
 * first (storage_uploads), so a file that is never recorded is swept from storage by the tick.
 */
export async function createPhotoUpload(session: TSessionClaims, request: TCreatePhotoUploadRequest, client: TClient): Promise<TCreatePhotoUploadResponse> {
  const activity = await withUserTx(session, (tx) => findManagedActivity(tx, request.activityId))
  if (!activity) throw new AppError('forbidden', { userMessage: '只有活动所属单位的联系人和组织方可以上传活动照片' })
  refuseBeforeStart(activity)
  return createUpload(
    session,
    { unitId: activity.unitId, purpose: 'activity_photo', contentType: request.contentType, byteSize: request.byteSize },
    client,
    request.activityId,
  )
}
