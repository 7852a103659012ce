import type { TActivityDetail } from '../../../types/api/activities'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { findActivityDetail } from './repository'

export async function getActivity(session: TSessionClaims | null, id: string): Promise<TActivityDetail> {
  const activity = await withUserTx(session, (tx) => findActivityDetail(tx, id))
  if (!activity) throw new AppError('activity_not_found')
  return activity
}
