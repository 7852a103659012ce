import { REPORT_LIMITS, type TAddReportPictureRequest, type TReport } from '../../../types/api/reports'
import { UPLOAD_KINDS } from '../../../types/api/uploads'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { displayPathFor, inspectPicture } from '../pictures/inspect-picture'
import { getPhotoStorage } from '../storage/get-photo-storage'
import { claimUpload } from '../uploads/claim-upload'
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
    const upload = await claimUpload(tx, request.path, 'report_picture', row.unit_id)
    const picture = await inspectPicture(upload.bytes, upload.contentType, ['image/jpeg', 'image/png', 'image/webp'], UPLOAD_KINDS.report_picture.label)
    const displayPath = displayPathFor(upload.path)
    await getPhotoStorage().write(displayPath, picture.displayCopy, 'image/jpeg')
    await insertPicture(tx, {
      campaignId: row.campaign_id,
      unitId: row.unit_id,
      reportId: row.id,
      path: upload.path,
      displayPath,
      sha256: picture.sha256,
      byteSize: upload.bytes.length,
      mimeType: picture.contentType,
      width: picture.width,
      height: picture.height,
      caption: request.caption ?? '',
      uploadedBy: session.sub,
    })
  })
  return getReport(session, request.id)
}
