import { ZCheckinCodeResponse, type TCheckinCodeResponse } from '../../../../types/api/checkins'
import { request } from '../../../shared/request'

/** GET /api/activities/:id/checkin-code — the unit contact's current rotating code. */
export function getCheckinCode(activityId: string): Promise<TCheckinCodeResponse> {
  return request({ path: `/api/activities/${encodeURIComponent(activityId)}/checkin-code`, schema: ZCheckinCodeResponse })
}
