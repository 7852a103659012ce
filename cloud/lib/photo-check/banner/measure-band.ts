import type { TBox, TRgbImage } from '../types'

/**
 * What the pixels around one text line say about the surface it is written on. A banner (横幅) is a
 * band of dyed cloth: one vivid, even colour (red, sometimes blue), bright text (white, yellow) that
 * fills much of the band's height, the band much wider than tall. Building signs, carved or painted
 * characters, posters and T-shirt prints are text too, but on the material's own dull colour, with
 * little contrast, or on a surface that runs far beyond the text (a vest, a wall). Every figure here
 * is a ratio, so dimming the photo or scaling it does not change it.
 */
export type TBandMeasure = {
  /** The cloth (or board) the line is on: the line's box grown while rows and columns keep its colour. */
  band: TBox
  /** Mean colour of the surface behind the text (0–255 RGB), from the box's margins. */
  background: [number, number, number]
  /** Mean colour of the strokes. */
  ink: [number, number, number]
  /** HSV saturation of the background, 0..1 (dyed cloth ≳ 0.7; wood, stone, walls, paper lower). */
  saturation: number
  /** The background's brightest channel over the photo's bright reference (its 95th-percentile grey):
   *  a banner is lit cloth (≳ 0.5), a board in shade or a carved sign is dark against the scene. */
  lightness: number
  /** (brighter − darker luminance) / brighter, of strokes against background, 0..1: exposure-invariant. */
  contrast: number
  /** Height of the strokes over the band's height: text fills a banner (≳ 0.35), not a vest, a wall
   *  or a poster. (A banner held against something of its own colour measures low and is taken for
   *  scene text: on theme it goes to review, never fails.) */
  fill: number
  /** Band width over band height. */
  aspect: number
}

/** At most this many pixels are sampled per line for the colour split. */
const MAX_SAMPLES = 8_000

/**
 * The photo's bright reference: the 95th percentile of its grey levels (sampled). Lightness is
 * measured against it, so a dim photo's banner is as light as a bright photo's.
 */
export function brightReference(image: TRgbImage): number {
  const histogram = new Float64Array(256)
  const step = Math.max(1, Math.ceil(Math.sqrt((image.width * image.height) / 40_000)))
  let total = 0
  for (let y = 0; y < image.height; y += step) {
    for (let x = 0; x < image.width; x += step) {
      histogram[lumaAt(image, x, y)]!++
      total++
    }
  }
  let seen = 0
  for (let v = 0; v < 256; v++) {
    seen += histogram[v]!
    if (seen >= total * 0.95) return Math.max(16, v)
  }
  return 255
}

/**
 * Splits the line's box into strokes and background (Otsu on luminance; the background is the class
 * that holds most of the box's top and bottom margins, which the detector's unclip leaves empty of
 * text), then grows the box row by row and column by column while the surface keeps that colour.
 */
export function measureBand(image: TRgbImage, box: TBox, reference: number): TBandMeasure | null {
  const x0 = clampInt(box.x, 0, image.width - 1)
  const y0 = clampInt(box.y, 0, image.height - 1)
  const x1 = clampInt(box.x + box.w, x0 + 1, image.width)
  const y1 = clampInt(box.y + box.h, y0 + 1, image.height)
  const w = x1 - x0
  const h = y1 - y0
  if (w < 8 || h < 6) return null

  const step = Math.max(1, Math.ceil(Math.sqrt((w * h) / MAX_SAMPLES)))
  const histogram = new Float64Array(256)
  for (let y = y0; y < y1; y += step) for (let x = x0; x < x1; x += step) histogram[lumaAt(image, x, y)]!++
  const threshold = otsu(histogram)

  // Margins: the outer fifth of the box, and as much again just outside it. A loose box has cloth in
  // its own margins, a tight one (text filling the box) has it just outside: together the surface
  // behind the text holds most of them either way.
  const margin = Math.max(1, Math.round(h * 0.2))
  const inMargin = (y: number) => y < y0 + margin || y >= y1 - margin
  let marginBright = 0
  let marginTotal = 0
  const ringTop = Math.max(0, y0 - margin)
  const ringBottom = Math.min(image.height, y1 + margin)
  for (let y = ringTop; y < ringBottom; y += step) {
    if (!inMargin(y)) continue
    for (let x = x0; x < x1; x += step) {
      marginTotal++
      if (lumaAt(image, x, y) > threshold) marginBright++
    }
  }
  const backgroundIsBright = marginBright * 2 > marginTotal

  const bgSum = [0, 0, 0]
  const bgSquares = [0, 0, 0]
  const inkSum = [0, 0, 0]
  let bgCount = 0
  let inkCount = 0
  const inkRows = new Float64Array(h)
  const rowSamples = new Float64Array(h)
  for (let y = y0; y < y1; y += step) {
    for (let x = x0; x < x1; x += step) {
      const bright = lumaAt(image, x, y) > threshold
      const i = (y * image.width + x) * 3
      rowSamples[y - y0]!++
      if (bright !== backgroundIsBright) {
        inkCount++
        inkRows[y - y0]!++
        for (let c = 0; c < 3; c++) inkSum[c]! += image.data[i + c]!
      } else if (inMargin(y)) {
        // The background's colour from the margins only: next to the strokes, JPEG and blur mix in ink.
        bgCount++
        for (let c = 0; c < 3; c++) {
          bgSum[c]! += image.data[i + c]!
          bgSquares[c]! += image.data[i + c]! ** 2
        }
      }
    }
  }
  if (bgCount === 0 || inkCount === 0) return null
  const background = bgSum.map((v) => v / bgCount) as [number, number, number]
  const inkColour = inkSum.map((v) => v / inkCount) as [number, number, number]
  const spread = Math.sqrt(bgSquares.reduce((sum, v, c) => sum + v / bgCount - background[c]! ** 2, 0))
  // Stroke rows: where at least 4 % of the row is ink (anti-aliasing and noise stay under it).
  let inkTop = Infinity
  let inkBottom = -Infinity
  for (let r = 0; r < h; r += step) {
    if (rowSamples[r]! > 0 && inkRows[r]! / rowSamples[r]! >= 0.04) {
      inkTop = Math.min(inkTop, r)
      inkBottom = Math.max(inkBottom, r)
    }
  }
  if (!Number.isFinite(inkTop)) return null
  const inkHeight = inkBottom - inkTop + step

  const yBg = luma(background)
  const yInk = luma(inkColour)
  const contrast = Math.abs(yBg - yInk) / Math.max(1, yBg, yInk)
  const maxC = Math.max(...background)
  const saturation = maxC > 0 ? (maxC - Math.min(...background)) / maxC : 0

  // The surface: pixels within the background's own spread (shading, weave, JPEG noise), never
  // more than 40 % of the way to the ink, so text-coloured or other things end the band.
  const tolerance = Math.min(Math.max(18, 3 * spread), 0.4 * distance(background, inkColour))
  const [br, bgG, bb] = background
  const tolerance2 = tolerance * tolerance
  const isSurface = (x: number, y: number) => {
    const i = (y * image.width + x) * 3
    const dr = image.data[i]! - br
    const dg = image.data[i + 1]! - bgG
    const db = image.data[i + 2]! - bb
    return dr * dr + dg * dg + db * db <= tolerance2
  }
  // Rows (columns) of the band are mostly surface; a second line of text on the same cloth still
  // leaves most of a row to the cloth. The first row that is not ends the band.
  const rowIsBand = (y: number, from: number, to: number) => share(from, to, step, (x) => isSurface(x, y)) >= 0.6
  const colIsBand = (x: number, from: number, to: number) => share(from, to, step, (y) => isSurface(x, y)) >= 0.6
  const reach = Math.round(h * 4)
  let top = y0
  while (top > 0 && y0 - top < reach && rowIsBand(top - 1, x0, x1)) top--
  let bottom = y1
  while (bottom < image.height && bottom - y1 < reach && rowIsBand(bottom, x0, x1)) bottom++
  let left = x0
  while (left > 0 && colIsBand(left - 1, top, bottom)) left--
  let right = x1
  while (right < image.width && colIsBand(right, top, bottom)) right++

  const bandHeight = bottom - top
  return {
    band: { x: left, y: top, w: right - left, h: bottom - top },
    background: background.map(Math.round) as [number, number, number],
    ink: inkColour.map(Math.round) as [number, number, number],
    saturation: round3(saturation),
    lightness: round3(Math.min(1, maxC / reference)),
    contrast: round3(contrast),
    fill: round3(Math.min(1, inkHeight / bandHeight)),
    aspect: round3((right - left) / bandHeight),
  }
}

function share(from: number, to: number, step: number, test: (v: number) => boolean): number {
  let hit = 0
  let total = 0
  for (let v = from; v < to; v += step) {
    total++
    if (test(v)) hit++
  }
  return total > 0 ? hit / total : 0
}

function lumaAt(image: TRgbImage, x: number, y: number): number {
  const i = (y * image.width + x) * 3
  return Math.round(0.299 * image.data[i]! + 0.587 * image.data[i + 1]! + 0.114 * image.data[i + 2]!)
}

function luma(c: readonly number[]): number {
  return 0.299 * c[0]! + 0.587 * c[1]! + 0.114 * c[2]!
}

function distance(a: readonly number[], b: readonly number[]): number {
  return Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!)
}

/** Otsu's threshold: the grey level that best separates the histogram into two classes. */
function otsu(histogram: Float64Array): number {
  let total = 0
  let sum = 0
  for (let i = 0; i < 256; i++) {
    total += histogram[i]!
    sum += i * histogram[i]!
  }
  let weightBelow = 0
  let sumBelow = 0
  let best = 0
  let bestVariance = -1
  for (let t = 0; t < 256; t++) {
    weightBelow += histogram[t]!
    if (weightBelow === 0) continue
    const weightAbove = total - weightBelow
    if (weightAbove === 0) break
    sumBelow += t * histogram[t]!
    const meanBelow = sumBelow / weightBelow
    const meanAbove = (sum - sumBelow) / weightAbove
    const variance = weightBelow * weightAbove * (meanBelow - meanAbove) ** 2
    if (variance > bestVariance) {
      bestVariance = variance
      best = t
    }
  }
  return best
}

function clampInt(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(value)))
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000
}
