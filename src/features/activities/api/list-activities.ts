import {
  ZListActivitiesResponse,
  type TListActivitiesRequest,
  type TListActivitiesResponse,
} from '../../../../types/api/activities'
import { request } from '../../../shared/request'

export type ActivityFilters = Omit<TListActivitiesRequest, 'cursor' | 'limit'>

/** GET /api/activities — one page; pass the previous page's `nextCursor` for the next one. */
export function listActivities(
  filters: ActivityFilters,
  page: { cursor?: string; limit?: number } = {},
): Promise<TListActivitiesResponse> {
  return request({
    path: '/api/activities',
    query: { ...filters, cursor: page.cursor, limit: page.limit ?? 20 },
    schema: ZListActivitiesResponse,
  })
}
