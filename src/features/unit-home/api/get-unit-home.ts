import { ZUnitHomeResponse, type TUnitHomeResponse } from '../../../../types/api/unit-home'
import { request } from '../../../shared/request'

/** GET /api/units/:id/home */
export function getUnitHome(unitId: string): Promise<TUnitHomeResponse> {
  return request({ path: `/api/units/${encodeURIComponent(unitId)}/home`, schema: ZUnitHomeResponse })
}
