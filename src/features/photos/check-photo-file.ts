import { PHOTO_MAX_BYTES, type TCreatePhotoUploadRequest } from '../../../types/api/photos'
import { IMAGE_HEAD_BYTES, sniffImageType } from '../../../types/image-type'

export type TPhotoContentType = TCreatePhotoUploadRequest['contentType']

/** How many leading bytes the format check needs. */
export const PHOTO_HEAD_BYTES = IMAGE_HEAD_BYTES

export type PhotoFileCheck = { ok: true; contentType: TPhotoContentType } | { ok: false; message: string }

/** The client-side gate before an upload (the server checks the same again). */
export function checkPhotoFile(byteSize: number, head: Uint8Array): PhotoFileCheck {
  if (byteSize === 0) return { ok: false, message: '照片文件是空的，请重新选择' }
  if (byteSize > PHOTO_MAX_BYTES) return { ok: false, message: '照片超过 20 MB，请压缩后再上传' }
  const contentType = sniffImageType(head)
  if (!contentType) return { ok: false, message: '只支持 JPG、PNG 或 WebP 格式的照片' }
  return { ok: true, contentType }
}
