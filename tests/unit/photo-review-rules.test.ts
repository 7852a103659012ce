import { describeConsequence } from '../../cloud/lib/photo-review/describe-consequence'
import { buildEvidence } from '../../cloud/lib/photos/photo-evidence'
import { suggestReasons } from '../../src/features/photo-review/describe-review'
import { describeEvidence } from '../../src/features/photos/describe-evidence'
import { describeReview } from '../../src/features/photos/describe-photo'
import type { TPhotoReviewItem } from '../../types/api/photo-review'
import type { TPhoto, TPhotoRule } from '../../types/api/photos'

describe('what a review decision changes (describeConsequence)', () => {
  it('warns about photos the unit has already handed in, whatever the checker said', () => {
    for (const checkerVerdict of ['needs_review', 'failed', 'error'] as const) {
      const words = describeConsequence({ checkerVerdict, handedIn: true, returnStatus: 'submitted' })
      expect(words.ifFailed).toMatch(/^该单位已提交这张照片：不通过后它不再算合格照片/)
      expect(words.ifPassed).toMatch(/^该单位已提交这张照片：通过后它计入/)
    }
  })
  it('says an override of 不合格 is one, and what a 待复核 decision does', () => {
    expect(describeConsequence({ checkerVerdict: 'failed', handedIn: false, returnStatus: null }).ifPassed).toContain('推翻')
    expect(describeConsequence({ checkerVerdict: 'failed', handedIn: false, returnStatus: null }).ifFailed).toContain('维持不合格')
    const review = describeConsequence({ checkerVerdict: 'needs_review', handedIn: false, returnStatus: 'draft' })
    expect(review.ifPassed).toContain('可以把它随本单位照片提交')
    expect(review.ifFailed).toContain('不能提交')
    // Handed in once but the return withdrawn since: not in a return any more.
    expect(describeConsequence({ checkerVerdict: 'needs_review', handedIn: true, returnStatus: 'draft' })).toEqual(review)
  })
})

describe('clarity and exposure figures in the evidence', () => {
  const rules = [
    { rule: 'clarity', details: { blurEffectHorizontal: 0.61, blurEffectVertical: 0.42, laplacianVariance: 18.2 } },
    { rule: 'exposure', details: { meanLuminance: 24.6, clippedBrightShare: 0.1 } },
  ]
  it('reads the blurrier direction and the mean luminance against the configured limits', () => {
    const evidence = buildEvidence(rules, { width: 1200, height: 900 })!
    expect(evidence.people).toBeNull()
    // Stored before the rules kept their thresholds, status and deciding measure: today's limits.
    expect(evidence.clarity).toMatchObject({ blur: 0.61, blurReview: 0.5, blurFail: 0.65, detail: 18.2, detailFail: 25, relativeBlur: null, status: null, decidedBy: null })
    expect(evidence.exposure).toMatchObject({ mean: 24.6, darkBelow: 35, brightAbove: 235, clippedShare: 0.1, clippedFail: 0.45, decidedBy: null })
    expect(describeEvidence(evidence)).toEqual([
      '清晰度：模糊度 0.61（0 最清晰、1 最模糊，0.5 起由人确认，0.65 起判为模糊）——略有模糊，由工作人员确认。',
      '亮度：平均亮度 25（0 全黑、255 全白，约 35 以下太暗、235 以上过亮），10% 的画面过曝发白。',
    ])
  })
  it('has none for results stored without them', () => {
    expect(buildEvidence([{ rule: 'clarity', details: {} }], { width: 10, height: 10 })).toBeNull()
  })
})

describe('the unit reads the organiser’s decision', () => {
  it.each([
    ['failed', true, '横幅被遮挡', '组织方复核为不合格：横幅被遮挡'],
    ['passed', true, null, '组织方复核为合格'],
    ['needs_review', false, null, null],
  ] as const)('%s reviewed=%s', (status, reviewed, note, words) => {
    expect(describeReview({ ...fakePhoto(), status, reviewed, reviewNote: note })).toBe(words)
  })
})

describe('reasons offered for 不通过', () => {
  it('puts what the checker flagged first, without repeats', () => {
    const rule = (name: TPhotoRule['rule'], status: TPhotoRule['status']): TPhotoRule => ({ rule: name, status, score: null, message: '' })
    const item: TPhotoReviewItem = {
      photo: { ...fakePhoto(), rules: [rule('people', 'review'), rule('clarity', 'pass'), rule('capture_date', 'review')] },
      checkerVerdict: 'needs_review',
      review: null,
      unit: { id: '00000000-0000-4000-8000-000000000002', name: '单位', districtId: null, districtName: null },
      activity: null,
      handedIn: false,
      returnStatus: null,
      ifPassed: '',
      ifFailed: '',
    }
    const reasons = suggestReasons([item])
    expect(reasons.slice(0, 2)).toEqual(['合影人数不足 20 人', '拍摄日期不在活动期间'])
    expect(new Set(reasons).size).toBe(reasons.length)
    expect(reasons.length).toBeLessThanOrEqual(7)
  })
})

function fakePhoto(): TPhoto {
  return {
    id: '00000000-0000-4000-8000-000000000001', activityId: null, unitName: '单位', url: 'http://x', byteSize: 1, width: 10, height: 10,
    createdAt: '2030-03-05T10:00:00+08:00', status: 'needs_review', rules: [], peopleCount: null, bannerText: null, checkedAt: null,
    reviewed: false, reviewNote: null, reviewedAt: null, evidence: null, handedInAt: null,
  }
}
