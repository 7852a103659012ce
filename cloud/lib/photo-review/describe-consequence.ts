import type { TSubmissionStatus } from '../../../types/api/common'

type TConsequenceInput = {
  checkerVerdict: 'needs_review' | 'failed' | 'error'
  /** The unit has handed this photo in with its photo return. */
  handedIn: boolean
  returnStatus: TSubmissionStatus | null
}

/**
 * What 通过 and 不通过 change for the unit, in the reviewer's words. The checker's rules (20 people,
 * the banner, clarity) decide first; the reviewer overrides them, so the reviewer is told whose
 * photo return a decision touches — above all for photos the unit has already handed in.
 */
export function describeConsequence(input: TConsequenceInput): { ifPassed: string; ifFailed: string } {
  const inReturn = input.handedIn && (input.returnStatus === 'submitted' || input.returnStatus === 'accepted')
  if (inReturn) {
    return {
      ifPassed: '该单位已提交这张照片：通过后它计入已提交的合格照片，单位无需再做什么。',
      ifFailed: '该单位已提交这张照片：不通过后它不再算合格照片，单位会看到你写的原因；如需单位补交，请在报送情况中退回该单位的照片。',
    }
  }
  if (input.checkerVerdict === 'failed') {
    return {
      ifPassed: '推翻自动检查的“不合格”：照片算合格，单位可以提交它。',
      ifFailed: '维持不合格：单位会看到你写的原因，需要重新拍摄。',
    }
  }
  return {
    ifPassed: '照片算合格，单位可以把它随本单位照片提交。',
    ifFailed: '照片算不合格，单位不能提交它，会看到你写的原因并重新拍摄。',
  }
}
