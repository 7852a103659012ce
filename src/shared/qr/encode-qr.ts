import qrcode from 'qrcode-generator'
import { utf8 } from '../../../types/utf8'

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
  symbol.addData(String.fromCharCode(...utf8(text)), 'Byte')
  try {
    symbol.make()
  } catch (error) {
    throw new Error(`QR: ${utf8(text).length} bytes do not fit in a version-40 code (${String(error)})`)
  }
  const size = symbol.getModuleCount()
  const modules = Array.from({ length: size }, (_, y) => Array.from({ length: size }, (__, x) => symbol.isDark(y, x)))
  return { version: (size - 17) / 4, size, modules }
}

