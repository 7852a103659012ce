import { ZDayCountsResponse, type TDayCountsRequest, type TDayCountsResponse } from '../../../../types/api/activities'
import { request } from '../../../shared/request'

/** GET /api/activities/day-counts — how many activities run on each day, under the other filters. */
export function countActivitiesPerDay(filters: TDayCountsRequest): Promise<TDayCountsResponse> {
  return request({ path: '/api/activities/day-counts', query: filters, schema: ZDayCountsResponse })
}
