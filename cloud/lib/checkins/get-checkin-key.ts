import type { TCheckinKeyResponse } from '../../../types/api/checkins'
import { CHECKIN_STEP_SECONDS } from '../../../types/checkin-code'
import { resolveSessionSecret } from '../auth/session-secret'
import type { TSessionClaims } from '../auth/session-token'
import { requireEnv } from '../config/env'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { toShanghaiIso } from '../time/shanghai'
import { activityKey, encodeActivityKey } from './checkin-code'
import { checkinWindowOf } from './checkin-window'
import { canManageActivity, findActivityTimes } from './repository'

/**
 * The key the contact's phone derives the rotating code from, fetched while online and kept on the
 * phone so the code keeps rotating with no network. Only who runs the activity gets it, and only
 * until its check-in window closes; the server accepts codes only for steps inside that window.
 */
export async function getCheckinKey(session: TSessionClaims, activityId: string, now: Date = new Date()): Promise<TCheckinKeyResponse> {
  const activity = await withUserTx(session, async (tx) => {
    if (!(await canManageActivity(tx, activityId))) return null
    return findActivityTimes(tx, activityId)
  })
  if (!activity) throw new AppError('forbidden', { userMessage: '只有活动所属单位的联系人可以出示签到码' })
  const window = checkinWindowOf(activity)
  if (now > window.until) throw new AppError('checkin_closed', { userMessage: '本活动的签到已结束，签到码不再有效' })
  return {
    activityId,
    title: activity.title,
    startsAt: toShanghaiIso(activity.startsAt),
    endsAt: toShanghaiIso(activity.endsAt),
    key: encodeActivityKey(activityKey(resolveSessionSecret(requireEnv()), activityId)),
    validFrom: toShanghaiIso(window.from),
    validUntil: toShanghaiIso(window.until),
    stepSeconds: CHECKIN_STEP_SECONDS,
    serverTime: toShanghaiIso(now),
  }
}
