import { ZExportResponse, type TExportResponse } from '../../../../types/api/common'
import { request } from '../../../shared/request'

/** POST /api/units/:id/showcase-export (附件1 .xlsx) or /showcase-pictures-export (the picture package). */
export function exportShowcase(unitId: string, what: 'form' | 'pictures', applicationId?: string): Promise<TExportResponse> {
  const route = what === 'form' ? 'showcase-export' : 'showcase-pictures-export'
  return request({
    path: `/api/units/${encodeURIComponent(unitId)}/${route}`,
    method: 'POST',
    body: applicationId ? { applicationId } : {},
    schema: ZExportResponse,
    // Reading up to 5 × 20 MB originals into the archive takes a while.
    timeoutMs: what === 'pictures' ? 60_000 : 20_000,
  })
}
