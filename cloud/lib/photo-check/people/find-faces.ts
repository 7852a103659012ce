import type { TBox, TRgbImage } from '../types'
import { mergeViews, sameFace, type TMergedFace, type TMergeViewsOptions, type TViewPass } from './merge-views'
import type { FaceDetector } from './ssd-face-detector'
import { verifyCloseUps, type TCloseUpOptions } from './verify-close-ups'

export type TFindFacesOptions = TMergeViewsOptions &
  TCloseUpOptions & {
  /** Coarse passes: tile sides as shares of the long side; 1 = the whole picture. */
  tileShares: readonly number[]
  /** The fine pass's tile side (share of the long side), run only where faces are small. */
  fineTileShare: number
  tileOverlap: number
  /**
   * The fine pass runs only when the coarse passes' median face measures under this many network
   * pixels in the half-size tiles (where the detector starts to miss faces)…
   */
  fineTilesBelowNetSide: number
  /** …and only when they found at least this many (a crowd, not a blurred photo's stray boxes). */
  fineTilesMinFaces: number
  /** Fine tiles cover the band of the faces found so far, widened by this many median face sides. */
  fineBandMarginFaces: number
}

export type TFindFacesResult = { faces: TMergedFace[]; passes: number; medianFaceSide: number }

/** The network's input side when a detector does not say (SSD-MobileNetV1 in face-api: 512). */
const DEFAULT_INPUT_SIDE = 512

/**
 * The detector sees a fixed input (512 × 512), so a group photo's small faces vanish when the whole
 * picture is shrunk to that. Coarse passes: the whole picture and half-size overlapping tiles.
 * When the faces they find are small (a crowd far from the camera), a fine pass runs tiles of
 * `fineTileShare`, but only over the band where those faces are (rows of people, not the sky, the
 * building or the ground): that is where the missing faces are, and it saves most of the work.
 * Every pass's boxes go to `mergeViews`, which keeps a face when the finest passes that could see
 * it found it; a box the views disagree on (only coarser passes found it, or only one of several
 * finest ones, or a weaker box most views missed) is looked at again in a close-up
 * (verifyCloseUps). A box cut by a tile's inner edge is dropped: the overlap puts that face whole in a
 * neighbouring tile.
 */
export async function findFaces(image: TRgbImage, detector: FaceDetector & { inputSide?: number }, options: TFindFacesOptions): Promise<TFindFacesResult> {
  const longSide = Math.max(image.width, image.height)
  const inputSide = detector.inputSide ?? DEFAULT_INPUT_SIDE
  const passes: TViewPass[] = []
  // A group's tiles are asked for at once: the detector's worker thread runs them one after
  // another while this thread prepares the next; passes keep the tiles' order.
  const run = async (tiles: TBox[]): Promise<void> => {
    const found = await Promise.all(tiles.map((tile) => detector.detect(image, tile)))
    tiles.forEach((tile, i) =>
      passes.push({
        region: tile,
        // The network resizes every region to its input side, enlarging small tiles too.
        netScale: inputSide / Math.max(tile.w, tile.h),
        faces: found[i]!.filter((face) => !cutByInnerEdge(face, tile, image)),
      }),
    )
  }
  const full: TBox = { x: 0, y: 0, w: image.width, h: image.height }
  await run(options.tileShares.flatMap((share) => tilesFor(full, share * longSide, options.tileOverlap)))
  let merged = mergeViews(passes, options)
  const band = fineBand(merged.faces, merged.medianFaceSide, image, options)
  // The median face's size in the finest coarse tiles, in network pixels.
  const medianNetSide = (merged.medianFaceSide * inputSide) / (Math.min(...options.tileShares) * longSide)
  if (band && merged.faces.length >= options.fineTilesMinFaces && medianNetSide < options.fineTilesBelowNetSide) {
    await run(tilesFor(band, options.fineTileShare * longSide, options.tileOverlap))
    merged = mergeViews(passes, options)
  }
  // Boxes the views disagree on: one close-up pass settles up to cells² of them.
  const closeUps = await verifyCloseUps(image, merged.disputed, detector, options, merged.faces)
  // A close-up that found the neighbour of a shifted coarse box found a face counted already.
  const faces: TMergedFace[] = [...merged.faces]
  for (const face of closeUps.confirmed) if (!faces.some((other) => sameFace(other, face, options))) faces.push({ ...face, closeUp: true })
  return { faces, passes: passes.length + closeUps.passes, medianFaceSide: merged.medianFaceSide }
}

/** The part of the picture that holds the faces found so far, widened so that a missed row above or below is in it. */
export function fineBand(faces: TBox[], medianSide: number, image: { width: number; height: number }, options: { fineBandMarginFaces: number }): TBox | null {
  if (faces.length === 0) return null
  const margin = options.fineBandMarginFaces * medianSide
  const x0 = Math.max(0, Math.min(...faces.map((f) => f.x)) - margin)
  const y0 = Math.max(0, Math.min(...faces.map((f) => f.y)) - margin)
  const x1 = Math.min(image.width, Math.max(...faces.map((f) => f.x + f.w)) + margin)
  const y1 = Math.min(image.height, Math.max(...faces.map((f) => f.y + f.h)) + margin)
  return { x: Math.round(x0), y: Math.round(y0), w: Math.round(x1 - x0), h: Math.round(y1 - y0) }
}

/** Overlapping square tiles of `side` (clipped to the area) that cover `area`. */
export function tilesFor(area: TBox, side: number, overlap: number): TBox[] {
  const tileW = Math.min(area.w, Math.round(side))
  const tileH = Math.min(area.h, Math.round(side))
  const xs = positions(area.w, tileW, overlap)
  const ys = positions(area.h, tileH, overlap)
  return ys.flatMap((y) => xs.map((x) => ({ x: area.x + x, y: area.y + y, w: tileW, h: tileH })))
}

function positions(total: number, tile: number, overlap: number): number[] {
  if (tile >= total) return [0]
  const step = tile * (1 - overlap)
  const count = Math.ceil((total - tile) / step) + 1
  return Array.from({ length: count }, (_, i) => Math.round((i * (total - tile)) / (count - 1)))
}

/** A box touching a tile edge that is not the picture's edge is (probably) a face cut in two. */
export function cutByInnerEdge(face: TBox, tile: TBox, image: { width: number; height: number }): boolean {
  const margin = 2
  if (tile.x > 0 && face.x <= tile.x + margin) return true
  if (tile.y > 0 && face.y <= tile.y + margin) return true
  if (tile.x + tile.w < image.width && face.x + face.w >= tile.x + tile.w - margin) return true
  if (tile.y + tile.h < image.height && face.y + face.h >= tile.y + tile.h - margin) return true
  return false
}
