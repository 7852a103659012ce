import type { TApplyUnitImportRequest, TApplyUnitImportResponse } from '../../../types/api/campaign-setup'
import { recordAudit } from '../audit/record-audit'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { loadSetup } from './load-setup'
import { nameKey, newKey } from './names'
import { findDistricts, findImport, findUnits, insertDistrict, insertUnit, markImportApplied } from './repository'
import { requireOrganiser } from './require-organiser'

/**
 * Step 2: create the previewed units (and the districts they name that do not exist yet) in one
 * transaction, once. 'all' is refused while any row has an error; 'valid_only' takes the rows
 * without. Names are checked again against the campaign as it is now (another organiser may have
 * typed one meanwhile): those are skipped. Applying twice answers the first result.
 */
export async function applyUnitImport(session: TSessionClaims, campaignId: string, importId: string, request: TApplyUnitImportRequest): Promise<TApplyUnitImportResponse> {
  return withUserTx(session, async (tx) => {
    const campaign = await requireOrganiser(tx, campaignId)
    const record = await findImport(tx, importId, { lock: true })
    if (!record || record.campaign_id !== campaignId) throw new AppError('import_not_found')
    if (record.status === 'applied') {
      return { units: record.applied_units, districts: record.applied_districts, skipped: record.applied_skipped, alreadyApplied: true, setup: await loadSetup(tx, campaign) }
    }
    if (request.mode === 'all' && record.invalid_count > 0) {
      throw new AppError('import_has_errors', {
        userMessage: `名单中还有 ${record.invalid_count} 行有错误，不能全部导入：请修改后重新上传，或选择只导入正确的 ${record.valid_count} 行`,
      })
    }
    const districtIds = new Map((await findDistricts(tx, campaignId)).map((d) => [nameKey(d.name), d.id]))
    const unitNames = new Set((await findUnits(tx, campaignId)).map((u) => nameKey(u.name)))
    let units = 0
    let districts = 0
    let skipped = 0
    for (const row of record.rows) {
      if (!row.ok || !row.kind) continue
      if (row.duplicate || unitNames.has(nameKey(row.name))) {
        skipped += 1
        continue
      }
      let districtId: string | null = null
      if (row.districtName) {
        districtId = districtIds.get(nameKey(row.districtName)) ?? null
        if (!districtId) {
          districtId = await insertDistrict(tx, campaignId, { key: newKey('d'), name: row.districtName, kind: row.newDistrictKind ?? 'other' })
          districtIds.set(nameKey(row.districtName), districtId)
          districts += 1
        }
      }
      await insertUnit(tx, campaignId, { key: newKey('u'), name: row.name, kind: row.kind, districtId })
      unitNames.add(nameKey(row.name))
      units += 1
    }
    if (units === 0 && skipped === 0) throw new AppError('import_has_errors', { userMessage: '名单中没有正确的行可以导入，请按提示修改后重新上传' })
    await markImportApplied(tx, { id: importId, mode: request.mode, units, districts, skipped, appliedBy: session.sub })
    await recordAudit(tx, {
      campaignId,
      actorId: session.sub,
      action: 'unit_import.apply',
      entity: 'unit_list_import',
      entityId: importId,
      after: { mode: request.mode, fileName: record.file_name, units, districts, skipped },
    })
    return { units, districts, skipped, alreadyApplied: false, setup: await loadSetup(tx, campaign) }
  })
}
