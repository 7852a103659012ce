import type { TShowcaseApplication } from '../../../types/api/showcase'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { getPhotoStorage } from '../storage/get-photo-storage'
import { getShowcaseApplication } from './get-showcase-application'
import { loadApplication, requireEditable } from './guards'
import { deletePicture, listPictures, setPictureOrder } from './repository'

/** Removes a picture; the others close up (1…n) and the files are deleted after the row. */
export async function removeShowcasePicture(session: TSessionClaims, request: { id: string; pictureId: string }): Promise<TShowcaseApplication> {
  const paths = await withUserTx(session, async (tx) => {
    const row = await loadApplication(tx, request.id, { lock: true })
    requireEditable(row)
    const removed = await deletePicture(tx, row.id, request.pictureId)
    if (!removed) throw new AppError('not_found', { userMessage: '这张图片不存在或已删除' })
    const rest = await listPictures(tx, [row.id])
    if (rest.length > 0) await setPictureOrder(tx, row.id, rest.map((p) => p.id))
    return removed
  })
  await getPhotoStorage().remove(paths)
  return getShowcaseApplication(session, request.id)
}
