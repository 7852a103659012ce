import qrcode from 'qrcode-generator'

/** A finished QR symbol: `size`×`size` modules, true = dark. Draw it with a 4-module light border. */
export interface QrMatrix {
  version: number
  size: number
  modules: boolean[][]
}

/**
 * Encodes text as a QR code with qrcode-generator (Kazuhiko Arase's maintained encoder, MIT, no
 * dependencies, runs in weapp and H5): byte mode, UTF-8, error-correction level M, the smallest
 * version that fits, the mask with the lowest penalty. We keep only the drawing (draw-qr.ts,
 * qr-to-svg.ts). Throws when the text is longer than version 40 holds.
 */
export function encodeQr(text: string): QrMatrix {
  const symbol = qrcode(0, 'M')
  // The library's byte mode takes one character per byte: hand it the UTF-8 bytes that way rather
  // than switching its global stringToBytes (shared by every caller) to UTF-8.
  symbol.addData(String.fromCharCode(...toUtf8(text)), 'Byte')
  try {
    symbol.make()
  } catch (error) {
    throw new Error(`QR: ${toUtf8(text).length} bytes do not fit in a version-40 code (${String(error)})`)
  }
  const size = symbol.getModuleCount()
  const modules = Array.from({ length: size }, (_, y) => Array.from({ length: size }, (__, x) => symbol.isDark(y, x)))
  return { version: (size - 17) / 4, size, modules }
}

/** UTF-8 by hand: some mini-program runtimes have no TextEncoder. */
export function toUtf8(text: string): number[] {
  const bytes: number[] = []
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    if (code < 0x80) bytes.push(code)
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f))
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f))
    else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f))
  }
  return bytes
}
