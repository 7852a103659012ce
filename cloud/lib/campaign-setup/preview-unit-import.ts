import type { TCreateUnitImportRequest, TUnitImportPreview } from '../../../types/api/campaign-setup'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { claimUpload } from '../uploads/claim-upload'
import { classifyUnitRows } from './classify-unit-rows'
import { parseUnitListWorkbook } from './parse-unit-list'
import { findDistricts, findImportByPath, findUnits, insertImport } from './repository'
import { requireOrganiser } from './require-organiser'
import { toUnitImportPreview } from './to-unit-import-preview'

/**
 * Step 1 of a unit-list import: read the uploaded workbook (POST /api/uploads, purpose
 * unit_list_workbook) and keep every row with its errors and warnings; nothing is created.
 * Previewing the same upload again answers the same import.
 */
export async function previewUnitImport(session: TSessionClaims, campaignId: string, request: TCreateUnitImportRequest): Promise<TUnitImportPreview> {
  return withUserTx(session, async (tx) => {
    await requireOrganiser(tx, campaignId)
    const previous = await findImportByPath(tx, request.path)
    if (previous) {
      if (previous.campaign_id !== campaignId) throw new AppError('upload_not_found', { userMessage: '没有找到这次上传的文件，请重新选择文件上传' })
      return toUnitImportPreview(previous)
    }
    const upload = await claimUpload(tx, request.path, 'unit_list_workbook')
    if (upload.campaignId !== campaignId) throw new AppError('upload_not_found', { userMessage: '没有找到这次上传的文件，请重新选择文件上传' })
    const parsed = await parseUnitListWorkbook(upload.bytes)
    const districts = await findDistricts(tx, campaignId)
    const districtNames = new Map(districts.map((d) => [d.id, d.name]))
    const units = (await findUnits(tx, campaignId)).map((u) => ({ name: u.name, districtName: u.district_id ? (districtNames.get(u.district_id) ?? null) : null }))
    const rows = classifyUnitRows(parsed.rows, units, districts)
    const record = await insertImport(tx, {
      campaignId,
      path: request.path,
      fileName: request.fileName,
      sheetName: parsed.sheetName,
      headerRow: parsed.headerRow,
      rows,
      valid: rows.filter((r) => r.ok).length,
      invalid: rows.filter((r) => !r.ok).length,
      createdBy: session.sub,
    })
    return toUnitImportPreview(record)
  })
}
