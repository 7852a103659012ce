import type { TCaptureTime } from '../decode/read-capture-time'
import type { TPhotoContext, TRuleResult } from '../types'

/**
 * An EXIF capture day outside the activity's days goes to a person (status `review`).
 *
 * Verdict policy, and why it is `review` rather than the earlier warning: a warning left the
 * verdict 合格, so an old photo from another event passed as this activity's. It is not `fail`
 * either: phones with a wrong clock and photos edited and re-saved carry misleading dates, so the
 * organiser decides, and the unit reads why the photo waits for review.
 */
export function checkCaptureDate(captured: TCaptureTime | null, context: TPhotoContext): TRuleResult {
  if (!captured) return { rule: 'capture_date', status: 'skip', score: null, message: '照片没有拍摄时间信息。' }
  const days = context.activityDays ?? []
  const details = { capturedAt: captured.iso, capturedDay: captured.day, activityDays: days }
  if (days.length === 0) return { rule: 'capture_date', status: 'skip', score: null, message: `拍摄于 ${captured.day}。`, details }
  if (days.includes(captured.day)) return { rule: 'capture_date', status: 'pass', score: 1, message: `拍摄于 ${captured.day}，在活动日期内。`, details }
  return {
    rule: 'capture_date',
    status: 'review',
    score: 0,
    reason: 'capture_date_outside_activity',
    message: `照片拍摄于 ${captured.day}，不在活动日期（${days.join('、')}）内，将由工作人员确认是否为本次活动的照片。`,
    hint: '请提交本次活动现场拍摄的照片；如确为活动当天拍摄，请检查手机的日期设置。',
    details,
  }
}
