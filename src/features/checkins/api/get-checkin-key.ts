import { ZCheckinKeyResponse, type TCheckinKeyResponse } from '../../../../types/api/checkins'
import { request } from '../../../shared/request'

/** GET /api/activities/:id/checkin-key — the key the contact's phone derives the rotating code from. */
export function getCheckinKey(activityId: string): Promise<TCheckinKeyResponse> {
  return request({ path: `/api/activities/${encodeURIComponent(activityId)}/checkin-key`, schema: ZCheckinKeyResponse, timeoutMs: 8000 })
}
