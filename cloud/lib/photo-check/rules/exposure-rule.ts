import { exposureStats } from '../clarity/measures'
import type { TPhotoCheckConfig } from '../config'
import type { TGreyImage, TRuleResult } from '../types'

/** Which test decided the exposure status; null when the brightness is fine. */
export type TExposureDecider = 'dark_mean_and_highlights' | 'no_highlights' | 'bright_mean' | 'clipped_share' | null

/**
 * 画面整洁 also means seeing it: too dark (night, indoor without light) or blown out fails. The
 * details keep the figures, the thresholds they were compared with and which test decided.
 */
export function checkExposure(grey: TGreyImage, config: TPhotoCheckConfig['exposure']): TRuleResult {
  const stats = exposureStats(grey)
  const decidedBy: TExposureDecider =
    stats.mean < config.darkMean && stats.p95 < config.darkP95
      ? 'dark_mean_and_highlights'
      : stats.p95 < config.blackP95
        ? 'no_highlights'
        : stats.mean > config.brightMean
          ? 'bright_mean'
          : stats.clippedBright > config.brightClippedShare
            ? 'clipped_share'
            : null
  const details = {
    meanLuminance: Math.round(stats.mean * 10) / 10,
    p05: stats.p05,
    p50: stats.p50,
    p95: stats.p95,
    clippedBrightShare: Math.round(stats.clippedBright * 1000) / 1000,
    thresholds: {
      darkMean: config.darkMean,
      darkP95: config.darkP95,
      blackP95: config.blackP95,
      brightMean: config.brightMean,
      brightClippedShare: config.brightClippedShare,
    },
    decidedBy,
  }
  const score = Math.round(Math.min(1, stats.mean / 80, (255 - stats.mean) / 80) * 1000) / 1000
  if (decidedBy === 'dark_mean_and_highlights' || decidedBy === 'no_highlights') {
    return {
      rule: 'exposure',
      status: 'fail',
      score,
      reason: 'too_dark',
      message: '照片太暗，看不清人物和横幅。',
      hint: '请在光线充足的地方拍摄，室内请打开照明，或打开手机闪光灯；不要逆光拍摄。',
      details,
    }
  }
  if (decidedBy === 'bright_mean' || decidedBy === 'clipped_share') {
    return {
      rule: 'exposure',
      status: 'fail',
      score,
      reason: 'too_bright',
      message: '照片过亮（曝光过度），画面大片发白。',
      hint: '请避开强光直射，不要对着太阳或强光源拍摄，可在手机上点按人群调低曝光。',
      details,
    }
  }
  return { rule: 'exposure', status: 'pass', score, message: '亮度正常。', details }
}
