import type { TReport } from '../../../types/api/reports'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { getPhotoStorage } from '../storage/get-photo-storage'
import { getReport } from './get-report'
import { loadReport, requireEditable } from './guards'
import { deletePicture } from './repository'

/** Removes a picture from the report; its files are deleted once the row is gone. */
export async function removeReportPicture(session: TSessionClaims, request: { id: string; pictureId: string }): Promise<TReport> {
  const paths = await withUserTx(session, async (tx) => {
    const row = await loadReport(tx, request.id, { lock: true })
    requireEditable(row)
    const removed = await deletePicture(tx, row.id, request.pictureId)
    if (!removed) throw new AppError('not_found', { userMessage: '这张图片不存在或已删除' })
    return removed
  })
  await getPhotoStorage().remove(paths)
  return getReport(session, request.id)
}
