import { createHash } from 'node:crypto'
import sharp from 'sharp'
import type { TAddStatsPictureRequest, TStatsPicturesResponse } from '../../../types/api/weekly-stats'
import { MAX_PICTURES } from '../../../types/weekly-stats'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { PHOTO_CHECK_CONFIG } from '../photo-check/config'
import { makeStrippedDerivative } from '../photo-check/decode/decode-photo'
import { sniffImageType } from '../photo-check/decode/sniff-image-type'
import { getPhotoStorage } from '../storage/get-photo-storage'
import { claimUpload } from '../uploads/claim-upload'
import { signPictures, resolveReturn } from './load-stats-return'
import { findPictures, insertPicture } from './repository'
import { openEditableReturn } from './save-weekly-stats'

const MIME: Record<string, string> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' }

/**
 * Records a 新闻稿 picture uploaded with POST /api/uploads (purpose submission_picture): the upload
 * is claimed for this unit, must really be a JPEG/PNG/WebP, and gets an EXIF-free copy that people
 * are shown (where a photo was taken is personal data), whose size is kept for placing it in the
 * export. Pictures belong to the return's header row.
 */
export async function addStatsPicture(session: TSessionClaims, unitId: string, request: TAddStatsPictureRequest): Promise<TStatsPicturesResponse> {
  const pictures = await withUserTx(session, async (tx) => {
    const resolved = await resolveReturn(tx, unitId, request.deadlineId)
    const header = await openEditableReturn(tx, resolved)
    const existing = await findPictures(tx, header.id)
    if (existing.length >= MAX_PICTURES) throw new AppError('validation_failed', { userMessage: `新闻稿图片最多 ${MAX_PICTURES} 张，请先删除不需要的图片` })
    const upload = await claimUpload(tx, request.path, 'submission_picture', unitId)
    const type = sniffImageType(upload.bytes)
    if (!type) throw new AppError('unsupported_file_type', { userMessage: '新闻稿图片只支持 JPG、PNG 或 WebP 格式' })
    const copy = await makeStrippedDerivative(upload.bytes, PHOTO_CHECK_CONFIG).catch(() => null)
    if (!copy) throw new AppError('unsupported_file_type', { userMessage: '这张图片无法打开，请换一张图片' })
    const size = await sharp(copy).metadata()
    const displayPath = upload.path.replace(/\.[a-z]+$/, '.display.jpg')
    await getPhotoStorage().write(displayPath, copy, 'image/jpeg')
    await insertPicture(tx, {
      campaignId: resolved.unit.campaign_id,
      unitId,
      submissionId: header.id,
      path: upload.path,
      displayPath,
      sha256: createHash('sha256').update(upload.bytes).digest('hex'),
      byteSize: upload.bytes.length,
      mimeType: MIME[type] ?? 'image/jpeg',
      width: size.width ?? 0,
      height: size.height ?? 0,
      uploadedBy: session.sub,
    })
    return findPictures(tx, header.id)
  })
  return { pictures: await signPictures(pictures) }
}
