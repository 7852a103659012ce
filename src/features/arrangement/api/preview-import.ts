import { ZArrangementPreview, type TArrangementPreview } from '../../../../types/api/arrangement'
import { request } from '../../../shared/request'

/** POST /api/units/:id/arrangement-imports — every row of the uploaded workbook, checked. */
export function previewImport(unitId: string, path: string, fileName: string): Promise<TArrangementPreview> {
  return request({
    path: `/api/units/${encodeURIComponent(unitId)}/arrangement-imports`,
    method: 'POST',
    body: { path, fileName },
    schema: ZArrangementPreview,
    timeoutMs: 60_000,
  })
}
