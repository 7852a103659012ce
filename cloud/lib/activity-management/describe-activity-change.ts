import type { TActivityInput } from '../../../types/api/unit-activities'

type TWhenWhere = Pick<TActivityInput, 'startsAt' | 'endsAt' | 'locationName' | 'address'>

const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000

function parts(iso: string): { day: string; time: string } {
  const d = new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS)
  const pad = (n: number) => String(n).padStart(2, '0')
  return { day: `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`, time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` }
}

/** 3月6日 14:30—16:30, or 3月6日 14:30—3月7日 16:30 across days (Asia/Shanghai). */
export function describeTimeRange(startsAt: string, endsAt: string): string {
  const start = parts(startsAt)
  const end = parts(endsAt)
  return start.day === end.day ? `${start.day} ${start.time}—${end.time}` : `${start.day} ${start.time}—${end.day} ${end.time}`
}

/**
 * What changed for the people signed up, in words: "时间改为 3月6日 14:30—16:30；地点改为 …".
 * Null when neither the time nor the place changed (other edits are not worth a message).
 */
export function describeActivityChange(before: TWhenWhere, after: TWhenWhere): string | null {
  const changes: string[] = []
  if (Date.parse(before.startsAt) !== Date.parse(after.startsAt) || Date.parse(before.endsAt) !== Date.parse(after.endsAt)) {
    changes.push(`时间改为 ${describeTimeRange(after.startsAt, after.endsAt)}`)
  }
  if (before.locationName !== after.locationName || (before.address ?? '') !== (after.address ?? '')) {
    changes.push(`地点改为 ${after.locationName}${after.address ? `（${after.address}）` : ''}`)
  }
  return changes.length > 0 ? changes.join('；') : null
}
