import dayjs from 'dayjs'
import type { TFieldIssue } from '../errors/app-error'
import { TIME_ZONE, shanghaiMinute } from '../time/shanghai'
import { CLOSES_AFTER_END_MS, OPENS_BEFORE_START_MS } from './checkin-window'

/** A phone clock a little ahead is not "the future". */
const CLOCK_SKEW_MS = 2 * 60 * 1000

export type TCorrectionTimes = { checkedInAt: Date; checkedOutAt: Date | null }
export type TActivitySchedule = { startsAt: Date; endsAt: Date }

/**
 * The times a correction may record: on the activity's days (Asia/Shanghai; widened by the check-in
 * window for activities near midnight), not in the future, and no check-out — hence no hours —
 * before the activity has started. The hours trigger in SQL refuses the same rows; this names the
 * field and says why, in Chinese.
 */
export type TCorrectionRefusal = { code: 'checkin_in_future' | 'checkin_outside_activity' | 'activity_not_started'; issues: TFieldIssue[] }

export function checkCorrectionTimes(times: TCorrectionTimes, activity: TActivitySchedule, now: Date): TCorrectionRefusal | null {
  const issues: TFieldIssue[] = []
  let code: TCorrectionRefusal['code'] = 'checkin_outside_activity'
  const first = Math.min(dayjs(activity.startsAt).tz(TIME_ZONE).startOf('day').valueOf(), activity.startsAt.getTime() - OPENS_BEFORE_START_MS)
  const afterLast = Math.max(dayjs(activity.endsAt).tz(TIME_ZONE).add(1, 'day').startOf('day').valueOf(), activity.endsAt.getTime() + CLOSES_AFTER_END_MS)
  const days = describeDays(activity)
  const check = (path: 'checkedInAt' | 'checkedOutAt', label: string, value: Date) => {
    if (value.getTime() > now.getTime() + CLOCK_SKEW_MS) {
      if (issues.length === 0) code = 'checkin_in_future'
      issues.push({ path, message: `${label}（${shanghaiMinute(value)}）不能晚于现在` })
    } else if (value.getTime() < first || value.getTime() >= afterLast) {
      issues.push({ path, message: `${label}必须在活动当天（${days}），不能是 ${shanghaiMinute(value)}` })
    }
  }
  check('checkedInAt', '签到时间', times.checkedInAt)
  if (times.checkedOutAt) check('checkedOutAt', '签退时间', times.checkedOutAt)
  if (times.checkedOutAt && now < activity.startsAt && issues.length === 0) {
    code = 'activity_not_started'
    issues.push({ path: 'checkedOutAt', message: `活动还没有开始（${shanghaiMinute(activity.startsAt)} 开始），开始后才能记录签退和服务时长` })
  }
  return issues.length > 0 ? { code, issues } : null
}

function describeDays(activity: TActivitySchedule): string {
  const start = dayjs(activity.startsAt).tz(TIME_ZONE)
  const end = dayjs(activity.endsAt).tz(TIME_ZONE)
  const day = (d: dayjs.Dayjs) => `${d.year()}年${d.month() + 1}月${d.date()}日`
  return start.isSame(end, 'day') ? day(start) : `${day(start)}至${day(end)}`
}
