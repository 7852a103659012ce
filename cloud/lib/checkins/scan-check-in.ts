import type { TCheckinRequest, TCheckinResponse } from '../../../types/api/checkins'
import { resolveSessionSecret } from '../auth/session-secret'
import type { TSessionClaims } from '../auth/session-token'
import { requireEnv } from '../config/env'
import type { TTx } from '../db/client'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { RATE_LIMITS } from '../rate-limits/config'
import { consumeRateLimits } from '../rate-limits/consume-rate-limits'
import { refundRateLimits } from '../rate-limits/refund-rate-limits'
import { toShanghaiIso } from '../time/shanghai'
import { verifyCheckinCode } from './checkin-code'
import { findActivityTimes, findMyCheckIn, findScan, lockPersonAtActivity, recordScan, scanInSql } from './repository'

/** Guessing the 6-digit code: this many wrong tries per person and activity within the window lock it (the shared rate limits). */
export const WRONG_CODE_LIMIT = RATE_LIMITS.checkin_code.perUser.limit
export const WRONG_CODE_WINDOW_MS = RATE_LIMITS.checkin_code.perUser.windowSeconds * 1000
/** A scan kept on a phone longer than this is not counted any more (the unit corrects it by hand). */
export const QUEUED_SCAN_MAX_AGE_MS = 48 * 3600 * 1000
/** Phones' clocks differ a little; a scan "from the future" by more than this is refused. */
const CLOCK_SKEW_MS = 2 * 60 * 1000
const GUESS_CODES = new Set(['checkin_code_wrong', 'checkin_token_invalid'])

/**
 * The volunteer's scan, sent at once or from the phone's queue with the time it was made. The code
 * must have been valid at that time; the scan id makes a second delivery answer the first result.
 * SQL (app_private.scan_check_in) checks the registration, the window and the geofence at the scan's
 * time, so hours come out as if the scan had reached the server when it was made.
 */
export async function scanCheckIn(session: TSessionClaims, request: TCheckinRequest, now: Date = new Date()): Promise<TCheckinResponse> {
  const scannedAt = request.scannedAt ? new Date(request.scannedAt) : now
  if (scannedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) throw new AppError('checkin_in_future', { userMessage: '扫码时间晚于现在，请检查手机的时间设置' })
  if (scannedAt.getTime() < now.getTime() - QUEUED_SCAN_MAX_AGE_MS) throw new AppError('checkin_scan_too_old')
  const queued = now.getTime() - scannedAt.getTime() > CLOCK_SKEW_MS

  // Wrong codes are counted with the shared rate limits (per person and activity): a hit is taken
  // first, in its own committed statement, so parallel guesses cannot all slip under the limit, and
  // given back unless the attempt turns out to be a wrong guess.
  const limit = await consumeRateLimits({ operation: 'checkin_code', userId: session.sub, scope: request.activityId })
  let wrongGuess = false
  try {
    if (!limit.allowed) {
      throw new AppError('too_many_attempts', {
        userMessage: '签到码输错次数过多，请 10 分钟后再试，或请联系人让你扫码签到',
        retryAfterSeconds: limit.retryAfterSeconds,
      })
    }
    const checked = await withUserTx(session, async (tx) => {
      const replay = await replayIfSeen(tx, session.sub, request.scanId)
      if (replay) return { kind: 'replay' as const, replay }
      const activity = await findActivityTimes(tx, request.activityId)
      if (!activity) throw new AppError('activity_not_found')
      verifyCheckinCode({ code: request.code, activityId: request.activityId, secret: resolveSessionSecret(requireEnv()), at: scannedAt, queued })
      return { kind: 'valid' as const, activity }
    })
    if (checked.kind === 'replay') return checked.replay
    return await recordCheckIn(session, request, checked.activity, scannedAt, queued)
  } catch (error) {
    wrongGuess = limit.allowed && error instanceof AppError && GUESS_CODES.has(error.code)
    throw error
  } finally {
    // A refund that fails (database away) only leaves one extra hit; the request's own error stands.
    if (!wrongGuess) await refundRateLimits(limit.hits).catch(() => undefined)
  }
}

async function recordCheckIn(
  session: TSessionClaims,
  request: TCheckinRequest,
  activity: NonNullable<Awaited<ReturnType<typeof findActivityTimes>>>,
  scannedAt: Date,
  queued: boolean,
): Promise<TCheckinResponse> {
  return withUserTx(session, async (tx): Promise<TCheckinResponse> => {
    // The same scan arriving twice at once: the second waits here, then answers the first's result.
    await lockPersonAtActivity(tx, session.sub, request.activityId)
    const replay = await replayIfSeen(tx, session.sub, request.scanId)
    if (replay) return replay
    const result = await scanInSql(tx, { activityId: request.activityId, at: scannedAt, latitude: request.latitude, longitude: request.longitude })
    await recordScan(tx, { scanId: request.scanId, userId: session.sub, activityId: request.activityId, scannedAt, queued, action: result.action })
    return { ...result, activityTitle: activity.title, scannedAt: toShanghaiIso(scannedAt), replayed: false }
  })
}

/** The same scan sent again (a lost answer, a queue flushed twice): the state as it is, nothing counted twice. */
async function replayIfSeen(tx: TTx, userId: string, scanId: string): Promise<TCheckinResponse | null> {
  const seen = await findScan(tx, scanId)
  if (!seen) return null
  // Scan ids are random UUIDs made by the phone; someone else's id is never a honest retry.
  if (seen.userId !== userId) throw new AppError('conflict')
  const [activity, checkIn] = await Promise.all([findActivityTimes(tx, seen.activityId), findMyCheckIn(tx, userId, seen.activityId)])
  if (!activity || !checkIn) throw new AppError('conflict')
  return { action: seen.action, activityTitle: activity.title, checkIn, scannedAt: toShanghaiIso(seen.scannedAt), replayed: true }
}
