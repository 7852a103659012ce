import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { storedFiles } from '../pictures/inspect-picture'
import { getPhotoStorage } from '../storage/get-photo-storage'
import { loadApplication } from './guards'
import { deleteApplication, listPictures } from './repository'

/**
 * Deletes a draft (a project started by mistake, or one the unit no longer shows). Submitted and
 * returned applications stay: the organiser has them. The pictures' files go after the rows.
 */
export async function deleteShowcaseDraft(session: TSessionClaims, id: string): Promise<{ deleted: true }> {
  const paths = await withUserTx(session, async (tx) => {
    const row = await loadApplication(tx, id, { lock: true })
    if (row.status !== 'draft') throw new AppError('conflict', { userMessage: '只能删除草稿；已提交的申报请先撤回' })
    const pictures = await listPictures(tx, [id])
    await deleteApplication(tx, id)
    return pictures.flatMap(storedFiles)
  })
  if (paths.length > 0) await getPhotoStorage().remove(paths)
  return { deleted: true }
}
