import type { TPhotoCheckConfig } from '../config'
import type { TFace } from '../people/ssd-face-detector'
import type { TBox, TRgbImage, TRuleResult } from '../types'

/**
 * 规范着志愿服装: the share of people whose torso (the region under the face) is mostly a vest
 * colour. Reported, and flagged when hardly anyone seems to wear one; it never fails a photo by
 * itself: vests come in colours we are not told, and jackets worn over them hide them.
 */
export function checkUniform(colour: TRgbImage, faces: TFace[], bannerBoxes: TBox[], config: TPhotoCheckConfig['uniform']): TRuleResult {
  if (faces.length === 0) return { rule: 'uniform', status: 'skip', score: null, message: '没有识别到人物，未检查志愿服装。' }
  // A red banner in front of people is not their vests: leave out the banner and its margin.
  const banners = bannerBoxes.map((b) => ({ x: b.x - b.h, y: b.y - b.h, w: b.w + 2 * b.h, h: b.h * 3 }))
  const shares = faces.map((face) => vestShare(colour, torsoOf(face), banners, config))
  const inVest = shares.filter((s) => s !== null && s >= config.personVestShare).length
  const measured = shares.filter((s) => s !== null).length
  const share = measured === 0 ? 0 : inVest / measured
  const details = { peopleMeasured: measured, peopleInVest: inVest, uniformShare: Math.round(share * 1000) / 1000 }
  if (measured > 0 && share >= config.minUniformShare) {
    return { rule: 'uniform', status: 'pass', score: details.uniformShare, message: `约 ${inVest} 人穿着志愿服装（马甲）。`, details }
  }
  return {
    rule: 'uniform',
    status: config.missingIsReview ? 'review' : 'warn',
    score: details.uniformShare,
    reason: 'no_uniform_seen',
    message: '照片中很少看到统一的志愿服装（红、橙、黄、蓝色马甲等）。',
    hint: '按通知要求，志愿者应规范穿着志愿服装参加活动，请在合影前穿好志愿者马甲。',
    details,
  }
}

function torsoOf(face: TBox): TBox {
  return { x: face.x - 0.5 * face.w, y: face.y + 1.4 * face.h, w: 2 * face.w, h: 1.6 * face.h }
}

function vestShare(image: TRgbImage, region: TBox, exclude: TBox[], config: TPhotoCheckConfig['uniform']): number | null {
  const x0 = Math.max(0, Math.round(region.x))
  const y0 = Math.max(0, Math.round(region.y))
  const x1 = Math.min(image.width, Math.round(region.x + region.w))
  const y1 = Math.min(image.height, Math.round(region.y + region.h))
  let total = 0
  let vest = 0
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      if (exclude.some((b) => x >= b.x && x < b.x + b.w && y >= b.y && y < b.y + b.h)) continue
      total++
      const i = (y * image.width + x) * 3
      if (isVestColour(image.data[i]!, image.data[i + 1]!, image.data[i + 2]!, config)) vest++
    }
  }
  // Too little of the torso in the picture (cut off at the bottom, behind the banner) to judge.
  return total < 0.25 * region.w * region.h ? null : vest / total
}

export function isVestColour(r: number, g: number, b: number, config: TPhotoCheckConfig['uniform']): boolean {
  const max = Math.max(r, g, b)
  const min = Math.min(r, g, b)
  const value = max / 255
  const saturation = max === 0 ? 0 : (max - min) / max
  if (value < config.minValue || saturation < config.minSaturation) return false
  const delta = max - min
  let hue: number
  if (max === r) hue = (60 * ((g - b) / delta) + 360) % 360
  else if (max === g) hue = 60 * ((b - r) / delta) + 120
  else hue = 60 * ((r - g) / delta) + 240
  return config.vestHues.some(([from, to]) => hue >= from && hue < to)
}
