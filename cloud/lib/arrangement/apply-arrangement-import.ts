import type { TApplyArrangementImportRequest, TApplyArrangementImportResponse } from '../../../types/api/arrangement'
import type { TActivityInput } from '../../../types/api/unit-activities'
import type { TSessionClaims } from '../auth/session-token'
import { recordAudit } from '../audit/record-audit'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { activityKey, findActivityKeys, findImport, insertImportedActivities, markImportApplied } from './repository'

/**
 * Step 2: create the previewed rows as activities, all in one transaction (never half a row,
 * never half an import). 'all' is refused while any row has errors; 'valid_only' takes the rows
 * without. Applying an import again answers what the first time created and creates nothing.
 * Activities the unit already has (same name and time) are skipped, so re-importing a corrected
 * file adds only what is new. Drafts unless `publish`.
 */
export async function applyArrangementImport(
  session: TSessionClaims,
  importId: string,
  request: TApplyArrangementImportRequest,
): Promise<TApplyArrangementImportResponse> {
  return withUserTx(session, async (tx) => {
    // The row lock makes a double tap wait for the first apply and then see it applied.
    const record = await findImport(tx, importId, { lock: true })
    if (!record) throw new AppError('import_not_found')
    if (record.status === 'applied') {
      return {
        importId,
        created: record.applied_activity_ids.length,
        skipped: record.applied_skipped,
        published: record.applied_published ?? false,
        activityIds: record.applied_activity_ids,
        alreadyApplied: true,
      }
    }
    if (request.mode === 'all' && record.invalid_count > 0) {
      throw new AppError('import_has_errors', {
        userMessage: `表格中还有 ${record.invalid_count} 行有错误，不能全部导入：请修改后重新上传，或选择只导入正确的 ${record.valid_count} 行`,
      })
    }
    const existing = await findActivityKeys(tx, record.unit_id)
    const activities: TActivityInput[] = []
    let skipped = 0
    for (const row of record.rows) {
      if (!row.ok || !row.activity) continue
      const key = activityKey(row.activity)
      if (existing.has(key)) {
        skipped += 1
        continue
      }
      existing.add(key)
      activities.push(row.activity)
    }
    if (activities.length === 0 && skipped === 0) {
      throw new AppError('import_has_errors', { userMessage: '表格中没有正确的行可以导入，请按提示修改后重新上传' })
    }
    const activityIds = await insertImportedActivities(tx, {
      campaignId: record.campaign_id,
      unitId: record.unit_id,
      importId,
      createdBy: session.sub,
      publish: request.publish,
      activities,
    })
    await markImportApplied(tx, { id: importId, mode: request.mode, publish: request.publish, activityIds, skipped, appliedBy: session.sub })
    await recordAudit(tx, {
      campaignId: record.campaign_id,
      actorId: session.sub,
      action: 'arrangement_import_applied',
      entity: 'arrangement_import',
      entityId: importId,
      before: null,
      after: { mode: request.mode, publish: request.publish, created: activityIds.length, skipped },
    })
    return { importId, created: activityIds.length, skipped, published: request.publish, activityIds, alreadyApplied: false }
  })
}
