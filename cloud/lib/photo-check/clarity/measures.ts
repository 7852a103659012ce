import type { TGreyImage } from '../types'

/**
 * Image statistics behind the clarity and exposure rules. Pure functions on a grey working copy
 * of fixed size, so the numbers mean the same for a 1-megapixel and a 12-megapixel upload.
 */

export type TExposureStats = { mean: number; p05: number; p50: number; p95: number; clippedDark: number; clippedBright: number }

export function exposureStats(grey: TGreyImage): TExposureStats {
  const histogram = new Float64Array(256)
  let sum = 0
  for (const value of grey.data) {
    histogram[value]! += 1
    sum += value
  }
  const total = grey.data.length
  const percentile = (share: number): number => {
    let seen = 0
    for (let v = 0; v < 256; v++) {
      seen += histogram[v]!
      if (seen >= share * total) return v
    }
    return 255
  }
  let dark = 0
  for (let v = 0; v <= 5; v++) dark += histogram[v]!
  let bright = 0
  for (let v = 250; v < 256; v++) bright += histogram[v]!
  return {
    mean: sum / total,
    p05: percentile(0.05),
    p50: percentile(0.5),
    p95: percentile(0.95),
    clippedDark: dark / total,
    clippedBright: bright / total,
  }
}

/**
 * Stretches grey levels so the 1st and 99th percentiles become 0 and 255: a dim but sharp photo
 * then measures as sharp as a bright one. Noise is stretched too, so the gain is capped.
 */
export function normaliseContrast(grey: TGreyImage, maxGain = 4): TGreyImage {
  const histogram = new Float64Array(256)
  for (const value of grey.data) histogram[value]! += 1
  const total = grey.data.length
  let low = 0
  let high = 255
  let seen = 0
  for (let v = 0; v < 256; v++) {
    seen += histogram[v]!
    if (seen >= 0.01 * total) {
      low = v
      break
    }
  }
  seen = 0
  for (let v = 255; v >= 0; v--) {
    seen += histogram[v]!
    if (seen >= 0.01 * total) {
      high = v
      break
    }
  }
  const gain = Math.min(maxGain, 255 / Math.max(1, high - low))
  const out = new Uint8Array(grey.data.length)
  for (let i = 0; i < out.length; i++) out[i] = Math.max(0, Math.min(255, Math.round((grey.data[i]! - low) * gain)))
  return { data: out, width: grey.width, height: grey.height }
}

/** Variance of the 4-neighbour Laplacian: high for crisp edges, low for blur. */
export function laplacianVariance(grey: TGreyImage): number {
  const { data, width, height } = grey
  let sum = 0
  let sumSq = 0
  let n = 0
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x
      const value = data[i - 1]! + data[i + 1]! + data[i - width]! + data[i + width]! - 4 * data[i]!
      sum += value
      sumSq += value * value
      n++
    }
  }
  const mean = sum / n
  return sumSq / n - mean * mean
}

/**
 * Crété-Roffet et al. (2007), "The blur effect": re-blur the image with a 9-tap box filter along
 * one direction and see how much of the neighbour differences survive. A sharp image loses most
 * of them (value near 0), a blurred one has little left to lose (near 1). Measured horizontally
 * and vertically: camera shake blurs mostly one direction, so the larger value is the one that
 * counts.
 */
export function blurEffect(grey: TGreyImage): { horizontal: number; vertical: number } {
  return { horizontal: directionalBlur(grey, 1, 0), vertical: directionalBlur(grey, 0, 1) }
}

function directionalBlur(grey: TGreyImage, dx: number, dy: number): number {
  const { data, width, height } = grey
  const step = dy * width + dx
  const radius = 4
  let sumOriginal = 0
  let sumLost = 0
  // Skip a margin so the box filter never reads outside the image.
  const margin = radius + 1
  for (let y = margin; y < height - margin; y++) {
    for (let x = margin; x < width - margin; x++) {
      const i = y * width + x
      const dOriginal = Math.abs(data[i]! - data[i - step]!)
      // Difference of two neighbouring 9-tap means = (first tap ahead − last tap behind) / 9.
      const dBlurred = Math.abs(data[i + radius * step]! - data[i - (radius + 1) * step]!) / 9
      sumOriginal += dOriginal
      sumLost += Math.max(0, dOriginal - dBlurred)
    }
  }
  if (sumOriginal === 0) return 1
  return (sumOriginal - sumLost) / sumOriginal
}

/**
 * Gradient energy along four directions (0°, 45°, 90°, 135°): the weakest over the strongest.
 * Natural scenes have edges in every direction (ratio ≳ 0.4); a shaken photo loses the
 * direction of the shake.
 */
export function gradientAnisotropy(grey: TGreyImage): { ratio: number; energies: [number, number, number, number] } {
  const { data, width, height } = grey
  const energies: [number, number, number, number] = [0, 0, 0, 0]
  const offsets = [1, width + 1, width, width - 1]
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x
      for (let k = 0; k < 4; k++) {
        const d = data[i + offsets[k]!]! - data[i - offsets[k]!]!
        energies[k] += d * d
      }
    }
  }
  // Diagonal steps are √2 longer: compare energies per unit length.
  energies[1] /= 2
  energies[3] /= 2
  const max = Math.max(...energies)
  return { ratio: max === 0 ? 1 : Math.min(...energies) / max, energies }
}
