import type { TEvidenceBox, TPhotoEvidence } from '../../../types/api/photos'
import { countIdeographs } from '../photo-check/banner/theme-match'
import { PHOTO_CHECK_CONFIG } from '../photo-check/config'

type TFrame = { width: number; height: number }
type TStoredRule = { rule: string; status?: unknown; details?: Record<string, unknown> }

/**
 * What the checker saw, as shares of the picture, from the details the rules stored: face boxes
 * (original photo pixels) and banner lines (the colour working copy's pixels); with the clarity
 * and exposure figures against their limits (the organiser's review reads them too). Results stored
 * before the rules recorded their frame fall back to the photo's size, which is what the frames were.
 */
export function buildEvidence(rules: unknown, photo: { width: number | null; height: number | null }): TPhotoEvidence | null {
  const stored: TStoredRule[] = Array.isArray(rules) ? rules.filter(isStoredRule) : []
  const original = photo.width && photo.height ? { width: photo.width, height: photo.height } : null
  const people = stored.find((r) => r.rule === 'people')?.details
  const banner = stored.find((r) => r.rule === 'theme_banner')?.details
  const evidence: TPhotoEvidence = {
    people: null,
    banner: null,
    clarity: readClarity(stored.find((r) => r.rule === 'clarity')),
    exposure: readExposure(stored.find((r) => r.rule === 'exposure')),
  }

  const peopleFrame = readFrame(people?.frame) ?? original
  if (people && peopleFrame && typeof people.count === 'number') {
    evidence.people = {
      boxes: readList(people.boxes).flatMap((b) => toShare(b, peopleFrame)),
      count: people.count,
      tolerance: typeof people.tolerance === 'number' ? people.tolerance : null,
      required: PHOTO_CHECK_CONFIG.people.minPeople,
    }
  }

  const bannerFrame = readFrame(banner?.frame) ?? (original ? workingCopyOf(original) : null)
  if (banner && bannerFrame) {
    const lines = readList(banner.lines).filter((line) =>
      typeof line.banner === 'boolean' ? line.banner : typeof line.text === 'string' && countIdeographs(line.text) >= PHOTO_CHECK_CONFIG.banner.minBannerChars,
    )
    evidence.banner = {
      lines: lines.flatMap((line) => toShare(line.box, bannerFrame).map((box) => ({ ...box, text: String(line.text ?? '') }))),
      matchScore: typeof banner.matchScore === 'number' ? banner.matchScore : null,
      matchedTarget: typeof banner.matchedTarget === 'string' ? banner.matchedTarget : null,
      matchPass: PHOTO_CHECK_CONFIG.banner.matchPass,
    }
  }
  return evidence.people || evidence.banner || evidence.clarity || evidence.exposure ? evidence : null
}

/**
 * The clarity rule's figures (clarity-rule.ts): the blurrier direction, the edge width against
 * the mild blur, and which measure decided. Thresholds are those stored with the result; results
 * stored before they were fall back to the current configuration.
 */
function readClarity(rule: TStoredRule | undefined): TPhotoEvidence['clarity'] {
  const details = rule?.details
  const horizontal = details?.blurEffectHorizontal
  const vertical = details?.blurEffectVertical
  if (typeof horizontal !== 'number' || typeof vertical !== 'number') return null
  const config = PHOTO_CHECK_CONFIG.clarity
  const stored = readRecord(details?.thresholds)
  const threshold = (key: string, fallback: number) => (typeof stored[key] === 'number' ? (stored[key] as number) : fallback)
  const decidedBy = details?.decidedBy
  return {
    blur: Math.max(horizontal, vertical),
    blurReview: threshold('blurEffectReview', config.blurEffectReview),
    blurFail: threshold('blurEffectFail', config.blurEffectFail),
    detail: typeof details?.laplacianVariance === 'number' ? details.laplacianVariance : null,
    detailFail: threshold('laplacianFail', config.laplacianFail),
    relativeBlur: typeof details?.relativeBlur === 'number' ? details.relativeBlur : null,
    relativeBlurReview: threshold('relativeBlurReview', config.mildBlurReviewShare),
    extraBlurPx: typeof details?.extraBlurPx === 'number' ? details.extraBlurPx : null,
    status: readStatus(rule?.status),
    decidedBy: decidedBy === 'blur_effect' || decidedBy === 'laplacian' || decidedBy === 'edge_width' || decidedBy === 'anisotropy' ? decidedBy : null,
  }
}

/** The exposure rule's figures (exposure-rule.ts), with the thresholds stored beside them when there are. */
function readExposure(rule: TStoredRule | undefined): TPhotoEvidence['exposure'] {
  const details = rule?.details
  if (typeof details?.meanLuminance !== 'number') return null
  const config = PHOTO_CHECK_CONFIG.exposure
  const stored = readRecord(details.thresholds)
  const threshold = (key: string, fallback: number) => (typeof stored[key] === 'number' ? (stored[key] as number) : fallback)
  const decidedBy = details.decidedBy
  return {
    mean: details.meanLuminance,
    darkBelow: threshold('darkMean', config.darkMean),
    brightAbove: threshold('brightMean', config.brightMean),
    clippedShare: typeof details.clippedBrightShare === 'number' ? details.clippedBrightShare : null,
    clippedFail: threshold('brightClippedShare', config.brightClippedShare),
    p95: typeof details.p95 === 'number' ? details.p95 : null,
    blackBelow: threshold('blackP95', config.blackP95),
    decidedBy:
      decidedBy === 'dark_mean_and_highlights' || decidedBy === 'no_highlights' || decidedBy === 'bright_mean' || decidedBy === 'clipped_share' ? decidedBy : null,
  }
}

function readStatus(value: unknown): 'pass' | 'review' | 'fail' | 'skip' | null {
  return value === 'pass' || value === 'review' || value === 'fail' || value === 'skip' ? value : null
}

function readRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}

function isStoredRule(value: unknown): value is TStoredRule {
  return typeof value === 'object' && value !== null && typeof (value as { rule?: unknown }).rule === 'string'
}

function readList(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null) : []
}

function readFrame(value: unknown): TFrame | null {
  if (typeof value !== 'object' || value === null) return null
  const { width, height } = value as Record<string, unknown>
  return typeof width === 'number' && typeof height === 'number' && width > 0 && height > 0 ? { width, height } : null
}

/** The colour working copy of a photo of this size (long side capped, never enlarged). */
function workingCopyOf(original: TFrame): TFrame {
  const scale = Math.min(1, PHOTO_CHECK_CONFIG.working.colourLongSide / Math.max(original.width, original.height))
  return { width: Math.round(original.width * scale), height: Math.round(original.height * scale) }
}

/** A pixel box as shares of the frame, clipped to the picture; nothing when it is not a box. */
function toShare(value: unknown, frame: TFrame): TEvidenceBox[] {
  if (typeof value !== 'object' || value === null) return []
  const { x, y, w, h } = value as Record<string, unknown>
  if (typeof x !== 'number' || typeof y !== 'number' || typeof w !== 'number' || typeof h !== 'number') return []
  const left = clamp(x / frame.width)
  const top = clamp(y / frame.height)
  const right = clamp((x + w) / frame.width)
  const bottom = clamp((y + h) / frame.height)
  if (right <= left || bottom <= top) return []
  return [{ x: round(left), y: round(top), w: round(right - left), h: round(bottom - top) }]
}

function clamp(value: number): number {
  return Math.min(1, Math.max(0, value))
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000
}
