import type { TGreyImage } from '../types'

/**
 * dHash: shrink to 9 × 8 by area averages and record, for each row, whether each cell is brighter
 * than its right neighbour: 64 bits, as 16 hex digits. Resizing, re-compression and small edits
 * change a few bits; a different picture about half of them.
 */
export function differenceHash(grey: TGreyImage): string {
  const cols = 9
  const rows = 8
  const cells = new Float64Array(cols * rows)
  for (let r = 0; r < rows; r++) {
    const y0 = Math.floor((r * grey.height) / rows)
    const y1 = Math.max(y0 + 1, Math.floor(((r + 1) * grey.height) / rows))
    for (let c = 0; c < cols; c++) {
      const x0 = Math.floor((c * grey.width) / cols)
      const x1 = Math.max(x0 + 1, Math.floor(((c + 1) * grey.width) / cols))
      let sum = 0
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) sum += grey.data[y * grey.width + x]!
      cells[r * cols + c] = sum / ((y1 - y0) * (x1 - x0))
    }
  }
  let hex = ''
  for (let r = 0; r < rows; r++) {
    let byte = 0
    for (let c = 0; c < 8; c++) byte = (byte << 1) | (cells[r * cols + c]! > cells[r * cols + c + 1]! ? 1 : 0)
    hex += byte.toString(16).padStart(2, '0')
  }
  return hex
}

export function hammingDistance(a: string, b: string): number {
  if (a.length !== b.length) return 64
  let distance = 0
  for (let i = 0; i < a.length; i += 2) {
    let x = parseInt(a.slice(i, i + 2), 16) ^ parseInt(b.slice(i, i + 2), 16)
    while (x) {
      distance += x & 1
      x >>= 1
    }
  }
  return distance
}
