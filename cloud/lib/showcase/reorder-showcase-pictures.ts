import type { TReorderShowcasePicturesRequest, TShowcaseApplication } from '../../../types/api/showcase'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { getShowcaseApplication } from './get-showcase-application'
import { loadApplication, requireEditable } from './guards'
import { listPictures, setPictureOrder } from './repository'

/** The order the pictures go into the package in (1.jpg … 5.jpg): every picture named once. */
export async function reorderShowcasePictures(session: TSessionClaims, request: TReorderShowcasePicturesRequest): Promise<TShowcaseApplication> {
  await withUserTx(session, async (tx) => {
    const row = await loadApplication(tx, request.id, { lock: true })
    requireEditable(row)
    const current = (await listPictures(tx, [row.id])).map((p) => p.id)
    const wanted = new Set(request.pictureIds)
    if (wanted.size !== request.pictureIds.length || wanted.size !== current.length || !current.every((id) => wanted.has(id))) {
      throw new AppError('conflict', { userMessage: '图片已有变化，请刷新后再调整顺序' })
    }
    await setPictureOrder(tx, row.id, request.pictureIds)
  })
  return getShowcaseApplication(session, request.id)
}
