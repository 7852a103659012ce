import { SHOWCASE_PICTURE_COUNT, type TAddShowcasePictureRequest, type TShowcaseApplication } from '../../../types/api/showcase'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { claimPicture } from '../pictures/claim-picture'
import { getShowcaseApplication } from './get-showcase-application'
import { loadApplication, requireEditable } from './guards'
import { insertPicture, listPictures } from './repository'

/**
 * Step 3 of a picture's upload (after POST /api/uploads and the PUT): claims the stored file for
 * this application as its next picture. The claim re-checks the real size (≥ 1 MB: "不小于1M")
 * and the bytes must be a readable JPEG or PNG; otherwise nothing is recorded and the file stays
 * unclaimed, so the tick sweeps it. The application row is locked, so five pictures added at
 * once get positions 1–5 and a sixth is refused.
 */
export async function addShowcasePicture(session: TSessionClaims, request: TAddShowcasePictureRequest): Promise<TShowcaseApplication> {
  await withUserTx(session, async (tx) => {
    const row = await loadApplication(tx, request.id, { lock: true })
    requireEditable(row)
    const pictures = await listPictures(tx, [row.id])
    if (pictures.length >= SHOWCASE_PICTURE_COUNT) {
      throw new AppError('conflict', { userMessage: `已经有 ${SHOWCASE_PICTURE_COUNT} 张项目图片了，请先删除一张再上传` })
    }
    const picture = await claimPicture(tx, request.path, 'showcase_picture', row.unit_id)
    const taken = new Set(pictures.map((p) => p.showcase_position))
    const position = [1, 2, 3, 4, 5].find((n) => !taken.has(n)) ?? pictures.length + 1
    await insertPicture(tx, { ...picture, campaignId: row.campaign_id, unitId: row.unit_id, applicationId: row.id, position, uploadedBy: session.sub })
  })
  return getShowcaseApplication(session, request.id)
}
