import { ZCreateUploadResponse } from '../../../../types/api/uploads'
import type { LocalFile } from '../../../shared/choose-file'
import { putFileToSignedUrl } from '../../../shared/choose-file'
import { request } from '../../../shared/request'

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** POST /api/uploads (purpose unit_list_workbook, the campaign's own file), then PUT the bytes; the path to preview. */
export async function uploadUnitList(campaignId: string, file: LocalFile): Promise<string> {
  const signed = await request({
    path: '/api/uploads',
    method: 'POST',
    body: { campaignId, purpose: 'unit_list_workbook', contentType: XLSX_CONTENT_TYPE, byteSize: file.byteSize },
    schema: ZCreateUploadResponse,
  })
  await putFileToSignedUrl(signed.uploadUrl, file, XLSX_CONTENT_TYPE)
  return signed.path
}
