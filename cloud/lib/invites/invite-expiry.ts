import dayjs from 'dayjs'
import { fromShanghaiLocal, shanghaiToday } from '../time/shanghai'

/**
 * A code issued for `days` days is good through the end of that Shanghai calendar day: issued on
 * 3月1日 for 14 days, it works until 3月15日 24:00, whatever the hour it was issued at.
 */
export function inviteExpiry(days: number, now: Date = new Date()): Date {
  const lastDay = dayjs(shanghaiToday(now)).add(days + 1, 'day').format('YYYY-MM-DD')
  return fromShanghaiLocal(`${lastDay} 00:00`)
}
