import type { TRosterResponse } from '../../../types/api/checkins'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { canManageActivity, findRoster } from './repository'

/** Who signed up and who is here, for the activity's unit contacts and organisers. */
export async function getRoster(session: TSessionClaims, activityId: string): Promise<TRosterResponse> {
  return withUserTx(session, async (tx) => {
    if (!(await canManageActivity(tx, activityId))) {
      throw new AppError('forbidden', { userMessage: '只有活动所属单位的联系人和组织方可以查看报名名单' })
    }
    return { items: await findRoster(tx, activityId) }
  })
}
