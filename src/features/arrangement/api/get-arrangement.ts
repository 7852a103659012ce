import { ZArrangementState, type TArrangementState } from '../../../../types/api/arrangement'
import { request } from '../../../shared/request'

/** GET /api/units/:id/arrangement — the unit's 附件2 rows, deadline and submission state. */
export function getArrangement(unitId: string): Promise<TArrangementState> {
  return request({ path: `/api/units/${encodeURIComponent(unitId)}/arrangement`, schema: ZArrangementState })
}
