import type { TCheckinCodeResponse } from '../../../types/api/checkins'
import { CHECKIN_QR_PREFIX } from '../../../types/api/checkins'
import { resolveSessionSecret } from '../auth/session-secret'
import type { TSessionClaims } from '../auth/session-token'
import { requireEnv } from '../config/env'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { toShanghaiIso } from '../time/shanghai'
import { CHECKIN_REFRESH_SECONDS, issueCheckinToken } from './checkin-token'
import { canManageActivity } from './repository'

/** The rotating code on the unit contact's phone; only who runs the activity may show it. */
export async function getCheckinCode(session: TSessionClaims, activityId: string): Promise<TCheckinCodeResponse> {
  const allowed = await withUserTx(session, (tx) => canManageActivity(tx, activityId))
  if (!allowed) throw new AppError('forbidden', { userMessage: '只有活动所属单位的联系人可以出示签到码' })
  const { token, expiresAt } = issueCheckinToken(activityId, resolveSessionSecret(requireEnv()))
  return { qrText: `${CHECKIN_QR_PREFIX}${token}`, token, expiresAt: toShanghaiIso(expiresAt), refreshInSeconds: CHECKIN_REFRESH_SECONDS }
}
