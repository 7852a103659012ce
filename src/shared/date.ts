import dayjs, { type Dayjs } from 'dayjs'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)
dayjs.extend(timezone)

/** Every campaign in the notices is in mainland China; times are shown in Beijing time. */
export const APP_TIME_ZONE = 'Asia/Shanghai'
const SHANGHAI_OFFSET_MINUTES = 8 * 60
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

/**
 * The instant in Asia/Shanghai wall-clock time. dayjs' timezone plugin needs Intl time-zone
 * support, which some older mini-program runtimes lack; Shanghai has had no DST since 1991,
 * so a fixed +08:00 offset is an exact fallback.
 */
export function toShanghai(value: string | Date | Dayjs): Dayjs {
  try {
    return dayjs(value).tz(APP_TIME_ZONE)
  } catch {
    return dayjs(value).utcOffset(SHANGHAI_OFFSET_MINUTES)
  }
}

/** 3月5日 周二 */
export function formatDay(value: string): string {
  const d = toShanghai(value)
  return `${d.month() + 1}月${d.date()}日 ${WEEKDAYS[d.day()]}`
}

/** The pieces of a calendar leaf: { month: 3, day: 5, weekday: '周二' } */
export function dateParts(value: string): { month: number; day: number; weekday: string } {
  const d = toShanghai(value)
  return { month: d.month() + 1, day: d.date(), weekday: WEEKDAYS[d.day()] }
}

/** 09:00 */
export function formatTime(value: string): string {
  return toShanghai(value).format('HH:mm')
}

/** 3月5日 周二 09:00–11:30, or across days: 3月5日 09:00 – 3月6日 17:00 */
export function formatTimeRange(startsAt: string, endsAt: string): string {
  const start = toShanghai(startsAt)
  const end = toShanghai(endsAt)
  if (start.format('YYYY-MM-DD') === end.format('YYYY-MM-DD')) {
    return `${formatDay(startsAt)} ${start.format('HH:mm')}–${end.format('HH:mm')}`
  }
  return `${start.month() + 1}月${start.date()}日 ${start.format('HH:mm')} – ${end.month() + 1}月${end.date()}日 ${end.format('HH:mm')}`
}

/** 2024年3月5日 18:00 */
export function formatDateTime(value: string): string {
  const d = toShanghai(value)
  return `${d.year()}年${d.month() + 1}月${d.date()}日 ${d.format('HH:mm')}`
}

/** A campaign period from two YYYY-MM-DD dates: 2024年3月1日 – 3月31日 */
export function formatPeriod(periodStart: string, periodEnd: string): string {
  const start = dayjs(periodStart)
  const end = dayjs(periodEnd)
  const endText = start.year() === end.year() ? `${end.month() + 1}月${end.date()}日` : `${end.year()}年${end.month() + 1}月${end.date()}日`
  return `${start.year()}年${start.month() + 1}月${start.date()}日 – ${endText}`
}

/** True when the instant has passed (sign-up deadlines). */
export function isPast(value: string, now: Date = new Date()): boolean {
  return dayjs(value).isBefore(now)
}
