import { ZUuid } from '../../../types/api/common'
import type { TActivityDetail } from '../../../types/api/activities'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { findActivityDetail } from './repository'

/** One activity by the id in its link. An id that cannot be one (a mangled link) is not found, like a deleted one. */
export async function getActivity(session: TSessionClaims | null, linkId: string): Promise<TActivityDetail> {
  const id = ZUuid.safeParse(linkId)
  if (!id.success) throw new AppError('activity_not_found')
  const activity = await withUserTx(session, (tx) => findActivityDetail(tx, id.data))
  if (!activity) throw new AppError('activity_not_found')
  return activity
}
