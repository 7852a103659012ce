import { exposureStats } from '../clarity/measures'
import type { TPhotoCheckConfig } from '../config'
import type { TGreyImage, TRuleResult } from '../types'

/** 画面整洁 also means seeing it: too dark (night, indoor without light) or blown out fails. */
export function checkExposure(grey: TGreyImage, config: TPhotoCheckConfig['exposure']): TRuleResult {
  const stats = exposureStats(grey)
  const details = {
    meanLuminance: Math.round(stats.mean * 10) / 10,
    p05: stats.p05,
    p50: stats.p50,
    p95: stats.p95,
    clippedBrightShare: Math.round(stats.clippedBright * 1000) / 1000,
  }
  const score = Math.round(Math.min(1, stats.mean / 80, (255 - stats.mean) / 80) * 1000) / 1000
  if ((stats.mean < config.darkMean && stats.p95 < config.darkP95) || stats.p95 < config.blackP95) {
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
  if (stats.mean > config.brightMean || stats.clippedBright > config.brightClippedShare) {
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
