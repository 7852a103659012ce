import sharp from 'sharp'
import type { TPhotoCheckConfig } from '../config'
import type { TGreyImage, TRgbImage, TRuleResult } from '../types'
import { sniffImageType, typeFromDeclared, type TImageType } from './sniff-image-type'

export type TDecodedPhoto = {
  type: TImageType
  bytes: number
  /** Upright size (after EXIF orientation). */
  width: number
  height: number
  /** Long side ≤ config.working.colourLongSide, never enlarged. */
  colour: TRgbImage
  /** Long side = config.working.greyLongSide (enlarged if needed, so measures are comparable). */
  grey: TGreyImage
}

export type TDecodeOutcome = { ok: true; photo: TDecodedPhoto } | { ok: false; rule: TRuleResult }

const RETAKE = '请用手机相机重新拍摄，或从相册选择原图（JPG、PNG 或 WebP）上传。'

function refuse(reason: NonNullable<TRuleResult['reason']>, message: string, details: Record<string, unknown> = {}): TDecodeOutcome {
  return { ok: false, rule: { rule: 'format', status: 'error', score: 0, reason, message, hint: RETAKE, details } }
}

/**
 * Turns uploaded bytes into the working copies every detector shares, refusing what is not a
 * photo: empty, too big, not an image, an image under another type's name, a pixel bomb, a
 * truncated file. Decoding is bounded by `limitInputPixels`, so a 50 000 × 50 000 PNG is refused
 * from its header without allocating its pixels.
 */
export async function decodePhoto(bytes: Buffer, declaredType: string | undefined, config: TPhotoCheckConfig): Promise<TDecodeOutcome> {
  const limits = config.format
  if (bytes.length === 0) return refuse('invalid_image', '文件是空的（0 字节），可能上传没有完成。')
  if (bytes.length > limits.maxBytes) {
    return refuse('file_too_large', `文件有 ${(bytes.length / 1024 / 1024).toFixed(1)} MB，超过 ${limits.maxBytes / 1024 / 1024} MB 的上限。`, {
      bytes: bytes.length,
    })
  }
  const type = sniffImageType(bytes)
  if (!type) return refuse('invalid_image', '这不是一张图片，或图片格式不受支持（只接受 JPG、PNG、WebP）。')
  const declared = typeFromDeclared(declaredType)
  if (declaredType && declared !== type) {
    return refuse('type_mismatch', `文件名或类型写的是 ${declaredType}，内容却是 ${type.toUpperCase()} 图片，可能被改过扩展名。`, {
      declaredType,
      actualType: type,
    })
  }

  let width: number
  let height: number
  try {
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata()
    width = meta.width ?? 0
    height = meta.height ?? 0
    if ((meta.orientation ?? 1) >= 5) [width, height] = [height, width]
  } catch (cause) {
    return refuse('invalid_image', '图片文件已损坏，无法读取。', { error: String(cause) })
  }
  if (width * height > limits.maxPixels) {
    return refuse('too_many_pixels', `图片尺寸 ${width} × ${height} 像素过大，无法检查。`, { width, height })
  }
  if (width < 32 || height < 32) return refuse('invalid_image', `图片只有 ${width} × ${height} 像素，太小了。`, { width, height })

  try {
    // failOn 'truncated' refuses a cut-off file instead of checking its grey lower half.
    const colourRaw = await sharp(bytes, { limitInputPixels: limits.maxPixels, failOn: 'truncated' })
      .rotate()
      .resize({ width: config.working.colourLongSide, height: config.working.colourLongSide, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true })
    const colour: TRgbImage = { data: colourRaw.data, width: colourRaw.info.width, height: colourRaw.info.height }
    if (colourRaw.info.channels !== 3) throw new Error(`expected 3 channels, got ${colourRaw.info.channels}`)
    const greyRaw = await sharp(colour.data, { raw: { width: colour.width, height: colour.height, channels: 3 } })
      .resize({ width: config.working.greyLongSide, height: config.working.greyLongSide, fit: 'inside' })
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true })
    const grey: TGreyImage = { data: greyRaw.data, width: greyRaw.info.width, height: greyRaw.info.height }
    return { ok: true, photo: { type, bytes: bytes.length, width, height, colour, grey } }
  } catch (cause) {
    const text = String(cause)
    if (/truncated|premature|end of (file|data)|unexpected end|incomplete/i.test(text)) {
      return refuse('invalid_image', '图片文件不完整（可能上传中断），无法检查。', { error: text })
    }
    if (/pixel limit/i.test(text)) return refuse('too_many_pixels', '图片像素过多，无法检查。', { error: text })
    return refuse('invalid_image', '图片文件已损坏，无法读取。', { error: text })
  }
}

/**
 * A copy fit to store and show: upright, at most `longSide` pixels, JPEG, with no EXIF, GPS or
 * other metadata (sharp writes none unless asked).
 */
export async function makeStrippedDerivative(bytes: Buffer, config: TPhotoCheckConfig, longSide = 2048): Promise<Buffer> {
  return sharp(bytes, { limitInputPixels: config.format.maxPixels, failOn: 'truncated' })
    .rotate()
    .resize({ width: longSide, height: longSide, fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 85, mozjpeg: true })
    .toBuffer()
}
