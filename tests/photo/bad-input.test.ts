import { deflateSync } from 'node:zlib'
import sharp from 'sharp'
import { checkPhoto } from '../../cloud/lib/photo-check/check-photo'
import { PHOTO_CHECK_CONFIG } from '../../cloud/lib/photo-check/config'
import { makeStrippedDerivative } from '../../cloud/lib/photo-check/decode/decode-photo'
import type { TPhotoEngines } from '../../cloud/lib/photo-check/engines'
import type { TPhotoContext } from '../../cloud/lib/photo-check/types'
import { texturedScene } from './helpers'

// Engines that must never be reached: bad input is refused before any model runs.
const unreachable: TPhotoEngines = {
  textReader: { read: () => Promise.reject(new Error('OCR must not run on bad input')) },
  faceDetector: { detect: () => Promise.reject(new Error('face detection must not run on bad input')) },
}
const context: TPhotoContext = { campaignTheme: '学雷锋志愿服务月', activityName: null, purpose: 'activity' }

function crc32(bytes: Buffer): number {
  let crc = ~0
  for (const byte of bytes) {
    crc ^= byte
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1))
  }
  return ~crc >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A valid PNG header claiming 50 000 × 50 000 pixels, a few bytes long: a pixel bomb. */
function pixelBomb(): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(50_000, 0)
  header.writeUInt32BE(50_000, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.alloc(1000))), chunk('IEND', Buffer.alloc(0))])
}

describe('bad input gets verdict error with a Chinese message, and the next photo is still checked', () => {
  let jpeg: Buffer
  beforeAll(async () => {
    jpeg = await texturedScene(800, 600)
  })

  const cases: [string, () => Buffer, string | undefined, string][] = [
    ['an empty file', () => Buffer.alloc(0), 'a.jpg', 'invalid_image'],
    ['text, not an image', () => Buffer.from('这不是图片'.repeat(100)), 'a.jpg', 'invalid_image'],
    ['a truncated JPEG', () => jpeg.subarray(0, Math.floor(jpeg.length / 2)), 'a.jpg', 'invalid_image'],
    ['a file over 20 MB', () => Buffer.concat([jpeg, Buffer.alloc(21 * 1024 * 1024)]), 'a.jpg', 'file_too_large'],
    ['a 50 000 × 50 000 PNG', pixelBomb, 'a.png', 'too_many_pixels'],
    ['a JPEG renamed to .png', () => jpeg, 'photo.png', 'type_mismatch'],
  ]

  it.each(cases)('%s', async (_name, bytes, declaredType, reason) => {
    const report = await checkPhoto({ bytes: bytes(), context: { ...context, declaredType } }, unreachable)
    expect(report.verdict).toBe('error')
    expect(report.reasons).toEqual([reason])
    expect(report.rules[0]!.message).toMatch(/[\u4e00-\u9fff]/)
  })

  it('strips EXIF and GPS from the stored copy', async () => {
    const withExif = await sharp(jpeg)
      .withExifMerge({ IFD0: { Copyright: 'test' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '30/1 7/1 0/1' } })
      .jpeg()
      .toBuffer()
    expect((await sharp(withExif).metadata()).exif).toBeDefined()
    const stored = await makeStrippedDerivative(withExif, PHOTO_CHECK_CONFIG)
    const meta = await sharp(stored).metadata()
    expect(meta.exif).toBeUndefined()
    expect(meta.format).toBe('jpeg')
  })
})
