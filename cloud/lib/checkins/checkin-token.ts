import { createHmac, timingSafeEqual } from 'node:crypto'
import { CHECKIN_QR_PREFIX } from '../../../types/api/checkins'
import { AppError } from '../errors/app-error'

/** Codes rotate every 30 s; each stays valid 10 s longer so a scan just after a rotation still counts. */
export const CHECKIN_REFRESH_SECONDS = 30
const CHECKIN_TTL_SECONDS = 40

function mac(activityId: string, expires: number, secret: string): string {
  return createHmac('sha256', secret).update(`checkin\n${activityId}\n${expires}`).digest('base64url').slice(0, 22)
}

/** `<activityId>.<expires epoch s>.<mac>`: short enough for a small, easily scanned QR code. */
export function issueCheckinToken(activityId: string, secret: string, now: Date = new Date()): { token: string; expiresAt: Date } {
  const expires = Math.floor(now.getTime() / 1000) + CHECKIN_TTL_SECONDS
  return { token: `${activityId}.${expires}.${mac(activityId, expires, secret)}`, expiresAt: new Date(expires * 1000) }
}

/** Checks the scanned text: ours, untampered, unexpired, and for the activity the volunteer is at. */
export function verifyCheckinToken(scanned: string, expectedActivityId: string, secret: string, now: Date = new Date()): void {
  const token = scanned.startsWith(CHECKIN_QR_PREFIX) ? scanned.slice(CHECKIN_QR_PREFIX.length) : scanned
  const match = /^([0-9a-f-]{36})\.(\d{9,11})\.([\w-]{22})$/i.exec(token.trim())
  if (!match) throw new AppError('checkin_token_invalid')
  const [, activityId, expiresText, signature] = match as unknown as [string, string, string, string]
  const expected = Buffer.from(mac(activityId, Number(expiresText), secret))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw new AppError('checkin_token_invalid')
  if (activityId.toLowerCase() !== expectedActivityId.toLowerCase()) throw new AppError('checkin_wrong_activity')
  if (Number(expiresText) * 1000 < now.getTime()) throw new AppError('checkin_token_expired')
}
