import { ZShowcaseApplication, type TShowcaseApplication } from '../../../../types/api/showcase'
import { request } from '../../../shared/request'

/** POST /api/units/:id/showcase — a new draft project. */
export function createShowcase(unitId: string): Promise<TShowcaseApplication> {
  return request({ path: `/api/units/${encodeURIComponent(unitId)}/showcase`, method: 'POST', body: {}, schema: ZShowcaseApplication })
}
