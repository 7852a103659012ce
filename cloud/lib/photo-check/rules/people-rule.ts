import type { TPhotoCheckConfig } from '../config'
import { findFaces } from '../people/find-faces'
import type { TMergedFace } from '../people/merge-views'
import type { FaceDetector } from '../people/ssd-face-detector'
import type { TRgbImage, TRuleResult } from '../types'

export type TPeopleResult = { rule: TRuleResult; faces: TMergedFace[] }

/**
 * The counter's band, count ± max(1, share × count), against the minimum: wholly under it fails,
 * straddling it goes to a person, wholly at or above it passes (the eval labels' own rule).
 */
export function peopleBand(count: number, config: Pick<TPhotoCheckConfig['people'], 'countToleranceShare' | 'minPeople'>): { tolerance: number; status: 'pass' | 'review' | 'fail' } {
  const tolerance = Math.max(1, config.countToleranceShare * count)
  if (count + tolerance < config.minPeople) return { tolerance, status: 'fail' }
  if (count - tolerance < config.minPeople) return { tolerance, status: 'review' }
  return { tolerance, status: 'pass' }
}

/**
 * 20 人以上: count faces (tiled detection). The counter is not exact, so a count whose band
 * (± max(1, 5 %)) straddles the minimum goes to a person instead of passing or failing.
 */
export async function checkPeople(colour: TRgbImage, detector: FaceDetector, scaleToOriginal: number, config: TPhotoCheckConfig['people']): Promise<TPeopleResult> {
  const found = await findFaces(colour, detector, config)
  const count = found.faces.length
  const { tolerance, status } = peopleBand(count, config)
  const min = config.minPeople
  const details = {
    count,
    tolerance: Math.round(tolerance * 10) / 10,
    passes: found.passes,
    medianFaceSide: Math.round(found.medianFaceSide * scaleToOriginal),
    // Boxes are in the original (upright) photo's pixels: the frame lets them be drawn on any copy.
    frame: { width: Math.round(colour.width * scaleToOriginal), height: Math.round(colour.height * scaleToOriginal) },
    boxes: found.faces.map((f) => ({
      x: Math.round(f.x * scaleToOriginal),
      y: Math.round(f.y * scaleToOriginal),
      w: Math.round(f.w * scaleToOriginal),
      h: Math.round(f.h * scaleToOriginal),
      score: Math.round(f.score * 100) / 100,
      // Which detector found it, and in how many of the passes that could see it (the count's evidence).
      detectors: ['ssd-mobilenetv1'],
      views: `${f.foundBy}/${f.seenBy}`,
    })),
  }
  const score = Math.round(Math.min(1, count / min) * 1000) / 1000
  if (status === 'fail') {
    return {
      faces: found.faces,
      rule: {
        rule: 'people',
        status: 'fail',
        score,
        reason: 'too_few_people',
        message: `照片中约有 ${count} 人，少于要求的 ${min} 人。`,
        hint: `请让参加活动的 ${min} 名以上志愿者和群众一起入镜，面向镜头、不要互相遮挡。`,
        details,
      },
    }
  }
  if (status === 'review') {
    return {
      faces: found.faces,
      rule: {
        rule: 'people',
        status: 'review',
        score,
        reason: 'people_count_near_threshold',
        message: `照片中约有 ${count} 人，接近 ${min} 人的要求，将由工作人员核对人数。`,
        hint: `可以请更多参加者入镜，确保画面中明显多于 ${min} 人。`,
        details,
      },
    }
  }
  return { faces: found.faces, rule: { rule: 'people', status: 'pass', score, message: `照片中约有 ${count} 人，达到 ${min} 人以上的要求。`, details } }
}
