import { ZMyHoursResponse, type TMyHoursResponse } from '../../../../types/api/checkins'
import { request } from '../../../shared/request'

/** GET /api/me/hours — total, per activity, and the 服务证明 details. */
export function getMyHours(): Promise<TMyHoursResponse> {
  return request({ path: '/api/me/hours', schema: ZMyHoursResponse })
}
