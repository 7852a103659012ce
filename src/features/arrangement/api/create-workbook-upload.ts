import { ZCreateUploadResponse, type TCreateUploadResponse } from '../../../../types/api/uploads'
import { request } from '../../../shared/request'

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** POST /api/uploads (purpose arrangement_workbook) — where to PUT the workbook. */
export function createWorkbookUpload(unitId: string, byteSize: number): Promise<TCreateUploadResponse> {
  return request({
    path: '/api/uploads',
    method: 'POST',
    body: { unitId, purpose: 'arrangement_workbook', contentType: XLSX_CONTENT_TYPE, byteSize },
    schema: ZCreateUploadResponse,
  })
}
