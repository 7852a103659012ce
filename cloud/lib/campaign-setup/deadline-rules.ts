import { AppError } from '../errors/app-error'
import { addDays, chineseDate, shiftYears } from './calendar'
import type { TStoredPeriod } from './period'
import { quoteName } from '../../../types/quote-name'

/**
 * A deadline is sensible from half a year before the period starts (连云港's 附件2 is due 2月19日,
 * before March) to a year after it ends (兰州's status report 10月10日, 晋城's reports into
 * November). Anything else is a typo of the year, and a deadline in the wrong year would make
 * every unit overdue or never due.
 */
export const DEADLINE_DAYS_BEFORE_START = 183

export function deadlineBounds(period: TStoredPeriod): { earliest: string; latest: string } {
  return { earliest: addDays(period.start, -DEADLINE_DAYS_BEFORE_START), latest: shiftYears(period.end, 1) }
}

/** Throws a Chinese validation error naming the deadline when its day is outside the bounds. */
export function checkDeadlineDay(day: string, title: string, period: TStoredPeriod): void {
  const { earliest, latest } = deadlineBounds(period)
  if (day >= earliest && day <= latest) return
  const message = `${quoteName(title, '“”')}的截止时间 ${chineseDate(day, true)} 不在合理范围内：应在 ${chineseDate(earliest, true)} 至 ${chineseDate(latest, true)} 之间（活动期开始前半年至结束后一年），请检查年份`
  throw new AppError('validation_failed', { userMessage: message, issues: [{ path: 'dueAt', message }] })
}

const WEEKDAY_PREFIX = /^\d{1,2}月\d{1,2}日[（(]周[一二三四五六日天][）)]\s*/

/** "3月1日（周五）活动开展情况统计表", as 肇庆's notice and the seed name each Friday's return. */
export function fridayTitle(day: string, suffix: string): string {
  return `${chineseDate(day)}（周五）${suffix}`
}

/** What follows the date in a weekly title ("3月1日（周五）活动开展情况统计表…" → "活动开展情况统计表…"). */
export function weeklyTitleSuffix(title: string): string {
  const rest = title.replace(WEEKDAY_PREFIX, '').trim()
  return rest.length >= 2 ? rest : '活动开展情况统计表'
}
