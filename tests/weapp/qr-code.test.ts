import jsQR from 'jsqr'
import { drawQr } from '../../src/shared/qr/draw-qr'
import { encodeQr, type QrMatrix } from '../../src/shared/qr/encode-qr'
import { QUIET_ZONE, qrToSvg } from '../../src/shared/qr/qr-to-svg'

/**
 * The QR encoder (src/shared/qr: qrcode-generator and our drawing), which draws the rotating 签到码
 * in weapp and H5. Every code is read back with an independent decoder (jsQR), the way a phone
 * camera would read it.
 */

/** Renders the matrix to RGBA pixels, `scale` pixels per module, with the quiet zone. */
function toPixels(matrix: QrMatrix, scale = 4): { data: Uint8ClampedArray; side: number } {
  const side = (matrix.size + QUIET_ZONE * 2) * scale
  const data = new Uint8ClampedArray(side * side * 4).fill(255)
  matrix.modules.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (!dark) return
      for (let dy = 0; dy < scale; dy += 1) {
        for (let dx = 0; dx < scale; dx += 1) {
          const offset = (((y + QUIET_ZONE) * scale + dy) * side + (x + QUIET_ZONE) * scale + dx) * 4
          data[offset] = 0
          data[offset + 1] = 0
          data[offset + 2] = 0
        }
      }
    })
  })
  return { data, side }
}

function decode(matrix: QrMatrix): string | null {
  const { data, side } = toPixels(matrix)
  return jsQR(data, side, side, { inversionAttempts: 'dontInvert' })?.data ?? null
}

describe('QR encoder', () => {
  test('a check-in code as the phone derives it decodes to the same text', () => {
    const text = 'XLF-CHECKIN:36ab3886-4b91-4a97-9223-3f002207ef94.59851729.qaXQJ60JUB1646_NxfAeXw'
    const matrix = encodeQr(text)
    expect(matrix.version).toBe(5) // 80 bytes: the smallest level-M version that holds them (84)
    expect(matrix.size).toBe(37)
    expect(decode(matrix)).toBe(text)
  })

  test.each([
    ['one byte', 'A'],
    ['version 1 full (14 bytes)', 'ABCDEFGHIJKLMN'],
    ['UTF-8 text', '学雷锋志愿服务月 · 签到'],
    ['version 7+ (version information blocks)', 'x'.repeat(150)],
    ['version 10+ (16-bit length)', `https://example.org/?q=${'志愿'.repeat(60)}`],
    ['many blocks', 'Z'.repeat(900)],
  ])('%s round-trips', (_name, text) => {
    expect(decode(encodeQr(text))).toBe(text)
  })

  test('picks the smallest version that fits, per the level-M capacity table', () => {
    // Byte-mode capacities at level M from ISO/IEC 18004 Table 7: 14 bytes in version 1, 2331 in 40.
    expect(encodeQr('x'.repeat(14)).version).toBe(1)
    expect(encodeQr('x'.repeat(15)).version).toBe(2)
    expect(encodeQr('x'.repeat(2331)).version).toBe(40)
    expect(() => encodeQr('x'.repeat(2332))).toThrow(/do not fit/)
  })

  test('the SVG and canvas renderings draw the same dark modules', () => {
    const matrix = encodeQr('XLF-CHECKIN:demo')
    const dark = matrix.modules.flat().filter(Boolean).length
    expect(qrToSvg(matrix).match(/h1v1h-1z/g)).toHaveLength(dark)

    const filled: Array<[number, number, number, number]> = []
    const ctx = { fillStyle: '' as unknown, fillRect: (x: number, y: number, w: number, h: number) => filled.push([x, y, w, h]) }
    const side = (matrix.size + QUIET_ZONE * 2) * 3
    drawQr(ctx, matrix, side)
    // One white background, then one square per dark module on whole pixels.
    expect(filled).toHaveLength(dark + 1)
    expect(filled.slice(1).every(([x, y, w, h]) => Number.isInteger(x) && Number.isInteger(y) && w === 3 && h === 3)).toBe(true)
  })
})
