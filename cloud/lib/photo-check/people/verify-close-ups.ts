import sharp from 'sharp'
import type { TBox, TRgbImage } from '../types'
import { area, intersection } from './non-max-suppression'
import type { FaceDetector } from './ssd-face-detector'

export type TCloseUpOptions = {
  /** Close-up cells per side of one mosaic (cells × cells boxes checked in one network pass). */
  closeUpCells: number
  /** Each cell shows the box with this much context: cell side = this × the box's side. */
  closeUpContext: number
  minFaceScore: number
  nmsIou: number
  nmsContainment: number
}

/** Where a box's close-up was taken from, and where the box should appear in the mosaic. */
export type TCloseUpCell = { crop: TBox; expected: TBox; origin: { x: number; y: number }; side: number }

/**
 * Settles disputed boxes (found only in coarse views) by looking again, close up: each box is cut
 * out with some context, enlarged so the face would be ~50 network pixels (where the detector is
 * reliable), and the cut-outs are laid side by side in one mosaic, so that a single network pass
 * checks up to cells² boxes. A box is confirmed when the detector finds a face where the box lies
 * in its cell (a fist, a fold of a stole or a carved ornament, seen this large, is not a face), and
 * comes back where the close-up found that face: the caller drops it if that face is counted already.
 * `counted` faces in a cut-out claim their own close-up faces first, so a second box on a counted
 * face (framed lower, or narrower, overlapping it too little to be called the same box) confirms
 * nothing, while a half-hidden face beside a counted one still does.
 */
export async function verifyCloseUps<T extends TBox>(
  image: TRgbImage,
  boxes: T[],
  detector: FaceDetector & { inputSide?: number },
  options: TCloseUpOptions,
  counted: TBox[] = [],
): Promise<{ confirmed: T[]; passes: number }> {
  const inputSide = detector.inputSide ?? 512
  const cellSide = Math.floor(inputSide / options.closeUpCells)
  const perMosaic = options.closeUpCells * options.closeUpCells
  const confirmed: T[] = []
  let passes = 0
  for (let start = 0; start < boxes.length; start += perMosaic) {
    const batch = boxes.slice(start, start + perMosaic)
    const mosaic: TRgbImage = { data: new Uint8Array(inputSide * inputSide * 3), width: inputSide, height: inputSide }
    const cells: TCloseUpCell[] = []
    for (const [i, box] of batch.entries()) {
      const origin = { x: (i % options.closeUpCells) * cellSide, y: Math.floor(i / options.closeUpCells) * cellSide }
      const cell = closeUpCell(box, image, cellSide, options.closeUpContext, origin)
      cells.push(cell)
      const pixels = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
        .extract({ left: cell.crop.x, top: cell.crop.y, width: cell.crop.w, height: cell.crop.h })
        .resize(cellSide, cellSide, { fit: 'fill' })
        // Each cut-out stretched to full contrast: the question is the shape of a face, and a dim
        // or dark photo's faces, low in contrast, are what the views missed most.
        .normalise()
        .raw()
        .toBuffer()
      for (let row = 0; row < cellSide; row++) {
        mosaic.data.set(pixels.subarray(row * cellSide * 3, (row + 1) * cellSide * 3), ((origin.y + row) * inputSide + origin.x) * 3)
      }
    }
    passes++
    const found = (await detector.detect(mosaic)).filter((face) => face.score >= options.minFaceScore)
    batch.forEach((box, i) => {
      const cell = cells[i]!
      const inCell = found.filter((f) => centreInside(f, { x: cell.origin.x, y: cell.origin.y, w: cell.side, h: cell.side }))
      // Each counted face the cut-out holds (at least half of it) claims the close-up face that
      // overlaps it most: one face is one person, however differently the two boxes frame it.
      const claimed = new Set<TBox>()
      for (const other of counted) {
        if (intersection(other, cell.crop) < area(other) / 2) continue
        const projected = toCell(other, cell)
        let best: TBox | undefined
        let bestIou = 0
        for (const f of inCell) {
          const iou = intersectionOverUnion(f, projected)
          if (iou > bestIou && !claimed.has(f)) [best, bestIou] = [f, iou]
        }
        if (best) claimed.add(best)
      }
      // The coarse box may sit half a face off the face it saw: take the close-up's unclaimed face
      // whose centre lies in the box (or that overlaps it), placed where the close-up puts it.
      const face = inCell.find((f) => !claimed.has(f) && (centreInside(f, cell.expected) || sameBox(f, cell.expected, options)))
      if (face) confirmed.push({ ...box, ...toPicture(face, cell) })
    })
  }
  return { confirmed, passes }
}

/** The square cut-out around a box (kept inside the picture) and where the box lands in its cell. */
export function closeUpCell(box: TBox, image: { width: number; height: number }, cellSide: number, context: number, origin: { x: number; y: number }): TCloseUpCell {
  const side = Math.max(8, Math.round(Math.min(context * Math.sqrt(area(box)), image.width, image.height)))
  const x = Math.round(Math.min(Math.max(0, box.x + box.w / 2 - side / 2), image.width - side))
  const y = Math.round(Math.min(Math.max(0, box.y + box.h / 2 - side / 2), image.height - side))
  const k = cellSide / side
  return {
    origin,
    side: cellSide,
    crop: { x, y, w: side, h: side },
    expected: { x: origin.x + (box.x - x) * k, y: origin.y + (box.y - y) * k, w: box.w * k, h: box.h * k },
  }
}

function centreInside(a: TBox, b: TBox): boolean {
  const x = a.x + a.w / 2
  const y = a.y + a.h / 2
  return x >= b.x && x <= b.x + b.w && y >= b.y && y <= b.y + b.h
}

/** A box found in a cell, back in the picture's pixels. */
function toPicture(face: TBox, cell: TCloseUpCell): TBox {
  const scale = cell.crop.w / cell.side
  return { x: cell.crop.x + (face.x - cell.origin.x) * scale, y: cell.crop.y + (face.y - cell.origin.y) * scale, w: face.w * scale, h: face.h * scale }
}

/** A box in picture pixels, where it lands in a cell. */
function toCell(box: TBox, cell: TCloseUpCell): TBox {
  const k = cell.side / cell.crop.w
  return { x: cell.origin.x + (box.x - cell.crop.x) * k, y: cell.origin.y + (box.y - cell.crop.y) * k, w: box.w * k, h: box.h * k }
}

function intersectionOverUnion(a: TBox, b: TBox): number {
  const inter = intersection(a, b)
  return inter === 0 ? 0 : inter / (area(a) + area(b) - inter)
}

function sameBox(a: TBox, b: TBox, options: { nmsIou: number; nmsContainment: number }): boolean {
  const inter = intersection(a, b)
  if (inter === 0) return false
  return inter / (area(a) + area(b) - inter) >= options.nmsIou || inter / Math.min(area(a), area(b)) >= options.nmsContainment
}
