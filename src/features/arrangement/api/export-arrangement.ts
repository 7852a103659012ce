import { ZExportResponse, type TExportResponse } from '../../../../types/api/common'
import { request } from '../../../shared/request'

/** POST /api/units/:id/arrangement-export — 附件2 as .xlsx, a short-lived link. */
export function exportArrangement(unitId: string): Promise<TExportResponse> {
  return request({ path: `/api/units/${encodeURIComponent(unitId)}/arrangement-export`, method: 'POST', body: {}, schema: ZExportResponse, timeoutMs: 30_000 })
}
