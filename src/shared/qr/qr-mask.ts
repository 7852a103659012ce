import { isDark, type QrGrid } from './qr-grid'

/** Whether mask pattern `mask` (0–7) flips the module at (x, y). ISO/IEC 18004 Table 10. */
function masks(mask: number, x: number, y: number): boolean {
  switch (mask) {
    case 0:
      return (x + y) % 2 === 0
    case 1:
      return y % 2 === 0
    case 2:
      return x % 3 === 0
    case 3:
      return (x + y) % 3 === 0
    case 4:
      return (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0
    case 5:
      return ((x * y) % 2) + ((x * y) % 3) === 0
    case 6:
      return (((x * y) % 2) + ((x * y) % 3)) % 2 === 0
    default:
      return (((x + y) % 2) + ((x * y) % 3)) % 2 === 0
  }
}

/** XORs the mask over the data modules; applying it twice undoes it. */
export function applyMask(grid: QrGrid, mask: number): void {
  for (let y = 0; y < grid.size; y += 1) {
    for (let x = 0; x < grid.size; x += 1) {
      const row = grid.modules[y]
      if (row && !grid.isFunction[y]?.[x] && masks(mask, x, y)) row[x] = !row[x]
    }
  }
}

const N1 = 3
const N2 = 3
const N3 = 40
const N4 = 10

/**
 * The standard's penalty score (lower scans better): long runs, 2×2 blocks, finder-like
 * patterns and dark/light imbalance. Readers cope with any mask; this picks the kindest one.
 */
export function penaltyScore(grid: QrGrid): number {
  const { size } = grid
  let result = 0
  for (const horizontal of [true, false]) {
    for (let a = 0; a < size; a += 1) {
      let runColor = false
      let runLength = 0
      const history = [0, 0, 0, 0, 0, 0, 0]
      for (let b = 0; b < size; b += 1) {
        const dark = horizontal ? isDark(grid, b, a) : isDark(grid, a, b)
        if (dark === runColor) {
          runLength += 1
          if (runLength === 5) result += N1
          else if (runLength > 5) result += 1
        } else {
          addHistory(runLength, history, size)
          if (!runColor) result += countFinderLike(history) * N3
          runColor = dark
          runLength = 1
        }
      }
      if (runColor) {
        addHistory(runLength, history, size)
        runLength = 0
      }
      addHistory(runLength + size, history, size)
      result += countFinderLike(history) * N3
    }
  }
  let dark = 0
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const colour = isDark(grid, x, y)
      if (colour) dark += 1
      if (x < size - 1 && y < size - 1 && colour === isDark(grid, x + 1, y) && colour === isDark(grid, x, y + 1) && colour === isDark(grid, x + 1, y + 1)) {
        result += N2
      }
    }
  }
  const total = size * size
  result += (Math.ceil(Math.abs(dark * 20 - total * 10) / total) - 1) * N4
  return result
}

function addHistory(runLength: number, history: number[], size: number): void {
  // The light border around the symbol counts as part of the first run.
  const length = history[0] === 0 ? runLength + size : runLength
  history.pop()
  history.unshift(length)
}

/** 1:1:3:1:1 dark/light runs with 4 light modules on one side look like a finder pattern. */
function countFinderLike(history: number[]): number {
  const [h0 = 0, n = 0, h2 = 0, h3 = 0, h4 = 0, h5 = 0, h6 = 0] = history
  const core = n > 0 && h2 === n && h3 === n * 3 && h4 === n && h5 === n
  return (core && h0 >= n * 4 && h6 >= n ? 1 : 0) + (core && h6 >= n * 4 && h0 >= n ? 1 : 0)
}
