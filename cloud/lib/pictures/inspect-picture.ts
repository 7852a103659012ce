import { createHash } from 'node:crypto'
import sharp from 'sharp'
import { imageTypeLabel, sniffImageType, type TImageContentType } from '../../../types/image-type'
import { AppError } from '../errors/app-error'

/**
 * Pictures that go with a form (附件1 showcase pictures, report pictures) rather than through the
 * photo checker: the real format read from the bytes, the size, and an EXIF/GPS-free copy to show.
 * Shared by the showcase and reports domains; it touches no database.
 */

/** Large enough for a 24-megapixel phone photo, small enough that a pixel bomb is refused. */
const MAX_PIXELS = 80_000_000
export const DISPLAY_LONG_SIDE = 1600

export type TPictureType = TImageContentType

export type TInspectedPicture = {
  contentType: TPictureType
  width: number
  height: number
  sha256: string
  /** JPEG without metadata, at most 1600 px on its long side. */
  displayCopy: Buffer
}

/**
 * Checks the uploaded bytes are a readable picture of an allowed format (and the type declared
 * when the upload URL was asked for), and makes the copy people are shown.
 */
export async function inspectPicture(bytes: Buffer, declaredType: string, allowed: readonly TPictureType[], label: string): Promise<TInspectedPicture> {
  const actual = sniffImageType(bytes)
  const allowedText = allowed.map(imageTypeLabel).join('、')
  if (!actual || !allowed.includes(actual)) {
    throw new AppError('unsupported_file_type', { userMessage: `${label}只支持 ${allowedText} 格式，这个文件不是` })
  }
  if (actual !== declaredType) {
    throw new AppError('unsupported_file_type', { userMessage: `${label}的实际格式是 ${imageTypeLabel(actual)}，与上传时声明的格式不符，请重新上传` })
  }
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'truncated' })
    const meta = await image.metadata()
    const rotated = (meta.orientation ?? 1) >= 5
    const width = (rotated ? meta.height : meta.width) ?? 0
    const height = (rotated ? meta.width : meta.height) ?? 0
    const displayCopy = await image
      .rotate()
      .resize({ width: DISPLAY_LONG_SIDE, height: DISPLAY_LONG_SIDE, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer()
    return { contentType: actual, width, height, sha256: createHash('sha256').update(bytes).digest('hex'), displayCopy }
  } catch {
    throw new AppError('unsupported_file_type', { userMessage: `${label}已损坏或无法打开，请换一张` })
  }
}

/** Where the shown copy of an original lives, next to it. */
export function displayPathFor(originalPath: string): string {
  return originalPath.replace(/\.(jpg|png|webp)$/, '') + '.display.jpg'
}

/** Both files of a stored picture (the original and, when made, its shown copy), for removing them. */
export function storedFiles(row: { storage_path: string; display_path: string | null }): string[] {
  return [row.storage_path, ...(row.display_path ? [row.display_path] : [])]
}
