export type TImageType = 'jpeg' | 'png' | 'webp'

/** What the bytes are, from their signature; null for anything but JPEG, PNG and WebP. */
export function sniffImageType(bytes: Uint8Array): TImageType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg'
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (bytes.length >= 8 && png.every((b, i) => bytes[i] === b)) return 'png'
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to))
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp'
  return null
}

/**
 * The type an uploader claimed, from a MIME type ("image/png") or a file name/extension
 * ("IMG_1.JPG", ".webp"); null when the claim names something that is not a supported image.
 */
export function typeFromDeclared(declared: string | undefined): TImageType | null {
  if (!declared) return null
  const value = declared.trim().toLowerCase()
  const extension = value.includes('/') && value.startsWith('image/') ? value.slice('image/'.length) : (value.split('.').pop() ?? value)
  if (extension === 'jpg' || extension === 'jpeg' || extension === 'pjpeg') return 'jpeg'
  if (extension === 'png') return 'png'
  if (extension === 'webp') return 'webp'
  return null
}
