import type { TRemoveStatsPictureRequest, TStatsPicturesResponse } from '../../../types/api/weekly-stats'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { storedFiles } from '../pictures/inspect-picture'
import { getPhotoStorage } from '../storage/get-photo-storage'
import { resolveReturn, signPictures } from './load-stats-return'
import { deletePicture, findPictures } from './repository'
import { openEditableReturn } from './save-weekly-stats'

/** Removes a 新闻稿 picture from a draft; its files leave storage once the row is gone. */
export async function removeStatsPicture(session: TSessionClaims, unitId: string, request: TRemoveStatsPictureRequest): Promise<TStatsPicturesResponse> {
  const { removed, pictures } = await withUserTx(session, async (tx) => {
    const resolved = await resolveReturn(tx, unitId, request.deadlineId)
    const header = await openEditableReturn(tx, resolved)
    const row = await deletePicture(tx, header.id, request.pictureId)
    if (!row) throw new AppError('not_found', { userMessage: '图片不存在或已删除' })
    return { removed: row, pictures: await findPictures(tx, header.id) }
  })
  // After the commit: a failed removal leaves a file nobody points to, never a row without its file.
  await getPhotoStorage()
    .remove(storedFiles(removed))
    .catch((error: unknown) => console.error('[weekly-stats] could not remove picture files', error))
  return { pictures: await signPictures(pictures) }
}
