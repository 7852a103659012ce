import type { TListPhotosResponse, TPhoto } from '../../../types/api/photos'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { getPhotoStorage } from '../storage/get-photo-storage'
import { findPhotos, toPhoto } from './repository'

const READ_URL_SECONDS = 600

// People are shown the EXIF-free display copy; only photos whose copy could not be made fall back to the original.

export async function getPhoto(session: TSessionClaims, photoId: string): Promise<TPhoto> {
  const [row] = await withUserTx(session, (tx) => findPhotos(tx, { photoId }))
  if (!row) throw new AppError('not_found', { userMessage: '照片不存在，或你无权查看' })
  return toPhoto(row, await getPhotoStorage().createSignedReadUrl(row.display_path ?? row.storage_path, READ_URL_SECONDS))
}

export async function listPhotos(session: TSessionClaims, activityId: string): Promise<TListPhotosResponse> {
  const rows = await withUserTx(session, (tx) => findPhotos(tx, { activityId }))
  const storage = getPhotoStorage()
  return { items: await Promise.all(rows.map(async (row) => toPhoto(row, await storage.createSignedReadUrl(row.display_path ?? row.storage_path, READ_URL_SECONDS)))) }
}
