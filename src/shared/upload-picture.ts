import { UPLOAD_KINDS, ZCreateUploadResponse, type TUploadPurpose } from '../../types/api/uploads'
import { IMAGE_HEAD_BYTES, imageTypeLabel, sniffImageType } from '../../types/image-type'
import { readImageBytes, type LocalImage } from './choose-images'
import { putToSignedUrl, type TUploadProgress } from './put-to-signed-url'
import { request } from './request'

export type TPicturePurpose = Extract<TUploadPurpose, 'showcase_picture' | 'report_picture' | 'submission_picture'>
export type TPictureCheck = { ok: true; contentType: string } | { ok: false; message: string }

export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`
}

/**
 * Size and real format checked on the phone, before anything is sent: a showcase picture under
 * 1 MB is refused here with the reason (usually a compressed copy, not the original), so the
 * person can pick the original at once. The server checks the same again.
 */
export async function checkPicture(image: LocalImage, purpose: TPicturePurpose): Promise<TPictureCheck> {
  const kind = UPLOAD_KINDS[purpose]
  if (image.byteSize < kind.minBytes) {
    return kind.minBytes > 1
      ? { ok: false, message: `这张图片只有 ${formatMegabytes(image.byteSize)}，${kind.label}不能小于 ${formatMegabytes(kind.minBytes)}，请选择原图` }
      : { ok: false, message: '图片文件是空的，请重新选择' }
  }
  if (image.byteSize > kind.maxBytes) return { ok: false, message: `这张图片有 ${formatMegabytes(image.byteSize)}，${kind.label}不能超过 ${formatMegabytes(kind.maxBytes)}` }
  let head: Uint8Array
  try {
    head = new Uint8Array(await readImageBytes(image, IMAGE_HEAD_BYTES))
  } catch {
    return { ok: false, message: '读取图片失败，请重新选择' }
  }
  const type = sniffImageType(head)
  const allowed: readonly string[] = kind.contentTypes
  if (!type || !allowed.includes(type)) return { ok: false, message: `${kind.label}只支持 ${allowed.map(imageTypeLabel).join('、')} 格式` }
  return { ok: true, contentType: type }
}

/** Steps 1–2 of every upload: a signed URL for this unit and purpose, then the bytes PUT to it. */
export async function uploadPicture(
  unitId: string,
  purpose: TPicturePurpose,
  image: LocalImage,
  contentType: string,
  onProgress?: (progress: TUploadProgress) => void,
): Promise<string> {
  const target = await request({
    path: '/api/uploads',
    method: 'POST',
    body: { unitId, purpose, contentType, byteSize: image.byteSize },
    schema: ZCreateUploadResponse,
  })
  await putToSignedUrl(target.uploadUrl, image, contentType, onProgress)
  return target.path
}
