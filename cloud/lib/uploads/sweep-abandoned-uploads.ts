import { withServiceTx } from '../db/transaction'
import { getPhotoStorage } from '../storage/get-photo-storage'
import { deleteUploadRows, findAbandonedUploads } from './repository'

/** Uploads get this long after their URL expired before the sweeper removes them. */
const GRACE_MINUTES = 30

/**
 * Removes files whose upload was started but never recorded (the app was closed, the network
 * dropped, the user gave up). Storage first, then the rows: a crash in between leaves rows that
 * the next tick removes again (removing a missing object is not an error).
 */
export async function sweepAbandonedUploads(limit = 200): Promise<number> {
  const paths = await withServiceTx((tx) => findAbandonedUploads(tx, GRACE_MINUTES, limit))
  if (paths.length === 0) return 0
  await getPhotoStorage().remove(paths)
  await withServiceTx((tx) => deleteUploadRows(tx, paths))
  return paths.length
}
