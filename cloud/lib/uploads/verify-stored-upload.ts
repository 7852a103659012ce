import { createHash } from 'node:crypto'
import { AppError } from '../errors/app-error'
import { getPhotoStorage } from '../storage/get-photo-storage'
import { isStorageUnavailable } from '../storage/photo-storage'

/**
 * For a file recorded earlier and asked for again (a retried record): the stored bytes must still
 * be the ones whose digest was recorded. Signed upload URLs are single-use, so only a write to
 * storage outside the app could change them — and then the old check describes another file: refuse
 * (409) rather than answer with it.
 */
export async function verifyStoredUpload(path: string, expected: { sha256: string; byteSize: number }): Promise<void> {
  const bytes = await getPhotoStorage()
    .read(path)
    .catch((error: unknown) => {
      if (isStorageUnavailable(error)) throw error
      return null
    })
  if (!bytes) throw new AppError('upload_not_found', { userMessage: '存储中找不到这个文件，请重新上传' })
  if (bytes.length !== expected.byteSize || createHash('sha256').update(bytes).digest('hex') !== expected.sha256) {
    throw new AppError('upload_replaced')
  }
}
