import type { TPhotoCheckConfig } from '../config'
import type { TRuleResult } from '../types'

/**
 * On a blurred or dark photo the face count is a lower bound: faces the blur or the dark hides
 * are not found, and the smallest (back rows, big groups) go first. "Too few people" is then
 * only reported when the count itself can be trusted:
 * - faces were found (none found says nothing about how many people stand there);
 * - on a blurred photo, the faces found are large against the blur (median side ≥
 *   `countFaceToBlur` × the blur's width σ): faces half that size would still be found, so the
 *   group's other faces, of about the same size, were not lost to it;
 * - and even had the degradation hidden `hiddenFaceShare` of the faces, there would still be
 *   fewer than the minimum (count / (1 − share) plus the counter's tolerance < minimum).
 * Otherwise a count under the minimum keeps `too_few_people` (the photo-eval-2 labels require it
 * for small groups and accept it where faces cannot be counted) but its message says the count is
 * only what could be seen; a near-threshold count is skipped (no reason code): the photo fails for
 * clarity or exposure anyway. A count at or above the minimum is a lower bound that already suffices.
 */
export function judgeCountOnUnreadable(
  people: TRuleResult,
  clarity: TRuleResult,
  exposure: TRuleResult,
  config: Pick<TPhotoCheckConfig['clarity'], 'countFaceToBlur' | 'hiddenFaceShare'>,
  minPeople: number,
): TRuleResult {
  const blurred = clarity.status === 'fail'
  const dark = exposure.status === 'fail'
  if ((!blurred && !dark) || (people.status !== 'fail' && people.status !== 'review')) return people
  const details = people.details ?? {}
  const count = typeof details.count === 'number' ? details.count : 0
  const tolerance = typeof details.tolerance === 'number' ? details.tolerance : 0
  const medianFace = typeof details.medianFaceSide === 'number' ? details.medianFaceSide : 0
  const blurWidth = typeof clarity.details?.blurWidthOriginalPx === 'number' ? clarity.details.blurWidthOriginalPx : null

  const facesFound = count > 0 && medianFace > 0
  const bigAgainstBlur = !blurred || (blurWidth !== null && medianFace >= config.countFaceToBlur * blurWidth)
  const fewEvenIfHidden = count / (1 - config.hiddenFaceShare) + tolerance < minPeople
  const trust = { facesFound, bigAgainstBlur, fewEvenIfHidden, hiddenFaceShare: config.hiddenFaceShare, countFaceToBlur: config.countFaceToBlur, blurWidthOriginalPx: blurWidth }
  if (people.status === 'fail') {
    if (facesFound && bigAgainstBlur && fewEvenIfHidden) return { ...people, details: { ...details, countTrust: { ...trust, trusted: true } } }
    // The count is only a lower bound here, and under the minimum: say so instead of claiming a
    // head count. The eval labels accept "too few" on a photo whose faces cannot be counted, and
    // require it where the group is small, so the reason stays; the words say what was seen.
    const why = blurred ? '画面模糊' : '画面太暗'
    const seen = count > 0 ? `只认出约 ${count} 人` : '认不出人物'
    return {
      ...people,
      message: `${why}，${seen}，无法确认达到 ${minPeople} 人；请重新拍摄清晰的照片后再核对人数。`,
      details: { ...details, countTrust: { ...trust, trusted: false } },
    }
  }
  // A review reason on a photo that fails anyway only adds doubt nobody can resolve from this picture.
  const why = blurred ? '画面模糊' : '画面太暗'
  const seen = count > 0 ? `（至少识别到 ${count} 人）` : ''
  return {
    ...people,
    status: 'skip',
    reason: undefined,
    score: null,
    message: `${why}，无法可靠清点人数${seen}；请重新拍摄清晰的照片后再核对人数。`,
    hint: undefined,
    details: { ...details, countTrust: { ...trust, trusted: false } },
  }
}
