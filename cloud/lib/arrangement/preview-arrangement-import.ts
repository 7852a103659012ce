import type { TArrangementPreview, TCreateArrangementImportRequest } from '../../../types/api/arrangement'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { claimUpload } from '../uploads/claim-upload'
import { parseArrangementWorkbook, type TParsedRow } from './parse-workbook'
import { activityKey, findActivityKeys, findImportByPath, insertImport, type TStoredRow } from './repository'
import { requireManagedUnit } from './require-managed-unit'
import { toPreview } from './to-preview'

/**
 * Step 1 of an import: read the uploaded workbook and keep every row with its errors and warnings
 * (nothing is created). Rows the unit already has, or that repeat an earlier row, are marked so
 * applying skips them. Previewing the same upload again answers the same import.
 */
export async function previewArrangementImport(session: TSessionClaims, unitId: string, request: TCreateArrangementImportRequest): Promise<TArrangementPreview> {
  return withUserTx(session, async (tx) => {
    const unit = await requireManagedUnit(tx, unitId)
    const previous = await findImportByPath(tx, request.path)
    if (previous) {
      if (previous.unit_id !== unitId) throw new AppError('upload_not_found', { userMessage: '没有找到这次上传的文件，请重新选择文件上传' })
      return toPreview(previous)
    }
    const upload = await claimUpload(tx, request.path, 'arrangement_workbook', unitId)
    const parsed = await parseArrangementWorkbook(upload.bytes, {
      year: unit.year,
      periodStart: unit.period_start,
      periodEnd: unit.period_end,
      unitName: unit.unit_name,
    })
    if (parsed.rows.length === 0) {
      throw new AppError('workbook_invalid', { userMessage: `工作表“${parsed.sheetName}”第 ${parsed.headerRow} 行表头下面没有活动，请填写后再上传` })
    }
    const rows = markDuplicates(parsed.rows, await findActivityKeys(tx, unitId))
    const saved = await insertImport(tx, {
      campaignId: unit.campaign_id,
      unitId,
      path: request.path,
      fileName: request.fileName,
      sheetName: parsed.sheetName,
      headerRow: parsed.headerRow,
      rows,
      valid: rows.filter((row) => row.ok).length,
      invalid: rows.filter((row) => !row.ok).length,
      createdBy: session.sub,
    })
    return toPreview(saved)
  })
}

/** Marks rows that would create an activity the unit already has, or one an earlier row creates. */
export function markDuplicates(rows: TParsedRow[], existing: Set<string>): TStoredRow[] {
  const seen = new Map<string, number>()
  return rows.map((row) => {
    if (!row.activity) return { ...row, duplicate: false }
    const key = activityKey(row.activity)
    const earlier = seen.get(key)
    if (earlier !== undefined) {
      return { ...row, duplicate: true, warnings: [...row.warnings, { column: '整行', message: `与第 ${earlier} 行是同一个活动，导入时跳过` }] }
    }
    seen.set(key, row.row)
    if (existing.has(key)) {
      return { ...row, duplicate: true, warnings: [...row.warnings, { column: '整行', message: '本单位已有同名同时间的活动，导入时跳过' }] }
    }
    return { ...row, duplicate: false }
  })
}
