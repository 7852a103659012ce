import type { TBox, TRgbImage } from '../types'
import { nonMaxSuppression } from './non-max-suppression'
import type { FaceDetector, TFace } from './ssd-face-detector'

export type TFindFacesOptions = {
  /** Tile sides as shares of the long side; 1 = the whole picture. */
  tileShares: readonly number[]
  tileOverlap: number
  /** Tiles smaller than 0.5 of the long side run only when the faces found so far are this small. */
  fineTilesBelowFaceShare: number
  /** …and only when the coarse passes found at least this many (a crowd, not a blurred photo's stray boxes). */
  fineTilesMinFaces: number
  nmsIou: number
  nmsContainment: number
  minFaceToMedian: number
}

export type TFindFacesResult = { faces: TFace[]; passes: number; medianFaceSide: number }

/**
 * The detector sees 512 × 512 pixels, so a group photo's small faces vanish when the whole picture
 * is shrunk to that. Tiling: the whole picture, then overlapping tiles at each finer scale (finer
 * ones only while the faces found are small), all boxes in one list, merged by non-maximum
 * suppression. A box cut by a tile's inner edge is dropped: the overlap puts that face whole in a
 * neighbouring tile.
 */
export async function findFaces(image: TRgbImage, detector: FaceDetector, options: TFindFacesOptions): Promise<TFindFacesResult> {
  const longSide = Math.max(image.width, image.height)
  const all: TFace[] = []
  let passes = 0
  for (const share of options.tileShares) {
    if (share < 0.5) {
      const coarse = nonMaxSuppression(all, options)
      if (coarse.length < options.fineTilesMinFaces || medianSide(coarse) > options.fineTilesBelowFaceShare * longSide) break
    }
    for (const tile of tilesFor(image.width, image.height, share * longSide, options.tileOverlap)) {
      passes++
      for (const face of await detector.detect(image, tile)) {
        if (!cutByInnerEdge(face, tile, image)) all.push(face)
      }
    }
  }
  const merged = nonMaxSuppression(all, options)
  const median = medianSide(merged)
  const faces = merged.filter((f) => Math.sqrt(f.w * f.h) >= options.minFaceToMedian * median)
  return { faces, passes, medianFaceSide: median }
}

export function tilesFor(width: number, height: number, side: number, overlap: number): TBox[] {
  const tileW = Math.min(width, Math.round(side))
  const tileH = Math.min(height, Math.round(side))
  const xs = positions(width, tileW, overlap)
  const ys = positions(height, tileH, overlap)
  return ys.flatMap((y) => xs.map((x) => ({ x, y, w: tileW, h: tileH })))
}

function positions(total: number, tile: number, overlap: number): number[] {
  if (tile >= total) return [0]
  const step = tile * (1 - overlap)
  const count = Math.ceil((total - tile) / step) + 1
  return Array.from({ length: count }, (_, i) => Math.round((i * (total - tile)) / (count - 1)))
}

function cutByInnerEdge(face: TBox, tile: TBox, image: TRgbImage): boolean {
  const margin = 2
  if (tile.x > 0 && face.x <= tile.x + margin) return true
  if (tile.y > 0 && face.y <= tile.y + margin) return true
  if (tile.x + tile.w < image.width && face.x + face.w >= tile.x + tile.w - margin) return true
  if (tile.y + tile.h < image.height && face.y + face.h >= tile.y + tile.h - margin) return true
  return false
}

function medianSide(faces: TBox[]): number {
  if (faces.length === 0) return 0
  const sides = faces.map((f) => Math.sqrt(f.w * f.h)).sort((a, b) => a - b)
  return sides[Math.floor(sides.length / 2)]!
}
