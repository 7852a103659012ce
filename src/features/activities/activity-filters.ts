import type { TDayCountsRequest, TListActivitiesRequest } from '../../../types/api/activities'
import type { TActivityCategory, TActivityStatusFilter } from '../../../types/domain'

/** Everything the home page can filter by; `dates` is one day or a range such as 中国水周. */
export interface ActivityFilterValue {
  category?: TActivityCategory
  dates?: { from: string; to: string }
  districtId?: string
  unitId?: string
  status?: TActivityStatusFilter
  q?: string
}

export type ListFilters = Omit<TListActivitiesRequest, 'cursor' | 'limit'>

/** The list query: a single day goes as `day`, a range as `from`/`to`. */
export function toListFilters(campaignId: string, value: ActivityFilterValue): ListFilters {
  const { dates, ...rest } = value
  const range = dates ? (dates.from === dates.to ? { day: dates.from } : { from: dates.from, to: dates.to }) : {}
  // Empty values are left out of the query string by request().
  return { campaignId, ...rest, ...range }
}

/** The day strip's query: the same filters without the date, so every day shows its count. */
export function toDayCountFilters(campaignId: string, value: ActivityFilterValue): TDayCountsRequest {
  const { dates: _dates, ...rest } = value
  return { campaignId, ...rest }
}

export function hasActiveFilters(value: ActivityFilterValue): boolean {
  return Object.values(value).some((v) => v !== undefined && v !== '')
}

