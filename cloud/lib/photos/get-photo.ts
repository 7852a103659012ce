import type { TListPhotosResponse, TPhoto } from '../../../types/api/photos'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { toShanghaiIso } from '../time/shanghai'
import { findManagedActivity, findPhotos } from './repository'
import { toPhotos } from './to-photo'

export async function getPhoto(session: TSessionClaims, photoId: string): Promise<TPhoto> {
  const rows = await withUserTx(session, (tx) => findPhotos(tx, { photoId }))
  const [photo] = await toPhotos(rows, session.sub)
  if (!photo && rows.length > 0) throw new AppError('not_found', { userMessage: '这张照片还在处理中（正在生成可查看的副本），请稍后再看' })
  if (!photo) throw new AppError('not_found', { userMessage: '照片不存在，或你无权查看' })
  return photo
}

/** An activity's photos, for its unit's contacts and the organisers (others: 403). */
export async function listPhotos(session: TSessionClaims, activityId: string): Promise<TListPhotosResponse> {
  const found = await withUserTx(session, async (tx) => {
    const activity = await findManagedActivity(tx, activityId)
    return activity ? { activity, rows: await findPhotos(tx, { activityId }) } : null
  })
  if (!found) throw new AppError('forbidden', { userMessage: '只有活动所属单位的联系人和组织方可以查看活动照片' })
  return { items: await toPhotos(found.rows, session.sub), unitId: found.activity.unitId, uploadOpensAt: toShanghaiIso(found.activity.startsAt) }
}
