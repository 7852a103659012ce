import { ZRosterResponse, type TRosterResponse } from '../../../../types/api/checkins'
import { request } from '../../../shared/request'

/** GET /api/activities/:id/roster — for the unit contact. */
export function getRoster(activityId: string): Promise<TRosterResponse> {
  return request({ path: `/api/activities/${encodeURIComponent(activityId)}/roster`, schema: ZRosterResponse })
}
