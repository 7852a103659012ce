import { PHOTO_RULE_LABELS, type TPhotoRule } from '../../../types/api/photos'
import { shanghaiMonthDayTime } from '../time/shanghai'
import type { THandinCandidate } from './repository'
import { quoteName } from '../../../types/quote-name'

/**
 * Why a chosen photo cannot be handed in, naming it (activity and upload time) so the contact
 * finds it; null when it can. Passed photos go in; photos awaiting review go in and the organiser
 * decides; failed ones, unchecked ones and those of withdrawn activities do not.
 */
export function describeUnfit(photo: THandinCandidate): string | null {
  const name = `${quoteName(photo.activity_title ?? '活动', '“”')}${shanghaiMonthDayTime(photo.created_at)} 上传的照片`
  if (photo.activity_status === 'cancelled') return `${name}所属的活动已撤回，不能提交`
  switch (photo.verdict) {
    case 'passed':
    case 'needs_review':
      return null
    case 'failed':
      return `${name}不合格（${failedRules(photo.rules)}），不能提交，请重新拍摄`
    case 'error':
      return `${name}无法完成检查，不能提交，请重新上传`
    default:
      return `${name}还在检查中，请检查完成后再提交`
  }
}

function failedRules(rules: unknown): string {
  const failed = (Array.isArray(rules) ? (rules as TPhotoRule[]) : []).filter((r) => r.status === 'fail')
  const labels = failed.map((r) => PHOTO_RULE_LABELS[r.rule] ?? r.rule)
  return labels.length > 0 ? `${labels.join('、')}不符合要求` : '组织方复核为不合格'
}
