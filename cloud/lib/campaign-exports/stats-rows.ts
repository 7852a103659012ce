import type { TWeeklyStatsRow } from '../../../types/api/weekly-stats'
import { formatActivityName, sumServed, type TServedInput } from '../../../types/weekly-stats'
import { toShanghaiIso } from '../time/shanghai'
import type { TServedSumRow, TStatsActivityRow } from './repository'

/**
 * The gathered table's rows in the shape of a unit's return (TWeeklyStatsRow), so the unit's own
 * workbook builder (weekly-stats/build-stats-workbook.ts) writes them unchanged: 序号 running over
 * every unit, 活动名称（含主办单位） with the unit and its co-organisers, 覆盖人群 per type.
 */
export function toStatsRows(rows: TStatsActivityRow[], served: TServedSumRow[]): TWeeklyStatsRow[] {
  const servedOf = new Map<string, TServedInput[]>()
  for (const entry of served) {
    const list = servedOf.get(entry.activity_id) ?? []
    list.push({ population: entry.population, description: entry.description, count: entry.served_count })
    servedOf.set(entry.activity_id, list)
  }
  return rows.map((row, index) => {
    const entries = servedOf.get(row.activity_id) ?? []
    return {
      seq: index + 1,
      activityId: row.activity_id,
      title: row.title,
      activityName: formatActivityName(row.title, row.unit_name, row.co_organisers),
      startsAt: toShanghaiIso(row.starts_at),
      endsAt: toShanghaiIso(row.ends_at),
      volunteerCount: row.volunteer_count,
      organisationCount: row.organisation_count,
      serviceHours: Number(row.service_hours),
      served: entries,
      servedCount: sumServed(entries),
      fundsYuan: row.funds_yuan === null ? null : Number(row.funds_yuan),
      media: {
        printReports: row.print_reports ?? 0,
        webReports: row.web_reports ?? 0,
        links: row.links ?? [],
        readCount: row.read_count ?? 0,
      },
    }
  })
}
