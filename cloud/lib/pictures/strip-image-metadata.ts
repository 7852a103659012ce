import sharp from 'sharp'

/**
 * A picture's bytes without the metadata that can say where and by whom it was taken (EXIF with its
 * GPS block, XMP, IPTC, comments), for every copy a person other than the uploader can fetch (PIPL:
 * where someone stood is personal data). The original stays private in storage.
 *
 * JPEG and PNG are rewritten losslessly, segment by segment: the picture packages of 附件1 must stay
 * the originals' quality and size ("不小于1M"), and a multi-gigabyte city package cannot afford a
 * re-encode per picture. A JPEG's orientation survives as a minimal EXIF block holding only that
 * tag, so rotated phone photos still stand upright. Anything else is re-encoded by sharp, which
 * writes no metadata unless asked to.
 */
export async function stripImageMetadata(bytes: Buffer): Promise<Buffer> {
  if (isJpeg(bytes)) {
    const stripped = stripJpeg(bytes)
    if (stripped) return stripped
  } else if (isPng(bytes)) {
    const stripped = stripPng(bytes)
    if (stripped) return stripped
  }
  const image = sharp(bytes, { limitInputPixels: 80_000_000 }).rotate()
  const { format } = await sharp(bytes).metadata()
  if (format === 'png') return image.png().toBuffer()
  if (format === 'webp') return image.webp({ quality: 92 }).toBuffer()
  return image.jpeg({ quality: 92 }).toBuffer()
}

function isJpeg(bytes: Buffer): boolean {
  return bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

function isPng(bytes: Buffer): boolean {
  return bytes.length > 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)
}

/** APP1 (EXIF, XMP), APP12–APP15 (Ducky, IPTC/Photoshop, …) and comments go; everything else stays. */
function dropsJpegSegment(marker: number): boolean {
  return marker === 0xe1 || (marker >= 0xec && marker <= 0xef) || marker === 0xfe
}

/** null when the stream is not a well-formed JPEG header (the caller re-encodes instead). */
function stripJpeg(bytes: Buffer): Buffer | null {
  const parts: Buffer[] = [bytes.subarray(0, 2)]
  let orientation = 1
  let offset = 2
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return null
    const marker = bytes[offset + 1]!
    // Fill bytes before a marker.
    if (marker === 0xff) {
      offset += 1
      continue
    }
    // Start of scan: the entropy-coded picture and the rest of the file are kept as they are.
    if (marker === 0xda) {
      parts.push(bytes.subarray(offset))
      break
    }
    const length = bytes.readUInt16BE(offset + 2)
    if (length < 2 || offset + 2 + length > bytes.length) return null
    const segment = bytes.subarray(offset, offset + 2 + length)
    if (marker === 0xe1) orientation = readExifOrientation(segment.subarray(4)) ?? orientation
    if (!dropsJpegSegment(marker)) parts.push(segment)
    offset += 2 + length
  }
  if (parts.length < 2) return null
  if (orientation !== 1) parts.splice(1, 0, orientationOnlyExif(orientation))
  return Buffer.concat(parts)
}

/** The Orientation tag (0x0112) of IFD0 in an APP1 payload ("Exif\0\0" + TIFF), or null. */
function readExifOrientation(payload: Buffer): number | null {
  if (payload.length < 14 || payload.toString('latin1', 0, 6) !== 'Exif\0\0') return null
  const tiff = payload.subarray(6)
  const little = tiff.toString('latin1', 0, 2) === 'II'
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at))
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at))
  try {
    const ifd = u32(4)
    const count = u16(ifd)
    for (let i = 0; i < count; i += 1) {
      const entry = ifd + 2 + i * 12
      if (u16(entry) === 0x0112) {
        const value = u16(entry + 8)
        return value >= 1 && value <= 8 ? value : null
      }
    }
  } catch {
    return null
  }
  return null
}

/** APP1 with a big-endian TIFF header and one IFD0 entry: Orientation, SHORT, 1 value. */
function orientationOnlyExif(orientation: number): Buffer {
  const tiff = Buffer.from([
    0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08, // MM, 42, IFD0 at 8
    0x00, 0x01, // one entry
    0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, orientation, 0x00, 0x00, // Orientation = n
    0x00, 0x00, 0x00, 0x00, // no next IFD
  ])
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff])
  const header = Buffer.from([0xff, 0xe1, 0x00, 0x00])
  header.writeUInt16BE(payload.length + 2, 2)
  return Buffer.concat([header, payload])
}

/** Text chunks (tEXt, zTXt, iTXt: XMP lives there) and eXIf go; the picture's chunks stay. */
const PNG_DROPPED = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME'])

function stripPng(bytes: Buffer): Buffer | null {
  const parts: Buffer[] = [PNG_SIGNATURE]
  let offset = 8
  while (offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset)
    const type = bytes.toString('latin1', offset + 4, offset + 8)
    const end = offset + 12 + length
    if (end > bytes.length) return null
    if (!PNG_DROPPED.has(type)) parts.push(bytes.subarray(offset, end))
    offset = end
    if (type === 'IEND') return Buffer.concat(parts)
  }
  return null
}
