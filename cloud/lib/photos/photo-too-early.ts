import { AppError } from '../errors/app-error'
import { shanghaiMonthDayTime } from '../time/shanghai'

/**
 * Photos are taken at the activity: before it starts, no photo can be this activity's (it used to
 * be marked 合格 months ahead). Checked when the upload URL is asked for and again when it is recorded.
 */
export function refuseBeforeStart(activity: { startsAt: Date }, now: Date = new Date()): void {
  if (activity.startsAt.getTime() <= now.getTime()) return
  throw new AppError('photo_too_early', { userMessage: `活动还没有开始（${shanghaiMonthDayTime(activity.startsAt)} 开始），开始后再上传现场照片` })
}
