import type { TBox } from '../types'

/** One text line found on the detection map: an oriented rectangle and its axis-aligned bounds. */
export type TTextRegion = {
  cx: number
  cy: number
  /** Along the reading direction. */
  length: number
  /** Across it (≈ character height). */
  thickness: number
  /** Degrees clockwise from horizontal; 0 when the line is (nearly) level. */
  angle: number
  score: number
  bounds: TBox
}

export type TRegionOptions = { binaryThreshold: number; boxThreshold: number; unclipRatio: number }

/** Lines tilted less than this are cut axis-aligned: cheaper, and no resampling of the text. */
const LEVEL_DEGREES = 4

/**
 * DB post-processing (PaddleOCR): threshold the text-probability map, take each 8-connected
 * region, fit an oriented rectangle to it (principal axes of its pixels), keep regions whose mean
 * probability reaches boxThreshold, and grow them by `area × unclipRatio / perimeter` on every side
 * (the network predicts shrunken text kernels).
 */
export function findTextRegions(map: Float32Array, width: number, height: number, options: TRegionOptions): TTextRegion[] {
  const size = width * height
  const visited = new Uint8Array(size)
  const queue = new Int32Array(size)
  const regions: TTextRegion[] = []
  for (let start = 0; start < size; start++) {
    if (visited[start] || map[start]! <= options.binaryThreshold) continue
    // Breadth-first fill; `queue[0..tail)` ends up holding the region's pixels.
    let head = 0
    let tail = 0
    queue[tail++] = start
    visited[start] = 1
    let sum = 0
    while (head < tail) {
      const index = queue[head++]!
      sum += map[index]!
      const x = index % width
      const y = (index - x) / width
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy
        if (ny < 0 || ny >= height) continue
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx
          if (nx < 0 || nx >= width) continue
          const n = ny * width + nx
          if (visited[n] || map[n]! <= options.binaryThreshold) continue
          visited[n] = 1
          queue[tail++] = n
        }
      }
    }
    if (tail < 6) continue
    const score = sum / tail
    if (score < options.boxThreshold) continue
    const region = fitRectangle(queue, tail, width, options.unclipRatio)
    if (region.thickness < 5) continue
    regions.push({ ...region, score })
  }
  return regions
}

function fitRectangle(pixels: Int32Array, count: number, width: number, unclipRatio: number): Omit<TTextRegion, 'score'> {
  let mx = 0
  let my = 0
  for (let i = 0; i < count; i++) {
    const index = pixels[i]!
    mx += index % width
    my += Math.floor(index / width)
  }
  mx /= count
  my /= count
  let cxx = 0
  let cyy = 0
  let cxy = 0
  for (let i = 0; i < count; i++) {
    const index = pixels[i]!
    const dx = (index % width) - mx
    const dy = Math.floor(index / width) - my
    cxx += dx * dx
    cyy += dy * dy
    cxy += dx * dy
  }
  let theta = 0.5 * Math.atan2(2 * cxy, cxx - cyy)
  // Near-level lines (and blobs without a clear direction) are treated as level.
  if (Math.abs(theta) < (LEVEL_DEGREES * Math.PI) / 180 || Math.abs(cxx - cyy) < 0.1 * (cxx + cyy)) theta = 0
  const cos = Math.cos(theta)
  const sin = Math.sin(theta)
  let uMin = Infinity
  let uMax = -Infinity
  let vMin = Infinity
  let vMax = -Infinity
  for (let i = 0; i < count; i++) {
    const index = pixels[i]!
    const x = (index % width) - mx
    const y = Math.floor(index / width) - my
    const u = x * cos + y * sin
    const v = -x * sin + y * cos
    if (u < uMin) uMin = u
    if (u > uMax) uMax = u
    if (v < vMin) vMin = v
    if (v > vMax) vMax = v
  }
  const rawLength = uMax - uMin + 1
  const rawThickness = vMax - vMin + 1
  const grow = (rawLength * rawThickness * unclipRatio) / (2 * (rawLength + rawThickness))
  const length = rawLength + 2 * grow
  const thickness = rawThickness + 2 * grow
  const uc = (uMin + uMax) / 2
  const vc = (vMin + vMax) / 2
  const cx = mx + uc * cos - vc * sin
  const cy = my + uc * sin + vc * cos
  // Axis-aligned bounds of the grown rectangle.
  const halfW = (Math.abs(length * cos) + Math.abs(thickness * sin)) / 2
  const halfH = (Math.abs(length * sin) + Math.abs(thickness * cos)) / 2
  return {
    cx,
    cy,
    length,
    thickness,
    angle: (theta * 180) / Math.PI,
    bounds: { x: cx - halfW, y: cy - halfH, w: 2 * halfW, h: 2 * halfH },
  }
}
