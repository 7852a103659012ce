import { ZMyUnitsResponse, type TMyUnitsResponse } from '../../../../types/api/unit-home'
import { request } from '../../../shared/request'

/** GET /api/me/units — the caller's units, current campaign first. */
export function listMyUnits(): Promise<TMyUnitsResponse> {
  return request({ path: '/api/me/units', schema: ZMyUnitsResponse })
}
