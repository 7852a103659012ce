import { ZCheckinResponse, type TCheckinRequest, type TCheckinResponse } from '../../../../types/api/checkins'
import { request } from '../../../shared/request'

/** POST /api/checkins — the first scan checks in, a later one checks out. */
export function submitCheckin(body: TCheckinRequest): Promise<TCheckinResponse> {
  return request({ path: '/api/checkins', method: 'POST', body, schema: ZCheckinResponse })
}
