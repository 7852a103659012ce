import type { TPhoto } from '../../../types/api/photos'
import { readImageBytes, type LocalImage } from '../../shared/choose-images'
import { putToSignedUrl, type TUploadProgress } from '../../shared/put-to-signed-url'
import { createPhotoUpload } from './api/create-photo-upload'
import { recordPhoto } from './api/record-photo'
import { checkPhotoFile, PHOTO_HEAD_BYTES, type PhotoFileCheck, type TPhotoContentType } from './check-photo-file'

/** Size and real format, before anything leaves the phone. */
export async function inspectImage(image: LocalImage): Promise<PhotoFileCheck> {
  if (image.byteSize === 0) return checkPhotoFile(0, new Uint8Array())
  try {
    return checkPhotoFile(image.byteSize, new Uint8Array(await readImageBytes(image, PHOTO_HEAD_BYTES)))
  } catch {
    return { ok: false, message: '读取照片失败，请重新选择' }
  }
}

/**
 * One photo's three steps: ask where to put it, PUT the bytes straight to storage, record it.
 * Recording starts the check, so the answer usually carries the verdict already.
 */
export async function uploadPhoto(
  activityId: string,
  image: LocalImage,
  contentType: TPhotoContentType,
  events: { onSending: () => void; onProgress: (progress: TUploadProgress) => void; onUploaded: () => void },
): Promise<TPhoto> {
  const target = await createPhotoUpload({ activityId, contentType, byteSize: image.byteSize })
  events.onSending()
  await putToSignedUrl(target.uploadUrl, image, contentType, events.onProgress)
  events.onUploaded()
  return recordPhoto({ activityId, path: target.path })
}
