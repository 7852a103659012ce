import { ZActivityDetail, type TActivityDetail } from '../../../../types/api/activities'
import { request } from '../../../shared/request'

/** GET /api/activities/:id */
export function getActivity(id: string): Promise<TActivityDetail> {
  return request({ path: `/api/activities/${encodeURIComponent(id)}`, schema: ZActivityDetail })
}
