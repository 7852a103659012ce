import { ZListShowcaseResponse, type TListShowcaseResponse } from '../../../../types/api/showcase'
import { request } from '../../../shared/request'

/** GET /api/units/:id/showcase — the unit's projects, the deadline and the quota. */
export function listShowcase(unitId: string): Promise<TListShowcaseResponse> {
  return request({ path: `/api/units/${encodeURIComponent(unitId)}/showcase`, schema: ZListShowcaseResponse })
}
