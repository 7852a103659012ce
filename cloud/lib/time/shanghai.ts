import dayjs from 'dayjs'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)
dayjs.extend(timezone)

export const TIME_ZONE = 'Asia/Shanghai'

/** A timestamp as the API sends it: ISO 8601 in Shanghai time, e.g. 2027-03-05T09:00:00+08:00. */
export function toShanghaiIso(value: Date): string {
  return dayjs(value).tz(TIME_ZONE).format('YYYY-MM-DDTHH:mm:ssZ')
}

/** "2027-03-05 09:00" read as Shanghai wall-clock time. */
export function fromShanghaiLocal(value: string): Date {
  return dayjs.tz(value, 'YYYY-MM-DD HH:mm', TIME_ZONE).toDate()
}

/** Today's calendar date in Shanghai, YYYY-MM-DD. */
export function shanghaiToday(now: Date = new Date()): string {
  return dayjs(now).tz(TIME_ZONE).format('YYYY-MM-DD')
}
