import { PHOTO_CHECK_CONFIG } from '../../cloud/lib/photo-check/config'
import { findFaces, fineBand, tilesFor } from '../../cloud/lib/photo-check/people/find-faces'
import { fitsRow, mergeViews, type TViewPass } from '../../cloud/lib/photo-check/people/merge-views'
import type { FaceDetector, TFace } from '../../cloud/lib/photo-check/people/ssd-face-detector'
import { closeUpCell, verifyCloseUps } from '../../cloud/lib/photo-check/people/verify-close-ups'
import { checkPeople, peopleBand } from '../../cloud/lib/photo-check/rules/people-rule'
import type { TBox, TRgbImage } from '../../cloud/lib/photo-check/types'

const options = PHOTO_CHECK_CONFIG.people
const face = (x: number, y: number, side: number, score = 0.9): TFace => ({ x, y, w: side, h: side, score })
const whole: TBox = { x: 0, y: 0, w: 2000, h: 1200 }
const pass = (region: TBox, faces: TFace[]): TViewPass => ({ region, netScale: Math.min(1, 512 / Math.max(region.w, region.h)), faces })
const left: TBox = { x: 0, y: 0, w: 1000, h: 1000 }
const right: TBox = { x: 700, y: 0, w: 1000, h: 1000 }

describe('mergeViews: a face counts when the passes that could see it agree', () => {
  it('drops a box only the shrunk whole picture found, keeps faces every pass found', () => {
    const real = face(800, 400, 60)
    const fist = face(300, 500, 55, 0.8)
    const { faces } = mergeViews([pass(whole, [real, fist]), pass(left, [face(802, 401, 58)]), pass(right, [face(799, 399, 61)])], options)
    expect(faces).toHaveLength(1)
    expect(faces[0]).toMatchObject({ x: 800, foundBy: 3, seenBy: 3 })
  })

  it('does not let a pass vote on a face too small for it to see', () => {
    // 30 px in a 2000-px picture shrunk to 512 is under 8 network pixels: only the tiles can see it.
    const small = [face(100, 300, 30), face(200, 300, 30)]
    const { faces } = mergeViews([pass(whole, []), pass(left, small)], options)
    expect(faces.map((f) => `${f.foundBy}/${f.seenBy}`)).toEqual(['1/1', '1/1'])
  })

  it('merges one face seen in two tiles at two scales into one', () => {
    const { faces } = mergeViews([pass(left, [face(750, 300, 60, 0.95)]), pass(right, [face(745, 296, 72, 0.7)])], options)
    expect(faces).toHaveLength(1)
    expect(faces[0]!.score).toBe(0.95)
  })

  it('counts a weak face confirmed by every pass when it fits its row, not a weak box of another size or seen once', () => {
    const row = [100, 300, 500].map((x) => face(x, 400, 50))
    const t1: TBox = { x: 0, y: 0, w: 1200, h: 1200 }
    const t2: TBox = { x: 100, y: 0, w: 1200, h: 1200 }
    const weak = face(760, 405, 48, 0.3)
    const bigWeak = face(900, 380, 150, 0.3)
    const once = face(1100, 400, 50, 0.3)
    const passes = [
      pass(whole, [...row, weak, { ...bigWeak }, once]),
      pass(t1, [...row, { ...weak, x: 761 }, { ...bigWeak, x: 905 }]),
      pass(t2, [...row.slice(1), { ...weak, x: 759 }, { ...bigWeak, x: 902 }]),
    ]
    const merged = mergeViews(passes, options)
    const counted = merged.faces.map((f) => f.x)
    expect(counted).toContain(760)
    expect(counted).not.toContain(900)
    expect(counted).not.toContain(1100)
    // The row's first face lies flush with t2's left edge: with no context around it there, t2 missing it says nothing.
    expect(counted).toHaveLength(4)
    expect(merged.disputed).toEqual([])
  })

  it('sends a confident box that only one of two same-scale tiles found (both held it whole) to a close-up', () => {
    const t1: TBox = { x: 0, y: 0, w: 1000, h: 1000 }
    const t2: TBox = { x: 300, y: 0, w: 1000, h: 1000 }
    const both = face(500, 400, 50)
    const lone = face(700, 300, 50, 0.85)
    const edge = face(100, 400, 50)
    const merged = mergeViews([pass(whole, [both]), pass(t1, [both, lone, edge]), pass(t2, [{ ...both, x: 501 }])], options)
    // `edge` lies in t1 only: the one finest view that could see it found it, so it counts.
    expect(merged.faces.map((f) => f.x).sort((a, b) => a - b)).toEqual([100, 500])
    expect(merged.disputed.map((f) => f.x)).toEqual([700])
  })

  it('sends a weaker box that several views found but most missed to a close-up when it fits its row; found once, it is dropped', () => {
    const t1: TBox = { x: 0, y: 0, w: 1000, h: 1000 }
    const t2: TBox = { x: 300, y: 0, w: 1000, h: 1000 }
    const row = [400, 500, 600, 800].map((x) => face(x, 400, 50))
    const hidden = face(700, 405, 46, 0.33)
    const texture = face(650, 100, 46, 0.4)
    const passes = [pass(whole, [...row, hidden]), pass(t1, [...row, { ...hidden, x: 701 }, texture]), pass(t2, row)]
    const merged = mergeViews(passes, options)
    expect(merged.faces).toHaveLength(4)
    expect(merged.disputed.map((f) => [f.x, `${f.foundBy}/${f.seenBy}`])).toEqual([[700, '2/3']])
    // The same box at twice its row's size is not a face of that row.
    const big = mergeViews([pass(whole, [...row, face(700, 380, 120, 0.33)]), pass(t1, [...row, face(701, 380, 120, 0.33)]), pass(t2, row)], options)
    expect(big.disputed).toEqual([])
  })
})

describe('row geometry and tiling', () => {
  it('fitsRow compares a box with the faces at its height only', () => {
    const row = [face(0, 100, 40), face(100, 104, 44), face(200, 600, 120)]
    expect(fitsRow(face(300, 100, 42), row, 1.5)).toBe(true)
    expect(fitsRow(face(300, 100, 90), row, 1.5)).toBe(false)
    expect(fitsRow(face(300, 350, 40), row, 1.5)).toBe(false)
  })

  it('fineBand covers the faces plus the margin, clipped to the picture', () => {
    const band = fineBand([face(100, 400, 20), face(1800, 500, 20)], 20, { width: 2000, height: 1200 }, { fineBandMarginFaces: 3 })
    expect(band).toEqual({ x: 40, y: 340, w: 1840, h: 240 })
    expect(fineBand([], 0, { width: 10, height: 10 }, { fineBandMarginFaces: 3 })).toBeNull()
  })

  it('tilesFor covers the area with overlapping tiles inside it', () => {
    const area = { x: 100, y: 300, w: 1500, h: 400 }
    const tiles = tilesFor(area, 600, 0.3)
    for (const t of tiles) expect(t.x >= 100 && t.y >= 300 && t.x + t.w <= 1600 && t.y + t.h <= 700).toBe(true)
    expect(Math.min(...tiles.map((t) => t.x))).toBe(100)
    expect(Math.max(...tiles.map((t) => t.x + t.w))).toBe(1600)
  })
})

/** A picture of `people` faces in rows; the fake detector finds those it can resolve, plus a hallucination in shrunk passes. */
function crowd(people: number, side: number, image: { width: number; height: number }): { faces: TFace[]; detector: FaceDetector & { regions: TBox[] } } {
  const faces: TFace[] = []
  const perRow = Math.floor((image.width - 200) / (side * 2.4))
  for (let i = 0; i < people; i++) faces.push(face(100 + (i % perRow) * side * 2.4, 500 + Math.floor(i / perRow) * side * 1.8, side))
  const regions: TBox[] = []
  return {
    faces,
    detector: {
      inputSide: 512,
      regions,
      detect: async (picture: TRgbImage, region?: TBox) => {
        // A close-up mosaic of the hallucination shows no face.
        if (picture.width !== image.width) return []
        const r = region ?? { x: 0, y: 0, w: image.width, h: image.height }
        regions.push(r)
        const scale = Math.min(1, 512 / Math.max(r.w, r.h))
        const seen = faces.filter((f) => f.x >= r.x && f.y >= r.y && f.x + f.w <= r.x + r.w && f.y + f.h <= r.y + r.h && f.w * scale >= 12)
        // A shrunk view sees faces in textures: one false face, on the wall above the group.
        return scale < 0.3 ? [...seen, face(900, 150, side, 0.7)] : seen
      },
    },
  }
}

describe('findFaces on a synthetic crowd', () => {
  const image: TRgbImage = { data: new Uint8Array(2048 * 1536 * 3), width: 2048, height: 1536 }

  it('counts a crowd of small faces exactly, without the hallucination, running fine tiles only over the band of faces', async () => {
    const { faces, detector } = crowd(30, 32, image)
    const found = await findFaces(image, detector, options)
    expect(found.faces).toHaveLength(faces.length)
    const fine = detector.regions.filter((r) => r.w <= options.fineTileShare * 2048 + 1)
    expect(fine.length).toBeGreaterThan(0)
    for (const r of fine) expect(r.y).toBeGreaterThanOrEqual(500 - 3 * 32 - 1)
    // Every tile, plus one close-up pass that settled the hallucination (its mosaic shows no face).
    expect(found.passes).toBe(detector.regions.length + 1)
  })

  it('does not run fine tiles when faces are large', async () => {
    const { faces, detector } = crowd(12, 90, image)
    const found = await findFaces(image, detector, options)
    expect(found.faces).toHaveLength(faces.length)
    expect(detector.regions.every((r) => r.w >= 1024)).toBe(true)
  })
})

/** Bright squares on black: the boxes a close-up mosaic shows (the close-up judges pixels, not the list of faces). */
function brightSquares(picture: TRgbImage): TFace[] {
  const { width, height, data } = picture
  const seen = new Uint8Array(width * height)
  const found: TFace[] = []
  for (let start = 0; start < width * height; start++) {
    if (seen[start] || data[start * 3]! < 128) continue
    let [x0, y0, x1, y1] = [width, height, 0, 0]
    const stack = [start]
    seen[start] = 1
    while (stack.length > 0) {
      const i = stack.pop()!
      const x = i % width
      const y = Math.floor(i / width)
      ;[x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)]
      for (const j of [x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1, i - width, i + width]) {
        if (j >= 0 && j < width * height && !seen[j] && data[j * 3]! >= 128) {
          seen[j] = 1
          stack.push(j)
        }
      }
    }
    if (x1 - x0 >= 12 && y1 - y0 >= 12) found.push({ x: x0, y: y0, w: x1 - x0 + 1, h: y1 - y0 + 1, score: 0.9 })
  }
  return found
}

describe('findFaces on a crowd seen from above, where the views disagree', () => {
  it('counts every face once: not the shrunk view’s second boxes half a face off, not a texture one tile saw, but the half-hidden face', async () => {
    const image: TRgbImage = { data: new Uint8Array(1024 * 600 * 3), width: 1024, height: 600 }
    const side = 24
    const faces: TFace[] = []
    for (let row = 0; row < 3; row++) for (let i = 0; i < 20; i++) faces.push(face(60 + i * 45, 150 + row * 43, side))
    const hidden = faces[23]!
    const texture = face(300, 40, side, 0.85)
    for (const f of faces) for (let y = f.y; y < f.y + side; y++) image.data.fill(255, (y * 1024 + f.x) * 3, (y * 1024 + f.x + side) * 3)
    let closeUps = 0
    const detector: FaceDetector = {
      inputSide: 512,
      detect: async (picture, region) => {
        if (picture !== image) {
          closeUps++
          return brightSquares(picture)
        }
        const r = region ?? { x: 0, y: 0, w: 1024, h: 600 }
        const scale = Math.min(1, 512 / Math.max(r.w, r.h))
        const within = (f: TBox) => f.x >= r.x && f.y >= r.y && f.x + f.w <= r.x + r.w && f.y + f.h <= r.y + r.h
        const found: TFace[] = []
        for (const f of faces.filter(within)) {
          // The half-hidden face is found weakly, by the whole picture and the first tile only.
          if (f === hidden) {
            if (r.x === 0 && r.y === 0) found.push({ ...f, score: 0.33 })
            continue
          }
          found.push(f)
          // Shrunk to half, a 12-pixel face lights a second anchor: a box 0.6 of a face lower.
          if (scale < 0.6) found.push({ ...f, y: f.y + 0.6 * side, score: 0.7 })
        }
        // The top-left tile sees a face in the floor's pattern; the next tile, holding it too, does not.
        if (scale === 1 && r.x === 0 && r.y === 0) found.push(texture)
        return found
      },
    }
    const result = await findFaces(image, detector, options)
    expect(result.faces).toHaveLength(faces.length)
    expect(result.faces.filter((f) => f.closeUp).map((f) => [Math.round(f.x), Math.round(f.y)])).toEqual([[hidden.x, hidden.y]])
    // 59 second boxes, the texture and the hidden face: 61 boxes, 16 to a close-up pass.
    expect(closeUps).toBe(4)
  })
})

describe('close-ups settle boxes only coarse passes found', () => {
  it('places each box, with context, in its own cell of one mosaic', () => {
    const cell = closeUpCell(face(500, 300, 40), { width: 2000, height: 1200 }, 128, 2.5, { x: 128, y: 256 })
    expect(cell.crop).toEqual({ x: 470, y: 270, w: 100, h: 100 })
    expect(cell.expected).toEqual({ x: 128 + 30 * 1.28, y: 256 + 30 * 1.28, w: 51.2, h: 51.2 })
    // Near the picture's corner the cut-out stays inside it and the box moves off the cell's centre.
    expect(closeUpCell(face(0, 0, 40), { width: 2000, height: 1200 }, 128, 2.5, { x: 0, y: 0 }).expected).toEqual({ x: 0, y: 0, w: 51.2, h: 51.2 })
  })

  it('confirms the boxes whose cell shows a face where the box lies, in one pass for up to 16 boxes', async () => {
    const image: TRgbImage = { data: new Uint8Array(2000 * 1200 * 3), width: 2000, height: 1200 }
    const boxes = Array.from({ length: 18 }, (_, i) => face(100 + i * 100, 600, 40, 0.8))
    const calls: number[] = []
    const detector: FaceDetector = {
      // The detector "sees" a face in cells 0 and 5 of the first mosaic (at the expected place), and one off-centre in cell 1.
      detect: async (mosaic) => {
        calls.push(mosaic.width)
        if (calls.length > 1) return [face(38, 38, 51, 0.9)]
        return [face(38, 38, 51, 0.9), face(128 + 2, 2, 30, 0.9), face(128 + 38, 128 + 38, 50, 0.9)]
      },
    }
    const { confirmed, passes } = await verifyCloseUps(image, boxes, detector, options)
    expect(passes).toBe(2)
    expect(calls).toEqual([512, 512])
    // Each comes back where its close-up found the face (here: where the box was, to the pixel).
    expect(confirmed.map((b) => [Math.round(b.x), Math.round(b.y), Math.round(b.w)])).toEqual([
      [100, 600, 40],
      [600, 600, 39],
      [1700, 600, 40],
    ])
  })
})

describe('close-ups: a face counted already claims its own close-up face', () => {
  const image: TRgbImage = { data: new Uint8Array(2000 * 1200 * 3), width: 2000, height: 1200 }
  const counted: TBox = { x: 500, y: 300, w: 40, h: 60 }
  // A second box lower on the same face (too little overlap to merge: IoU 0.14).
  const second = face(510, 345, 36, 0.6)
  const cell = closeUpCell(second, image, 128, options.closeUpContext, { x: 0, y: 0 })
  const k = 128 / cell.crop.w
  const inCell = (b: TBox, score = 0.95): TFace => ({ x: (b.x - cell.crop.x) * k, y: (b.y - cell.crop.y) * k, w: b.w * k, h: b.h * k, score })

  it('does not confirm a box whose close-up face is a counted face seen in another shape', async () => {
    // The close-up finds the one face there, framed lower than the counted box: its centre lies in the second box.
    const detector: FaceDetector = { detect: async () => [inCell({ x: 506, y: 330, w: 36, h: 40 })] }
    expect((await verifyCloseUps(image, [second], detector, options)).confirmed).toHaveLength(1)
    expect((await verifyCloseUps(image, [second], detector, options, [counted])).confirmed).toEqual([])
  })

  it('confirms a half-hidden face beside a counted one when the close-up finds both', async () => {
    const hidden = face(530, 330, 34, 0.35)
    const hiddenCell = closeUpCell(hidden, image, 128, options.closeUpContext, { x: 0, y: 0 })
    const kk = 128 / hiddenCell.crop.w
    const at = (b: TBox): TFace => ({ x: (b.x - hiddenCell.crop.x) * kk, y: (b.y - hiddenCell.crop.y) * kk, w: b.w * kk, h: b.h * kk, score: 0.9 })
    const detector: FaceDetector = { detect: async () => [at({ x: 502, y: 304, w: 38, h: 52 }), at({ x: 533, y: 332, w: 32, h: 34 })] }
    const { confirmed } = await verifyCloseUps(image, [hidden], detector, options, [counted])
    expect(confirmed.map((b) => [Math.round(b.x), Math.round(b.y)])).toEqual([[533, 332]])
  })
})

describe('close-ups see a dim face at full contrast', () => {
  it('confirms a face in an under-exposed picture that only its levels hid', async () => {
    // A dim face (grey 60 on 12) in a dark picture: the fake detector, like the network, needs contrast (≥ 128).
    const image: TRgbImage = { data: new Uint8Array(1000 * 800 * 3).fill(12), width: 1000, height: 800 }
    const dim = face(400, 300, 40, 0.6)
    for (let y = dim.y; y < dim.y + dim.h; y++) image.data.fill(60, (y * 1000 + dim.x) * 3, (y * 1000 + dim.x + dim.w) * 3)
    expect(brightSquares(image)).toEqual([])
    const detector: FaceDetector = { detect: async (picture) => brightSquares(picture) }
    const { confirmed } = await verifyCloseUps(image, [dim], detector, options)
    expect(confirmed.map((b) => [Math.round(b.x), Math.round(b.y), Math.round(b.w)])).toEqual([[400, 300, 40]])
  })
})

describe('the 20-person rule on the counter’s band', () => {
  it('fails 17–18, reviews 19–21, passes 22 and more', () => {
    const status = (count: number) => peopleBand(count, options).status
    expect([17, 18, 19, 20, 21, 22, 23, 24].map(status)).toEqual(['fail', 'fail', 'review', 'review', 'review', 'pass', 'pass', 'pass'])
  })

  it('reports the boxes with their score, detector and views in the original photo’s pixels', async () => {
    const image: TRgbImage = { data: new Uint8Array(0), width: 1000, height: 700 }
    const detector: FaceDetector = { detect: async () => [face(100, 100, 60, 0.91)] }
    const { rule } = await checkPeople(image, detector, 4, options)
    expect(rule.details).toMatchObject({ count: 1, frame: { width: 4000, height: 2800 }, boxes: [{ x: 400, y: 400, w: 240, h: 240, score: 0.91, detectors: ['ssd-mobilenetv1'] }] })
    expect(rule).toMatchObject({ status: 'fail', reason: 'too_few_people' })
  })
})
