import { coarseBlur, edgeSpread, PIXEL_SHARP_SIGMA } from '../clarity/edge-spread'
import { blurEffect, gradientAnisotropy, laplacianVariance, normaliseContrast } from '../clarity/measures'
import type { TPhotoCheckConfig } from '../config'
import type { TGreyImage, TRgbImage, TRuleResult } from '../types'

const HINT = '请对准人群对焦后再按快门，拍摄时握稳手机（可双手持机或倚靠固定物），不要在移动中拍摄。'
const MILD_HINT = '如有条件请重新拍摄：先点按屏幕上的人群对焦，等画面清楚后再按快门，握稳手机；也可以等工作人员确认。'

/** Which measure decided the clarity status; null when the photo is clear by every measure. */
export type TClarityDecider = 'blur_effect' | 'laplacian' | 'edge_width' | 'anisotropy' | null

/**
 * 画面清晰: four measures, because each misses a kind of blur.
 * - Fail (blurred): the directional blur effect sees strong blur, soft focus and camera shake
 *   alike; the Laplacian variance backs it up on strong blur. Both on the 1024-px grey copy,
 *   where a strong blur is plain at any photo size.
 * - Review (mild_blur): the width of the sharpest edges at the photo's own resolution, relative to
 *   its long side — a mild blur is only visible there; the blur effect's review band and the
 *   gradient anisotropy flag a shake the edge widths rate as sharp.
 * The details keep every figure, its threshold and which one decided, for the reviewer and the unit.
 */
export function checkClarity(photo: { grey: TGreyImage; colour: TRgbImage; width: number; height: number }, config: TPhotoCheckConfig['clarity']): TRuleResult {
  const normalised = normaliseContrast(photo.grey)
  const effect = blurEffect(normalised)
  const blur = Math.max(effect.horizontal, effect.vertical)
  const laplacian = laplacianVariance(normalised)
  const anisotropy = gradientAnisotropy(normalised).ratio
  const edges = edgeSpread(photo.colour)
  const mild = relativeBlur(edges.sharpest, edges.longSide, config)

  const { status, decidedBy } = decide(blur, laplacian, anisotropy, mild, config)
  // How wide a strong blur is, in the original photo's pixels (the people boxes' unit), in its
  // blurrier direction: whether faces of a given size can still be found in it (check-photo.ts).
  const coarse = status === 'fail' ? coarseBlur(photo.grey) : null
  const toOriginal = Math.max(photo.width, photo.height) / Math.max(photo.grey.width, photo.grey.height)
  const details = {
    blurEffectHorizontal: round(effect.horizontal),
    blurEffectVertical: round(effect.vertical),
    laplacianVariance: round(laplacian),
    gradientAnisotropy: round(anisotropy),
    /** Width σ (px) of the sharpest tenth of the strong edges, at the measured size; the median for the record. */
    edgeWidthPx: edges.sharpest,
    edgeWidthMedianPx: edges.median,
    edgeWidthAlongXPx: edges.sharpestAlongX,
    edgeWidthAlongYPx: edges.sharpestAlongY,
    edgesMeasured: edges.edges,
    measuredLongSide: edges.longSide,
    /** Blur beyond a pixel-sharp step (px), and as a share of the mild blur for this size (1 = the mild blur σ = long side / 800). */
    extraBlurPx: mild?.extraPx ?? null,
    blurWidthOriginalPx: coarse ? round(Math.max(coarse.sigmaAlongX, coarse.sigmaAlongY) * toOriginal) : null,
    relativeBlur: mild?.share ?? null,
    thresholds: {
      blurEffectFail: config.blurEffectFail,
      blurEffectReview: config.blurEffectReview,
      laplacianFail: config.laplacianFail,
      anisotropyReview: config.anisotropyReview,
      relativeBlurReview: config.mildBlurReviewShare,
      minExtraBlurPx: config.minExtraBlurPx,
    },
    decidedBy,
  }
  const score = round(Math.max(0, Math.min(1, (config.blurEffectFail - blur) / (config.blurEffectFail - 0.25))))
  if (status === 'fail') {
    // Shake blurs one direction much more than the other.
    const shaken = Math.abs(effect.horizontal - effect.vertical) > 0.15
    const message = shaken ? '照片有明显的拍摄抖动，人物和横幅都是拖影。' : '照片模糊（没有对准焦点或镜头不干净），看不清人物和横幅。'
    return { rule: 'clarity', status: 'fail', score, reason: 'blurred', message, hint: HINT, details }
  }
  if (status === 'review') {
    const message =
      decidedBy === 'anisotropy'
        ? '照片可能有轻微抖动，细节略有拖影，将由工作人员确认。'
        : '照片有些模糊（轻微失焦或抖动），人物和横幅尚可辨认，将由工作人员确认。'
    return { rule: 'clarity', status: 'review', score, reason: 'mild_blur', message, hint: MILD_HINT, details }
  }
  return { rule: 'clarity', status: 'pass', score, message: '画面清晰。', details }
}

/**
 * The blur beyond a pixel-sharp step, σx = √(σ² − σ0²), in pixels and as a share of the mild
 * blur for a photo of this long side. Null when there were too few clean steps to measure.
 */
export function relativeBlur(
  sharpestSigma: number | null,
  longSide: number,
  config: Pick<TPhotoCheckConfig['clarity'], 'mildBlurSigmaPerLongSide'>,
): { extraPx: number; share: number } | null {
  if (sharpestSigma === null) return null
  const extraPx = Math.sqrt(Math.max(0, sharpestSigma * sharpestSigma - PIXEL_SHARP_SIGMA * PIXEL_SHARP_SIGMA))
  return { extraPx: round(extraPx), share: round(extraPx / (longSide * config.mildBlurSigmaPerLongSide)) }
}

function decide(
  blur: number,
  laplacian: number,
  anisotropy: number,
  mild: { extraPx: number; share: number } | null,
  config: TPhotoCheckConfig['clarity'],
): { status: 'pass' | 'review' | 'fail'; decidedBy: TClarityDecider } {
  if (blur >= config.blurEffectFail) return { status: 'fail', decidedBy: 'blur_effect' }
  if (laplacian < config.laplacianFail) return { status: 'fail', decidedBy: 'laplacian' }
  if (mild && mild.share >= config.mildBlurReviewShare && mild.extraPx >= config.minExtraBlurPx) return { status: 'review', decidedBy: 'edge_width' }
  if (blur >= config.blurEffectReview) return { status: 'review', decidedBy: 'blur_effect' }
  if (anisotropy < config.anisotropyReview) return { status: 'review', decidedBy: 'anisotropy' }
  return { status: 'pass', decidedBy: null }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
