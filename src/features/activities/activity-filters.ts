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
  /** 离我最近: where the person is (GCJ-02). An ordering, not a filter: it narrows nothing. */
  near?: { lat: number; lng: number }
}

export type ListFilters = Omit<TListActivitiesRequest, 'cursor' | 'limit'>

/** The list query: a single day goes as `day`, a range as `from`/`to`. */
export function toListFilters(campaignId: string, value: ActivityFilterValue): ListFilters {
  const { dates, near, ...rest } = value
  const range = dates ? (dates.from === dates.to ? { day: dates.from } : { from: dates.from, to: dates.to }) : {}
  // Empty values are left out of the query string by request().
  return { campaignId, ...rest, ...range, ...(near ? { lat: near.lat, lng: near.lng } : {}) }
}

/** The day strip's query: the same filters without the date, so every day shows its count. */
export function toDayCountFilters(campaignId: string, value: ActivityFilterValue): TDayCountsRequest {
  const { dates: _dates, near: _near, ...rest } = value
  return { campaignId, ...rest }
}

export function hasActiveFilters(value: ActivityFilterValue): boolean {
  const { near: _near, ...filters } = value
  return Object.values(filters).some((v) => v !== undefined && v !== '')
}

