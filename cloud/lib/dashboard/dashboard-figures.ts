/** Pure helpers that turn the dashboard's grouped rows into the response's rows. */

export type TDistrictName = { districtId: string | null; name: string }

/** n / of, rounded to four places; null when there is nothing to divide by. */
export function share(n: number, of: number): number | null {
  if (of <= 0) return null
  return Math.round((n / of) * 10000) / 10000
}

/**
 * One row per district in `names` (in that order, districts without rows included), each folded
 * from the rows of that district (`district_id` null = 未分区).
 */
export function byDistrict<R extends { district_id: string | null }, T>(
  names: TDistrictName[],
  rows: R[],
  fold: (rows: R[]) => T,
): Array<TDistrictName & T> {
  return names.map((d) => ({ ...d, ...fold(rows.filter((r) => r.district_id === d.districtId)) }))
}

export function sumActivities(rows: Array<{ published: number; drafts: number; key_activities: number }>): {
  published: number
  drafts: number
  keyActivities: number
} {
  return rows.reduce(
    (t, r) => ({ published: t.published + r.published, drafts: t.drafts + r.drafts, keyActivities: t.keyActivities + r.key_activities }),
    { published: 0, drafts: 0, keyActivities: 0 },
  )
}
