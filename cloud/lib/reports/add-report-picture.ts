import { REPORT_LIMITS, type TAddReportPictureRequest, type TReport } from '../../../types/api/reports'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { claimPicture } from '../pictures/claim-picture'
import { getReport } from './get-report'
import { loadReport, requireEditable } from './guards'
import { insertPicture, listPictures } from './repository'

/**
 * Claims an uploaded picture (purpose report_picture) for the report. The bytes must be a readable
 * JPEG, PNG or WebP; a refused file stays unclaimed and the tick sweeps it.
 */
export async function addReportPicture(session: TSessionClaims, request: TAddReportPictureRequest): Promise<TReport> {
  await withUserTx(session, async (tx) => {
    const row = await loadReport(tx, request.id, { lock: true })
    requireEditable(row)
    if ((await listPictures(tx, row.id)).length >= REPORT_LIMITS.pictures) {
      throw new AppError('conflict', { userMessage: `每份报告最多 ${REPORT_LIMITS.pictures} 张图片` })
    }
    const picture = await claimPicture(tx, request.path, 'report_picture', row.unit_id)
    await insertPicture(tx, {
      ...picture,
      campaignId: row.campaign_id,
      unitId: row.unit_id,
      reportId: row.id,
      caption: request.caption ?? '',
      uploadedBy: session.sub,
    })
  })
  return getReport(session, request.id)
}
