import { applyMask, penaltyScore } from './qr-mask'
import { bitAt, createGrid, setFunctionModule, type QrGrid } from './qr-grid'
import { computeDivisor, computeRemainder } from './reed-solomon'
import {
  ECC_CODEWORDS_PER_BLOCK_M,
  ERROR_CORRECTION_BLOCKS_M,
  FORMAT_BITS_M,
  MAX_VERSION,
  alignmentPositions,
  dataCodewords,
  rawDataModules,
  sizeOfVersion,
} from './qr-tables'

/** A finished QR symbol: `size`×`size` modules, true = dark. Draw it with a 4-module light border. */
export interface QrMatrix {
  version: number
  size: number
  modules: boolean[][]
}

/**
 * Encodes text as a QR code: byte mode (UTF-8), error-correction level M, the smallest version
 * that fits, the mask with the lowest penalty. Throws when the text is longer than version 40 holds.
 */
export function encodeQr(text: string): QrMatrix {
  const bytes = toUtf8(text)
  const version = pickVersion(bytes.length)
  const grid = createGrid(sizeOfVersion(version))
  drawFunctionPatterns(grid, version)
  drawCodewords(grid, addErrorCorrection(toDataCodewords(bytes, version), version))

  let bestMask = 0
  let bestScore = Infinity
  for (let mask = 0; mask < 8; mask += 1) {
    applyMask(grid, mask)
    drawFormatBits(grid, mask)
    const score = penaltyScore(grid)
    if (score < bestScore) {
      bestMask = mask
      bestScore = score
    }
    applyMask(grid, mask)
  }
  applyMask(grid, bestMask)
  drawFormatBits(grid, bestMask)
  return { version, size: grid.size, modules: grid.modules }
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

function pickVersion(byteCount: number): number {
  for (let version = 1; version <= MAX_VERSION; version += 1) {
    const countBits = version <= 9 ? 8 : 16
    if (byteCount < 2 ** countBits && 4 + countBits + byteCount * 8 <= dataCodewords(version) * 8) return version
  }
  throw new Error(`QR: ${byteCount} bytes do not fit in a version-${MAX_VERSION} code`)
}

function toDataCodewords(bytes: number[], version: number): number[] {
  const bits: number[] = []
  const push = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i -= 1) bits.push((value >>> i) & 1)
  }
  push(0b0100, 4) // byte mode
  push(bytes.length, version <= 9 ? 8 : 16)
  bytes.forEach((byte) => push(byte, 8))
  const capacityBits = dataCodewords(version) * 8
  push(0, Math.min(4, capacityBits - bits.length)) // terminator
  push(0, (8 - (bits.length % 8)) % 8)
  for (let pad = 0xec; bits.length < capacityBits; pad ^= 0xec ^ 0x11) push(pad, 8)
  const codewords: number[] = []
  for (let i = 0; i < bits.length; i += 8) codewords.push(bits.slice(i, i + 8).reduce((byte, bit) => (byte << 1) | bit, 0))
  return codewords
}

/** Splits the data into blocks, appends each block's ECC, and interleaves them. */
function addErrorCorrection(data: number[], version: number): number[] {
  const blockCount = ERROR_CORRECTION_BLOCKS_M[version] ?? 1
  const eccLength = ECC_CODEWORDS_PER_BLOCK_M[version] ?? 0
  const rawCodewords = Math.floor(rawDataModules(version) / 8)
  const shortBlocks = blockCount - (rawCodewords % blockCount)
  const shortBlockLength = Math.floor(rawCodewords / blockCount)
  const divisor = computeDivisor(eccLength)
  const blocks: number[][] = []
  for (let i = 0, offset = 0; i < blockCount; i += 1) {
    const block = data.slice(offset, offset + shortBlockLength - eccLength + (i < shortBlocks ? 0 : 1))
    offset += block.length
    const ecc = computeRemainder(block, divisor)
    if (i < shortBlocks) block.push(0) // placeholder so all blocks have one length; skipped below
    blocks.push(block.concat(ecc))
  }
  const result: number[] = []
  for (let i = 0; i < (blocks[0]?.length ?? 0); i += 1) {
    blocks.forEach((block, j) => {
      if (i !== shortBlockLength - eccLength || j >= shortBlocks) result.push(block[i] ?? 0)
    })
  }
  return result
}

function drawFunctionPatterns(grid: QrGrid, version: number): void {
  const { size } = grid
  for (let i = 0; i < size; i += 1) {
    setFunctionModule(grid, 6, i, i % 2 === 0)
    setFunctionModule(grid, i, 6, i % 2 === 0)
  }
  for (const [cx, cy] of [[3, 3], [size - 4, 3], [3, size - 4]] as const) {
    for (let dy = -4; dy <= 4; dy += 1) {
      for (let dx = -4; dx <= 4; dx += 1) {
        const distance = Math.max(Math.abs(dx), Math.abs(dy))
        const x = cx + dx
        const y = cy + dy
        if (x >= 0 && x < size && y >= 0 && y < size) setFunctionModule(grid, x, y, distance !== 2 && distance !== 4)
      }
    }
  }
  const positions = alignmentPositions(version)
  const last = positions.length - 1
  positions.forEach((cx, i) => {
    positions.forEach((cy, j) => {
      // The three corners with finder patterns have no alignment pattern.
      if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) return
      for (let dy = -2; dy <= 2; dy += 1) {
        for (let dx = -2; dx <= 2; dx += 1) setFunctionModule(grid, cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1)
      }
    })
  })
  drawFormatBits(grid, 0) // reserves the area; redrawn once the mask is chosen
  if (version >= 7) {
    let remainder = version
    for (let i = 0; i < 12; i += 1) remainder = (remainder << 1) ^ ((remainder >>> 11) * 0x1f25)
    const bits = (version << 12) | remainder
    for (let i = 0; i < 18; i += 1) {
      const a = size - 11 + (i % 3)
      const b = Math.floor(i / 3)
      setFunctionModule(grid, a, b, bitAt(bits, i))
      setFunctionModule(grid, b, a, bitAt(bits, i))
    }
  }
}

function drawFormatBits(grid: QrGrid, mask: number): void {
  const { size } = grid
  const data = (FORMAT_BITS_M << 3) | mask
  let remainder = data
  for (let i = 0; i < 10; i += 1) remainder = (remainder << 1) ^ ((remainder >>> 9) * 0x537)
  const bits = ((data << 10) | remainder) ^ 0x5412
  for (let i = 0; i <= 5; i += 1) setFunctionModule(grid, 8, i, bitAt(bits, i))
  setFunctionModule(grid, 8, 7, bitAt(bits, 6))
  setFunctionModule(grid, 8, 8, bitAt(bits, 7))
  setFunctionModule(grid, 7, 8, bitAt(bits, 8))
  for (let i = 9; i < 15; i += 1) setFunctionModule(grid, 14 - i, 8, bitAt(bits, i))
  for (let i = 0; i < 8; i += 1) setFunctionModule(grid, size - 1 - i, 8, bitAt(bits, i))
  for (let i = 8; i < 15; i += 1) setFunctionModule(grid, 8, size - 15 + i, bitAt(bits, i))
  setFunctionModule(grid, 8, size - 8, true) // the dark module
}

/** Places the codewords in the zig-zag order of the standard, skipping function modules. */
function drawCodewords(grid: QrGrid, codewords: number[]): void {
  const { size } = grid
  let bit = 0
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5 // the vertical timing pattern
    const upward = ((right + 1) & 2) === 0
    for (let step = 0; step < size; step += 1) {
      const y = upward ? size - 1 - step : step
      for (let j = 0; j < 2; j += 1) {
        const x = right - j
        const row = grid.modules[y]
        if (row && !grid.isFunction[y]?.[x] && bit < codewords.length * 8) {
          row[x] = bitAt(codewords[bit >>> 3] ?? 0, 7 - (bit & 7))
          bit += 1
        }
      }
    }
  }
}
