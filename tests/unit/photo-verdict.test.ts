import { judgeCountOnUnreadable } from '../../cloud/lib/photo-check/clarity/count-on-unreadable'
import { PHOTO_CHECK_CONFIG } from '../../cloud/lib/photo-check/config'
import { currentReasonCode } from '../../cloud/lib/photo-check/reason-codes'
import type { TRuleResult } from '../../cloud/lib/photo-check/types'
import { decideVerdict } from '../../cloud/lib/photo-check/verdict'
import { buildEvidence } from '../../cloud/lib/photos/photo-evidence'
import { describeEvidence } from '../../src/features/photos/describe-evidence'

const rule = (r: Partial<TRuleResult> & Pick<TRuleResult, 'rule' | 'status'>): TRuleResult => ({ score: null, message: '', ...r })
const clear = rule({ rule: 'clarity', status: 'pass' })
const lit = rule({ rule: 'exposure', status: 'pass' })
const blurred = (blurWidthOriginalPx: number | null) => rule({ rule: 'clarity', status: 'fail', reason: 'blurred', details: { blurWidthOriginalPx } })
const dark = rule({ rule: 'exposure', status: 'fail', reason: 'too_dark' })
const people = (count: number, medianFaceSide: number, status: TRuleResult['status'] = 'fail') =>
  rule({
    rule: 'people',
    status,
    reason: status === 'fail' ? 'too_few_people' : status === 'review' ? 'people_count_near_threshold' : undefined,
    details: { count, tolerance: 1, medianFaceSide },
  })
const judge = (p: TRuleResult, c: TRuleResult, e: TRuleResult) => judgeCountOnUnreadable(p, c, e, PHOTO_CHECK_CONFIG.clarity, 20)

describe('verdict', () => {
  it('fails on any failure and then lists only the failing reasons (a review reason on a failed photo is not reported)', () => {
    const decision = decideVerdict([blurred(8), rule({ rule: 'people', status: 'review', reason: 'people_count_near_threshold' }), rule({ rule: 'theme_banner', status: 'pass' })])
    expect(decision).toEqual({ verdict: 'failed', reasons: ['blurred'], warnings: [] })
  })
  it('sends mild blur to review with its code', () => {
    const mild = rule({ rule: 'clarity', status: 'review', reason: 'mild_blur' })
    expect(decideVerdict([mild, lit, people(25, 40, 'pass')])).toEqual({ verdict: 'needs_review', reasons: ['mild_blur'], warnings: [] })
  })
  it('reads results stored under the old code as mild_blur', () => {
    expect(currentReasonCode('clarity_borderline')).toBe('mild_blur')
    expect(currentReasonCode('blurred')).toBe('blurred')
    expect(currentReasonCode(undefined)).toBeUndefined()
  })
})

describe('people counted on an unreadable photo', () => {
  it('leaves a readable photo’s count alone', () => {
    const few = people(6, 120)
    expect(judge(few, clear, lit)).toBe(few)
  })
  it('keeps too_few_people when big faces were found in a blur far narrower than they are', () => {
    // 6 faces of 120 px in a blur 8 px wide: faces half that size would still be found.
    expect(judge(people(6, 120), blurred(8), lit)).toMatchObject({ status: 'fail', reason: 'too_few_people', details: { countTrust: { trusted: true } } })
  })
  it('keeps too_few_people but says the count is only what could be seen when no face was found, or faces are small against the blur', () => {
    for (const [count, face, width] of [
      [0, 0, 9],
      [5, 40, 9],
    ] as const) {
      const judged = judge(people(count, face), blurred(width), lit)
      expect(judged).toMatchObject({ status: 'fail', reason: 'too_few_people', details: { countTrust: { trusted: false } } })
      expect(judged.message).toContain('无法确认达到 20 人')
      expect(decideVerdict([blurred(width), judged]).reasons).toEqual(['blurred', 'too_few_people'])
    }
  })
  it('on a dark photo, trusts a count that stays too few even with a third of the faces hidden', () => {
    expect(judge(people(12, 48), clear, dark)).toMatchObject({ status: 'fail', reason: 'too_few_people' })
    // 18 found in the dark may be 20 or more in the light: the reason stays, the words say so.
    const judged = judge(people(18, 57), clear, dark)
    expect(judged).toMatchObject({ status: 'fail', reason: 'too_few_people', details: { countTrust: { trusted: false } } })
    expect(judged.message).toContain('只认出约 18 人')
  })
  it('turns a near-threshold count on an unreadable photo into "could not be counted"', () => {
    expect(judge(people(20, 50, 'review'), clear, dark)).toMatchObject({ status: 'skip', reason: undefined })
  })
  it('keeps a passing count: at or above the minimum, a lower bound suffices', () => {
    const enough = people(30, 30, 'pass')
    expect(judge(enough, blurred(9), dark)).toBe(enough)
  })
})

describe('clarity evidence in words', () => {
  const thresholds = { blurEffectFail: 0.65, blurEffectReview: 0.5, laplacianFail: 25, anisotropyReview: 0.3, relativeBlurReview: 0.7, minExtraBlurPx: 0.6 }
  const clarity = (status: string, decidedBy: string | null, extra: Record<string, unknown> = {}) => ({
    rule: 'clarity',
    status,
    details: { blurEffectHorizontal: 0.44, blurEffectVertical: 0.41, laplacianVariance: 90, relativeBlur: 0.86, extraBlurPx: 1.4, thresholds, decidedBy, ...extra },
  })
  it('names the edge width against the mild blur when it decided', () => {
    const evidence = buildEvidence([clarity('review', 'edge_width')], { width: 1600, height: 1200 })!
    expect(evidence.clarity).toMatchObject({ relativeBlur: 0.86, relativeBlurReview: 0.7, status: 'review', decidedBy: 'edge_width' })
    expect(describeEvidence(evidence)).toEqual(['清晰度：最清晰处的边缘虚化约 1.4 像素，相当于“轻微模糊”的 86%（70% 起由人确认）——略有模糊，由工作人员确认。'])
  })
  it('names the blur degree when it failed the photo, and both figures when clear', () => {
    const failed = buildEvidence([clarity('fail', 'blur_effect', { blurEffectHorizontal: 0.74 })], { width: 10, height: 10 })!
    expect(describeEvidence(failed)[0]).toBe('清晰度：模糊度 0.74（0 最清晰、1 最模糊，0.5 起由人确认，0.65 起判为模糊）——判为模糊。')
    const sharp = buildEvidence([clarity('pass', null, { relativeBlur: 0.2, extraBlurPx: 0.4 })], { width: 10, height: 10 })!
    expect(describeEvidence(sharp)[0]).toMatch(/^清晰度：模糊度 0\.44.*相当于“轻微模糊”的 20%.*——清晰。$/)
  })
  it('says which exposure test found a photo too dark', () => {
    const evidence = buildEvidence(
      [{ rule: 'exposure', status: 'fail', details: { meanLuminance: 40, p95: 52, clippedBrightShare: 0, thresholds: { darkMean: 35, blackP95: 60, brightMean: 235, brightClippedShare: 0.45 }, decidedBy: 'no_highlights' } }],
      { width: 10, height: 10 },
    )!
    expect(describeEvidence(evidence)[0]).toBe('亮度：平均亮度 40（0 全黑、255 全白，约 35 以下太暗、235 以上过亮）；最亮的 5% 画面亮度只有 52（低于 60 即几乎没有照亮的地方）——判为太暗。')
  })
})
