import { ZApplyArrangementImportResponse, type TApplyArrangementImportRequest, type TApplyArrangementImportResponse } from '../../../../types/api/arrangement'
import { request } from '../../../shared/request'

/** POST /api/arrangement-imports/:id/apply — create the previewed rows as activities. */
export function applyImport(importId: string, body: TApplyArrangementImportRequest): Promise<TApplyArrangementImportResponse> {
  return request({
    path: `/api/arrangement-imports/${encodeURIComponent(importId)}/apply`,
    method: 'POST',
    body,
    schema: ZApplyArrangementImportResponse,
    timeoutMs: 60_000,
  })
}
