import type { TDeletePhotoResponse } from '../../../types/api/photos'
import type { TSessionClaims } from '../auth/session-token'
import { recordAudit } from '../audit/record-audit'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { storedFiles } from '../pictures/inspect-picture'
import { getPhotoStorage } from '../storage/get-photo-storage'
import { deletePhotoRow, deleteUploadRecord, lockPhotoToDelete } from './repository'

const HANDED_IN = '这张照片已随本单位照片提交，请先撤回提交再删除'

/**
 * Deletes an activity photo: its row with its check jobs and results (cascade), its upload record,
 * then the stored original and display copy. A photo in a submitted return stays until the unit
 * withdraws the return. Another unit's photo is invisible (RLS), hence 404.
 */
export async function deletePhoto(session: TSessionClaims, photoId: string): Promise<TDeletePhotoResponse> {
  const files = await withUserTx(session, async (tx) => {
    const photo = await lockPhotoToDelete(tx, photoId)
    if (!photo) throw new AppError('not_found', { userMessage: '照片不存在或已删除' })
    if (photo.handed_in_at && photo.return_locked) throw new AppError('already_submitted', { userMessage: HANDED_IN })
    // RLS (photos_keep_handed_in) may still refuse, when a submit committed in between.
    if (!(await deletePhotoRow(tx, photo.id))) throw new AppError('already_submitted', { userMessage: HANDED_IN })
    await deleteUploadRecord(tx, photo.storage_path)
    await recordAudit(tx, {
      campaignId: photo.campaign_id,
      actorId: session.sub,
      action: 'photo_deleted',
      entity: 'photos',
      entityId: photo.id,
      before: { unitId: photo.unit_id, storagePath: photo.storage_path, handedInAt: photo.handed_in_at },
    })
    return storedFiles(photo)
  })
  // After the commit: a failed delete must not leave a row pointing at removed files. Should the
  // storage call fail, the files are unreachable (no row, no signed URL) and the error is logged.
  await getPhotoStorage()
    .remove(files)
    .catch((error: unknown) => console.error(`[photos] could not remove ${files.join(', ')} from storage`, error))
  return { id: photoId, deleted: true }
}
