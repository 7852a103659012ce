import type { TGreyImage, TRgbImage } from '../types'

/**
 * How wide the photo's sharpest edges are, in its own pixels: the blur a slight focus miss or a
 * soft lens adds to every edge, measured where it shows (at the photo's own resolution, up to the
 * colour working copy's 2048 px, not on a shrunken grey copy that hides a 1–2 px blur).
 *
 * Re-blur ratio on isolated step edges (after Zhuo & Sim, "Defocus map estimation from a single
 * image", 2011): a step blurred by a Gaussian of σ has a gradient peak h / (σ√2π). Blurring it
 * again by a known σb lowers the peak to h / (√(σ² + σb²)√2π), so the ratio R of the two peaks
 * gives σ = σb / √(R² − 1) whatever the step's height h. Being a ratio, it reads the same in dim
 * light as in bright light: a dim photo is not read as blurred.
 *
 * Only strong, isolated, monotonic steps count (a white shirt against a dark coat, a banner's
 * border): the profile across the edge must rise once by many grey levels (total variation ≈ step
 * height), so fine texture, text strokes, ringing and noise are neither read as sharpness nor as
 * blur. Profiles run along x for near-vertical edges and along y for near-horizontal ones, each
 * within 26.6° of its axis (the profile is then at most 12 % wider than the edge's cross-section).
 *
 * A photo has edges at many depths and some shading ramps; what tells focus is how sharp its
 * sharpest edges are. So the figure that counts is the 10th percentile of the strongest steps'
 * widths: in a photo taken in focus, at least one step in ten is as sharp as the pixels allow
 * (σ ≈ 0.8, the width this operator reads on a perfect step), while a blur of the whole picture
 * widens every edge, the sharpest included.
 */

export type TEdgeSpread = {
  /** Width σ (px) of the sharpest tenth of the strongest steps; null when too few steps were found. */
  sharpest: number | null
  /** Median width σ (px) of the strongest steps (for the record: it includes shading and depth). */
  median: number | null
  /** The sharpest tenth per profile direction: along x (vertical edges, widened by horizontal shake) and along y. */
  sharpestAlongX: number | null
  sharpestAlongY: number | null
  /** Steps measured. */
  edges: number
  /** Long side of the image it was measured on (px). */
  longSide: number
}

export type TEdgeSpreadOptions = {
  /** The known re-blur (px). */
  reblurSigma: number
  /** Grey-level rise a step must have to count (of 255): well above JPEG and sensor noise. */
  minStep: number
  /** At most this many of the strongest steps are kept per direction. */
  maxEdges: number
  /** Fewer steps than this: no estimate (a featureless or strongly blurred picture). */
  minEdges: number
}

const DEFAULTS: TEdgeSpreadOptions = { reblurSigma: 2, minStep: 24, maxEdges: 3000, minEdges: 40 }

/** The width this operator reads on a perfectly sharp step (a step between two pixels or through one). */
export const PIXEL_SHARP_SIGMA = 0.8

/** Edge widths beyond what the re-blur can resolve are capped here. */
const MAX_SIGMA = 12

/** The share of the sharpest steps whose width decides. */
const SHARPEST_SHARE = 0.1

/** Measured on the colour copy (as luma) or on a grey image. */
export function edgeSpread(image: TRgbImage | TGreyImage, options: Partial<TEdgeSpreadOptions> = {}): TEdgeSpread {
  const o = { ...DEFAULTS, ...options }
  const { width, height } = image
  const grey = image.data.length === width * height ? image.data : toGrey(image)
  const reach = Math.ceil(3 * o.reblurSigma) + 2
  const kernel = derivativeKernel(o.reblurSigma, reach)
  const alongX = measureDirection(grey, width, height, true, reach, kernel, o)
  const alongY = measureDirection(grey, width, height, false, reach, kernel, o)
  const both = [...alongX, ...alongY]
  const estimate = (list: number[], share: number) => (list.length >= o.minEdges ? round(quantile(list, share)) : null)
  return {
    sharpest: estimate(both, SHARPEST_SHARE),
    median: estimate(both, 0.5),
    sharpestAlongX: estimate(alongX, SHARPEST_SHARE),
    sharpestAlongY: estimate(alongY, SHARPEST_SHARE),
    edges: both.length,
    longSide: Math.max(width, height),
  }
}

/**
 * The blur of a strongly blurred photo, in the grey copy's pixels: too wide for the re-blur at
 * full size, so measured on a copy shrunk by `factor` (box means, which add a negligible width)
 * and scaled back. Per direction, because a shake blurs one. Null when no clean step is left.
 */
export function coarseBlur(grey: TGreyImage, factor = 4): { sigmaAlongX: number; sigmaAlongY: number } | null {
  const width = Math.floor(grey.width / factor)
  const height = Math.floor(grey.height / factor)
  if (width < 32 || height < 32) return null
  const small = new Uint8Array(width * height)
  const area = factor * factor
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0
      for (let dy = 0; dy < factor; dy++) {
        const row = (y * factor + dy) * grey.width + x * factor
        for (let dx = 0; dx < factor; dx++) sum += grey.data[row + dx]!
      }
      small[y * width + x] = Math.round(sum / area)
    }
  }
  // A small copy has few steps: accept fewer, and weaker ones (contrast is what a blur leaves).
  const spread = edgeSpread({ data: small, width, height }, { minEdges: 10, minStep: 16 })
  const widen = (sigma: number | null) => (sigma === null ? null : factor * Math.sqrt(Math.max(0, sigma * sigma - PIXEL_SHARP_SIGMA * PIXEL_SHARP_SIGMA)))
  const x = widen(spread.sharpestAlongX)
  const y = widen(spread.sharpestAlongY)
  if (x === null && y === null) return null
  return { sigmaAlongX: round(x ?? y!), sigmaAlongY: round(y ?? x!) }
}

/** Luma (BT.601 weights in integers): a Uint8 image the size of the colour copy. */
function toGrey(colour: TRgbImage): Uint8Array {
  const { data } = colour
  const out = new Uint8Array(colour.width * colour.height)
  for (let i = 0, j = 0; i < out.length; i++, j += 3) out[i] = (77 * data[j]! + 150 * data[j + 1]! + 29 * data[j + 2]!) >> 8
  return out
}

/**
 * Weights that, applied to a profile p(−reach … reach), give the central difference at 0 of p
 * blurred by a Gaussian of σ: the same difference operator as the unblurred peak, so its own
 * width is the same on both sides of the ratio and ends up in the floor PIXEL_SHARP_SIGMA.
 */
function derivativeKernel(sigma: number, reach: number): Float64Array {
  const gaussian = (t: number) => Math.exp((-t * t) / (2 * sigma * sigma))
  let norm = 0
  for (let t = -reach; t <= reach; t++) norm += gaussian(t)
  const weights = new Float64Array(2 * reach + 1)
  for (let u = -reach; u <= reach; u++) weights[u + reach] = (gaussian(1 - u) - gaussian(-1 - u)) / (2 * norm)
  return weights
}

/**
 * Finds step edges whose gradient points along x (`alongX`) or y and returns the widths of the
 * strongest ones.
 */
function measureDirection(grey: Uint8Array, width: number, height: number, alongX: boolean, reach: number, kernel: Float64Array, o: TEdgeSpreadOptions): number[] {
  const step = alongX ? 1 : width
  const across = alongX ? width : 1
  const x0 = alongX ? reach + 1 : 1
  const x1 = alongX ? width - reach - 1 : width - 1
  const y0 = alongX ? 1 : reach + 1
  const y1 = alongX ? height - 1 : height - reach - 1
  // A step of minStep spread over the profile still has this central difference; weaker pixels are skipped.
  const minGradient = Math.max(4, Math.floor(o.minStep / reach))
  const strengths: number[] = []
  const sigmas: number[] = []
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = y * width + x
      const g = grey[i + step]! - grey[i - step]!
      const a = g < 0 ? -g : g
      if (a < minGradient) continue
      const c = grey[i + across]! - grey[i - across]!
      // Near the axis (|across| ≤ |along| / 2) and a peak along the profile.
      if ((c < 0 ? -c : c) * 2 > a) continue
      const before = grey[i]! - grey[i - 2 * step]!
      const after = grey[i + 2 * step]! - grey[i]!
      if ((before < 0 ? -before : before) > a || (after < 0 ? -after : after) >= a) continue
      measureStep(grey, i, step, reach, kernel, o, strengths, sigmas)
    }
  }
  if (strengths.length <= o.maxEdges) return sigmas
  // Heights are whole grey levels: keep the strongest by a histogram cut instead of a sort.
  const histogram = new Uint32Array(256)
  for (const h of strengths) histogram[h]! += 1
  let cut = 255
  let kept = histogram[255]!
  while (cut > 0 && kept + histogram[cut - 1]! <= o.maxEdges) kept += histogram[--cut]!
  const out: number[] = []
  for (let k = 0; k < strengths.length; k++) if (strengths[k]! >= cut) out.push(sigmas[k]!)
  return out
}

/** One profile through a candidate: when it is a clean step, its height and width are appended. */
function measureStep(grey: Uint8Array, i: number, step: number, reach: number, kernel: Float64Array, o: TEdgeSpreadOptions, strengths: number[], sigmas: number[]): void {
  const start = grey[i - reach * step]!
  const end = grey[i + reach * step]!
  const height = start > end ? start - end : end - start
  if (height < o.minStep) return
  let variation = 0
  let previous = start
  let blurred = 0
  for (let t = -reach, at = i - reach * step; t <= reach; t++, at += step) {
    const v = grey[at]!
    const d = v - previous
    variation += d < 0 ? -d : d
    previous = v
    blurred += v * kernel[t + reach]!
  }
  // One rise, no ripple or second edge inside the window: texture, strokes and halos are not steps.
  if (variation > 1.2 * height) return
  const peak = Math.abs(grey[i + step]! - grey[i - step]!) / 2
  const reblurred = Math.abs(blurred)
  if (reblurred <= 0) return
  const ratio = peak / reblurred
  const sigma = ratio <= 1 + 1e-6 ? MAX_SIGMA : Math.min(MAX_SIGMA, o.reblurSigma / Math.sqrt(ratio * ratio - 1))
  strengths.push(height)
  sigmas.push(sigma)
}

function quantile(values: number[], share: number): number {
  const sorted = Float64Array.from(values).sort()
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
