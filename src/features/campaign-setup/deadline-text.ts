const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

/** '2027-03-05' → '2027年3月5日 周五' (a calendar day: no time zone involved). */
export function describeLocalDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`)
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${WEEKDAYS[d.getUTCDay()]}`
}

/** The API's '2027-03-05T18:00:00+08:00' as the Beijing day and time it names. */
export function localParts(dueAt: string): { date: string; time: string } {
  return { date: dueAt.slice(0, 10), time: dueAt.slice(11, 16) }
}

/** '2027-03-05T18:00:00+08:00' → { day: '3月5日', weekday: '周五', time: '18:00', year: 2027 } */
export function deadlineParts(dueAt: string): { day: string; weekday: string; time: string; year: number } {
  const { date, time } = localParts(dueAt)
  const d = new Date(`${date}T00:00:00Z`)
  return { day: `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`, weekday: WEEKDAYS[d.getUTCDay()] ?? '', time, year: d.getUTCFullYear() }
}
