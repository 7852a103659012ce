import { getPhotoStorage } from '../storage/get-photo-storage'

type TStoredPicture = { display_path: string | null; storage_path?: string; uploaded_by?: string | null }

/**
 * The pictures that may be shown, each with a short-lived link to its EXIF-free copy. A picture
 * whose copy is not made yet (recorded before copies existed, until backfillShownCopies reaches it,
 * or bytes no copy could be made of) is left out: its original — GPS and all — is never handed to
 * anyone else through a read path, not even as a fallback. Only its uploader (`viewerId`, when the
 * row says who uploaded it) is shown their own original, so an unreadable upload still shows them
 * its verdict. Every list of photos or pictures people see goes through here.
 */
export async function signShownCopies<T extends TStoredPicture>(rows: T[], seconds: number, viewerId?: string): Promise<Array<{ row: T; url: string }>> {
  const storage = getPhotoStorage()
  const shown = rows.flatMap((row) => {
    if (row.display_path) return [{ row, file: row.display_path }]
    if (viewerId && row.uploaded_by === viewerId && row.storage_path) return [{ row, file: row.storage_path }]
    return []
  })
  return Promise.all(shown.map(async ({ row, file }) => ({ row, url: await storage.createSignedReadUrl(file, seconds) })))
}
