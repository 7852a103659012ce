import type { TPhotoReviewItem, TPhotoReviewQueueResponse, TReviewDecided, TReviewState } from '../../../types/api/photo-review'
import type { TPhotoRule } from '../../../types/api/photos'
import { toShanghai } from '../../shared/date'

/** The three tabs: what the checker sent to a person, what it failed, and what has been decided. */
export type TReviewTab = 'needs_review' | 'failed' | 'decided'

export const REVIEW_TABS: ReadonlyArray<{ key: TReviewTab; label: string }> = [
  { key: 'needs_review', label: '待复核' },
  { key: 'failed', label: '不合格' },
  { key: 'decided', label: '已复核' },
]

export function tabQuery(tab: TReviewTab): { state: TReviewState; review: TReviewDecided } {
  if (tab === 'decided') return { state: 'all', review: 'decided' }
  return { state: tab, review: 'pending' }
}

export function tabCount(tab: TReviewTab, counts: TPhotoReviewQueueResponse['counts']): number {
  return tab === 'needs_review' ? counts.needsReview : tab === 'failed' ? counts.failed : counts.decided
}

/** 待复核 · 无法检查 · 不合格 — what the checker said, before any review. */
export function describeCheckerVerdict(item: TPhotoReviewItem): { text: string; tone: 'review' | 'failed' | 'error' } {
  switch (item.checkerVerdict) {
    case 'needs_review':
      return { text: '自动检查：待复核', tone: 'review' }
    case 'error':
      return { text: '自动检查：无法完成', tone: 'error' }
    default:
      return { text: '自动检查：不合格', tone: 'failed' }
  }
}

/** 已通过 · 复核人 3月5日 14:20 — the decision so far, if any. */
export function describeDecision(item: TPhotoReviewItem): string | null {
  const review = item.review
  if (!review) return null
  const who = review.reviewerName ? `${review.reviewerName} ` : ''
  const verdict = review.verdict === 'passed' ? '已通过' : '不通过'
  return `${verdict}${review.note ? `：${review.note}` : ''}（${who}${monthDayTime(review.reviewedAt)}）`
}

/** The rules a person should look at: those that failed or asked for review, in the checker's words. */
export function flaggedRules(rules: TPhotoRule[]): TPhotoRule[] {
  return rules.filter((rule) => rule.status === 'fail' || rule.status === 'review' || rule.status === 'error')
}

const REASONS_BY_RULE: Partial<Record<TPhotoRule['rule'], string>> = {
  people: '合影人数不足 20 人',
  theme_banner: '看不到活动主题横幅，或横幅文字看不清',
  clarity: '照片模糊，看不清人物和横幅',
  exposure: '照片过暗或过亮，看不清画面',
  uniform: '志愿者未规范着志愿服装',
  reuse: '与已上传的照片重复',
  capture_date: '拍摄日期不在活动期间',
  format: '照片无法打开，请重新上传原图',
}

/**
 * Reasons to pick from for 不通过: first those the checker flagged on these photos, then the
 * notice's other requirements. The unit reads the reason, so it says what to retake.
 */
export function suggestReasons(items: TPhotoReviewItem[]): string[] {
  const flagged = items.flatMap((item) => flaggedRules(item.photo.rules).map((rule) => REASONS_BY_RULE[rule.rule]))
  const rest = ['合影人数不足 20 人', '看不到活动主题横幅，或横幅文字看不清', '照片模糊，看不清人物和横幅', '志愿者未规范着志愿服装', '现场脏乱或有不文明现象', '与活动内容无关']
  return [...new Set([...flagged, ...rest].filter((reason): reason is string => Boolean(reason)))].slice(0, 7)
}

/** 北区 · 北区甲单位 · 社区环境整治 */
export function describePlace(item: TPhotoReviewItem): string {
  return [item.unit.districtName, item.unit.name].filter(Boolean).join(' · ')
}

/** 3月5日 14:20 */
export function monthDayTime(value: string): string {
  const d = toShanghai(value)
  return `${d.month() + 1}月${d.date()}日 ${d.format('HH:mm')}`
}
