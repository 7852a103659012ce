import type { TBox } from '../types'
import { area, intersection } from './non-max-suppression'

/** One detector pass over one region of the picture, with what it found (boxes in picture pixels). */
export type TViewPass = {
  /** The region the detector looked at (the whole picture or a tile), in picture pixels. */
  region: TBox
  /** Network pixels per picture pixel in this pass (≤ 1: large regions are shrunk to the net's input). */
  netScale: number
  faces: (TBox & { score: number })[]
}

/** A face after merging every pass: its best box, its score, and how many passes that saw it agreed. */
export type TMergedFace = TBox & {
  score: number
  /** Passes that found it. */
  foundBy: number
  /** Passes in which it lay whole inside the region at a size the network can see. */
  seenBy: number
  /** Found only by coarser passes, then confirmed in a close-up (see verifyCloseUps). */
  closeUp?: boolean
}

export type TMergeViewsOptions = {
  nmsIou: number
  nmsContainment: number
  /** A face is counted only when its best box scores at least this… */
  minFaceScore: number
  /** …while any pass with a box of at least this score over it counts as having found it again. */
  minSupportScore: number
  /**
   * A weaker face (best score under minFaceScore, at least minSupportScore) still counts when this
   * many passes found it, all or nearly all of those that saw it (confirmedViewSupport), and its
   * size fits the counted faces beside it in its row: a blurred or half-turned face in the back row.
   */
  confirmedMinViews: number
  confirmedViewSupport: number
  /** A weaker face found by at least this many passes, but not by most that saw it, is looked at again in a close-up. */
  closeUpMinViews: number
  /** Allowed ratio between a weaker face's side and the median side of its row's counted faces. */
  rowSizeRatio: number
  /** Below this side in network pixels a face is too small for the detector: that pass does not vote. */
  minNetFaceSide: number
  /** Faces much smaller than the median are clothing, buttons, posters. */
  minFaceToMedian: number
}

/**
 * Merges the detections of overlapping passes (the whole picture and tiles at finer scales) into
 * one list of faces, counting a face only when the passes that could see it agree.
 *
 * Why: the same face, seen again in a tile at two or three times the resolution, is found again
 * with a high score; a fist, a stole's fold or a carved ornament that looked like a 14-pixel face
 * in the shrunk whole picture is not, because at the finer scale its texture is visible. So a box
 * that none of the finest passes holding it whole at a visible size found is dropped (passes at
 * the same scale that miss a face do not vote against it: a crowded face is often found in one
 * crop and not in another). A face that only the finest tiles can resolve is not penalised: the
 * coarse passes in which it is under `minNetFaceSide` network pixels do not vote. The finer views
 * miss real faces too (crowded, half-hidden faces at ~20 network pixels), so a confident box that
 * only coarse passes found is returned as `disputed`, for a close-up to settle. A weaker box
 * (under `minFaceScore`) needs more: found again by most passes that saw it, at its row's size.
 * The merge also settles duplicates across tiles and scales (one cluster per face, whichever pass
 * found it).
 *
 * Where the views disagree, the close-up (a single network pass per 16 boxes, each face at ~50
 * network pixels, where the detector is reliable) decides rather than a vote: besides the
 * coarse-only boxes, a confident box that only one of several finest views found (two tiles at
 * the same scale that both hold a face whole see the same pixels; a box in one of them only is a
 * texture, or a second box half a face off its face) and a weaker box several views found but most
 * missed (a half-hidden face in a back row) are `disputed` too.
 *
 * Why the shrunk views' boxes need this: the network's smallest anchors are 51 network pixels,
 * one every 16; a face of 10–14 network pixels is a fifth of an anchor and under one step, so it can
 * light two neighbouring anchors whose boxes land half a face apart and overlap too little to be
 * merged. In the crowd seen from above (photo-eval's atrium-125) the whole picture shrunk to half
 * gives 21 such second boxes, each on a face the full-resolution tiles found once: the close-up
 * finds that face again and the caller drops it as counted. Counting them gave 124.
 */
export function mergeViews(passes: TViewPass[], options: TMergeViewsOptions): { faces: TMergedFace[]; disputed: TMergedFace[]; medianFaceSide: number } {
  type TDet = TBox & { score: number; pass: number }
  const dets: TDet[] = []
  passes.forEach((pass, index) => {
    for (const face of pass.faces) if (face.score >= options.minSupportScore) dets.push({ ...face, pass: index })
  })
  dets.sort((a, b) => b.score - a.score)

  // Greedy clustering by score: a box overlapping a cluster's best box is the same face.
  const clusters: { best: TDet; passes: Set<number> }[] = []
  for (const det of dets) {
    const cluster = clusters.find((c) => sameFace(c.best, det, options))
    if (cluster) cluster.passes.add(det.pass)
    else clusters.push({ best: det, passes: new Set([det.pass]) })
  }

  const strong: TMergedFace[] = []
  const weak: TMergedFace[] = []
  const disputed: TMergedFace[] = []
  const weakDisputed: TMergedFace[] = []
  for (const cluster of clusters) {
    const best = cluster.best
    // Which passes could see this face: those that found it, and those that held it whole at a
    // size the network resolves. The finest of those (most network pixels per picture pixel) sees
    // its texture best: a box none of the finest views found is a coarse view's hallucination.
    let seenBy = 0
    let finest = 0
    passes.forEach((pass, index) => {
      if (!cluster.passes.has(index) && !visibleIn(best, pass, options)) return
      seenBy++
      finest = Math.max(finest, pass.netScale)
    })
    const foundBy = cluster.passes.size
    // The finest views that could see it, and how many of them found it.
    let finestSeen = 0
    let finestFound = 0
    passes.forEach((pass, index) => {
      if (pass.netScale < finest * 0.99) return
      if (cluster.passes.has(index)) finestFound++
      if (cluster.passes.has(index) || visibleIn(best, pass, options)) finestSeen++
    })
    const face = { x: best.x, y: best.y, w: best.w, h: best.h, score: best.score, foundBy, seenBy }
    if (best.score >= options.minFaceScore) {
      // Found at the finest scale, by every finest view or by more than one of them: counted.
      if (finestFound >= 2 || (finestFound === 1 && finestSeen === 1)) strong.push(face)
      else disputed.push(face)
    } else if (finestFound >= 1 && foundBy >= options.confirmedMinViews && foundBy / seenBy >= options.confirmedViewSupport) {
      weak.push(face)
    } else if (finestFound >= 1 && foundBy >= options.closeUpMinViews) {
      weakDisputed.push(face)
    }
  }
  const voted = [...strong, ...weak.filter((face) => fitsRow(face, strong, options.rowSizeRatio))]
  const median = medianSide(voted)
  const plausible = (f: TBox) => Math.sqrt(area(f)) >= options.minFaceToMedian * median
  const looked = [...disputed, ...weakDisputed.filter((face) => fitsRow(face, strong, options.rowSizeRatio))]
  return { faces: voted.filter(plausible), disputed: looked.filter(plausible), medianFaceSide: median }
}

/**
 * People in one row stand at about the same distance from the camera, so their faces are about the
 * same size: a box's row is the counted faces whose centres lie within one face height of its own.
 */
export function fitsRow(face: TBox, counted: TBox[], ratio: number): boolean {
  const side = Math.sqrt(area(face))
  const centre = face.y + face.h / 2
  const row = counted.filter((other) => Math.abs(other.y + other.h / 2 - centre) <= Math.max(face.h, other.h))
  if (row.length === 0) return false
  const rowSide = medianSide(row)
  return side <= rowSide * ratio && side >= rowSide / ratio
}

export function sameFace(a: TBox, b: TBox, options: { nmsIou: number; nmsContainment: number }): boolean {
  const inter = intersection(a, b)
  if (inter === 0) return false
  const iou = inter / (area(a) + area(b) - inter)
  return iou >= options.nmsIou || inter / Math.min(area(a), area(b)) >= options.nmsContainment
}

/**
 * The pass held the box whole, with a quarter of a face around it, at a size its network resolves.
 * A face flush with a tile's edge lacks the context the network needs (and findFaces drops boxes
 * touching a tile's inner edge), so that tile missing it says nothing.
 */
function visibleIn(box: TBox, pass: TViewPass, options: { minNetFaceSide: number }): boolean {
  const side = Math.sqrt(area(box))
  const m = side / 4
  return inside({ x: box.x - m, y: box.y - m, w: box.w + 2 * m, h: box.h + 2 * m }, pass.region) && side * pass.netScale >= options.minNetFaceSide
}

function inside(box: TBox, region: TBox): boolean {
  return box.x >= region.x && box.y >= region.y && box.x + box.w <= region.x + region.w && box.y + box.h <= region.y + region.h
}

export function medianSide(faces: TBox[]): number {
  if (faces.length === 0) return 0
  const sides = faces.map((f) => Math.sqrt(f.w * f.h)).sort((a, b) => a - b)
  return sides[Math.floor(sides.length / 2)]!
}
