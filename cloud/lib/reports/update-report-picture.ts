import type { TReport, TUpdateReportPictureRequest } from '../../../types/api/reports'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { getReport } from './get-report'
import { loadReport, requireEditable } from './guards'
import { updatePictureCaption } from './repository'

/** A picture's caption (optional: what the picture shows). */
export async function updateReportPicture(session: TSessionClaims, request: TUpdateReportPictureRequest): Promise<TReport> {
  await withUserTx(session, async (tx) => {
    const row = await loadReport(tx, request.id, { lock: true })
    requireEditable(row)
    if (!(await updatePictureCaption(tx, row.id, request.pictureId, request.caption))) {
      throw new AppError('not_found', { userMessage: '这张图片不存在或已删除' })
    }
  })
  return getReport(session, request.id)
}
