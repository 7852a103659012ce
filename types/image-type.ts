/**
 * A picture's real format, read from its first bytes: names and declared types lie (an iPhone's
 * HEIC renamed .jpg, a WeChat temp path). Shared by the app (checked before anything is sent) and
 * the server (checked again when the upload is recorded).
 */
export type TImageContentType = 'image/jpeg' | 'image/png' | 'image/webp'

/** How many leading bytes `sniffImageType` needs. */
export const IMAGE_HEAD_BYTES = 12

const LABELS = new Map<string, string>([
  ['image/jpeg', 'JPG'],
  ['image/png', 'PNG'],
  ['image/webp', 'WebP'],
])

/** How people name a format: JPG, PNG, WebP (any other type as it is). */
export function imageTypeLabel(contentType: string): string {
  return LABELS.get(contentType) ?? contentType
}

export function sniffImageType(head: Uint8Array): TImageContentType | null {
  const at = (i: number) => head[i] ?? -1
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'image/jpeg'
  if (at(0) === 0x89 && at(1) === 0x50 && at(2) === 0x4e && at(3) === 0x47) return 'image/png'
  const ascii = (from: number, to: number) => String.fromCharCode(...Array.from(head.subarray(from, to)))
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp'
  return null
}
