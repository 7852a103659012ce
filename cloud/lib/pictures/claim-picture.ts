import { UPLOAD_KINDS } from '../../../types/api/uploads'
import type { TTx } from '../db/client'
import { getPhotoStorage } from '../storage/get-photo-storage'
import { claimUpload } from '../uploads/claim-upload'
import { displayPathFor, inspectPicture } from './inspect-picture'

/** A form's picture as its owner records it: the original, the copy people are shown, and what it is. */
export type TStoredPicture = {
  path: string
  displayPath: string
  sha256: string
  byteSize: number
  mimeType: string
  width: number
  height: number
}

/**
 * Claims a picture uploaded for a form (附件1, a report) for the unit: the upload must be one
 * handed out for this purpose (claimUpload), the bytes a readable picture of one of the purpose's
 * formats (inspectPicture); the EXIF-free copy people are shown is stored next to the original.
 * A refused file stays unclaimed and the tick sweeps it.
 */
export async function claimPicture(tx: TTx, path: string, purpose: 'showcase_picture' | 'report_picture', unitId: string): Promise<TStoredPicture> {
  const upload = await claimUpload(tx, path, purpose, unitId)
  const kind = UPLOAD_KINDS[purpose]
  const picture = await inspectPicture(upload.bytes, upload.contentType, kind.contentTypes, kind.label)
  const displayPath = displayPathFor(upload.path)
  await getPhotoStorage().write(displayPath, picture.displayCopy, 'image/jpeg')
  return {
    path: upload.path,
    displayPath,
    sha256: picture.sha256,
    byteSize: upload.bytes.length,
    mimeType: picture.contentType,
    width: picture.width,
    height: picture.height,
  }
}
