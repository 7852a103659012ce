import { PHOTO_MAX_BYTES, type TCreatePhotoUploadRequest } from '../../../types/api/photos'

export type TPhotoContentType = TCreatePhotoUploadRequest['contentType']

/** How many leading bytes `sniffPhotoType` needs. */
export const PHOTO_HEAD_BYTES = 12

export type PhotoFileCheck = { ok: true; contentType: TPhotoContentType } | { ok: false; message: string }

/**
 * The file's real format from its first bytes. Names and declared types lie (an iPhone's HEIC
 * renamed .jpg, a WeChat temp path), and the server stores what we declare.
 */
export function sniffPhotoType(head: Uint8Array): TPhotoContentType | null {
  const at = (i: number) => head[i] ?? -1
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'image/jpeg'
  if (at(0) === 0x89 && at(1) === 0x50 && at(2) === 0x4e && at(3) === 0x47) return 'image/png'
  const ascii = (from: number, to: number) => String.fromCharCode(...Array.from(head.subarray(from, to)))
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp'
  return null
}

/** The client-side gate before an upload (the server checks the same again). */
export function checkPhotoFile(byteSize: number, head: Uint8Array): PhotoFileCheck {
  if (byteSize === 0) return { ok: false, message: '照片文件是空的，请重新选择' }
  if (byteSize > PHOTO_MAX_BYTES) return { ok: false, message: '照片超过 20 MB，请压缩后再上传' }
  const contentType = sniffPhotoType(head)
  if (!contentType) return { ok: false, message: '只支持 JPG、PNG 或 WebP 格式的照片' }
  return { ok: true, contentType }
}
