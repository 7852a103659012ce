import type { TCheckinRequest, TCheckinResponse } from '../../../types/api/checkins'
import { resolveSessionSecret } from '../auth/session-secret'
import type { TSessionClaims } from '../auth/session-token'
import { requireEnv } from '../config/env'
import type { TTx } from '../db/client'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { toShanghaiIso } from '../time/shanghai'
import { verifyCheckinCode } from './checkin-code'
import {
  countWrongCodeTries,
  findActivityTimes,
  findMyCheckIn,
  findScan,
  lockPersonAtActivity,
  recordScan,
  recordWrongCodeTry,
  scanInSql,
} from './repository'

/** Guessing the 6-digit code: this many wrong tries per person and activity within the window lock it. */
export const WRONG_CODE_LIMIT = 5
export const WRONG_CODE_WINDOW_MS = 10 * 60 * 1000
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

  // First transaction: the code, checked and (when wrong) recorded — it must stay recorded even
  // though the request fails, so it commits before the error is thrown.
  const checked = await withUserTx(session, async (tx) => {
    const replay = await replayIfSeen(tx, session.sub, request.scanId)
    if (replay) return { kind: 'replay' as const, replay }
    const activity = await findActivityTimes(tx, request.activityId)
    if (!activity) throw new AppError('activity_not_found')
    await lockPersonAtActivity(tx, session.sub, request.activityId)
    const wrong = await countWrongCodeTries(tx, session.sub, request.activityId, new Date(now.getTime() - WRONG_CODE_WINDOW_MS))
    if (wrong >= WRONG_CODE_LIMIT) {
      return { kind: 'refused' as const, error: new AppError('too_many_attempts', { userMessage: '签到码输错次数过多，请 10 分钟后再试，或请联系人让你扫码签到' }) }
    }
    try {
      verifyCheckinCode({ code: request.code, activityId: request.activityId, secret: resolveSessionSecret(requireEnv()), at: scannedAt, queued })
    } catch (error) {
      if (error instanceof AppError && GUESS_CODES.has(error.code)) await recordWrongCodeTry(tx, session.sub, request.activityId)
      if (error instanceof AppError) return { kind: 'refused' as const, error }
      throw error
    }
    return { kind: 'valid' as const, activity }
  })
  if (checked.kind === 'replay') return checked.replay
  if (checked.kind === 'refused') throw checked.error

  const { activity } = checked
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
