import { ZArrangementSubmissionResponse, type TArrangementSubmissionResponse } from '../../../../types/api/arrangement'
import { request } from '../../../shared/request'

const path = (unitId: string): string => `/api/units/${encodeURIComponent(unitId)}/arrangement-submission`

/** POST — 提交活动安排表. */
export function submitArrangement(unitId: string): Promise<TArrangementSubmissionResponse> {
  return request({ path: path(unitId), method: 'POST', body: {}, schema: ZArrangementSubmissionResponse })
}

/** DELETE — 撤回 (before the deadline). */
export function withdrawArrangement(unitId: string): Promise<TArrangementSubmissionResponse> {
  return request({ path: path(unitId), method: 'DELETE', schema: ZArrangementSubmissionResponse })
}
