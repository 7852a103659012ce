import { blurEffect, gradientAnisotropy, laplacianVariance, normaliseContrast } from '../clarity/measures'
import type { TPhotoCheckConfig } from '../config'
import type { TGreyImage, TRuleResult } from '../types'

const HINT = '请对准人群对焦后再按快门，拍摄时握稳手机（可双手持机或倚靠固定物），不要在移动中拍摄。'

/**
 * 画面清晰: three measures, because each misses a kind of blur. The directional blur effect sees
 * soft focus and camera shake alike; the Laplacian variance backs it up on strong blur; the
 * gradient anisotropy flags shake that the others rate borderline.
 */
export function checkClarity(grey: TGreyImage, config: TPhotoCheckConfig['clarity']): TRuleResult {
  const normalised = normaliseContrast(grey)
  const effect = blurEffect(normalised)
  const blur = Math.max(effect.horizontal, effect.vertical)
  const laplacian = laplacianVariance(normalised)
  const anisotropy = gradientAnisotropy(normalised).ratio
  const details = {
    blurEffectHorizontal: round(effect.horizontal),
    blurEffectVertical: round(effect.vertical),
    laplacianVariance: round(laplacian),
    gradientAnisotropy: round(anisotropy),
  }
  const score = round(Math.max(0, Math.min(1, (config.blurEffectFail - blur) / (config.blurEffectFail - 0.25))))
  // Shake blurs one direction much more than the other.
  const shaken = Math.abs(effect.horizontal - effect.vertical) > 0.15
  if (blur >= config.blurEffectFail || laplacian < config.laplacianFail) {
    const message = shaken ? '照片有明显的拍摄抖动，人物和横幅都是拖影。' : '照片模糊（没有对准焦点或镜头不干净），看不清人物和横幅。'
    return { rule: 'clarity', status: 'fail', score, reason: 'blurred', message, hint: HINT, details }
  }
  if (blur >= config.blurEffectReview || anisotropy < config.anisotropyReview) {
    return { rule: 'clarity', status: 'review', score, reason: 'clarity_borderline', message: '照片清晰度一般，可能有轻微模糊或抖动，将由工作人员确认。', hint: HINT, details }
  }
  return { rule: 'clarity', status: 'pass', score, message: '画面清晰。', details }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
