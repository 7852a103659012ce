import { createHmac, timingSafeEqual } from 'node:crypto'
import { checkinStepAt, deriveCheckinCode, parseCheckinCode, toBase64Url } from '../../../types/checkin-code'
import { AppError } from '../errors/app-error'

/**
 * How far a code's step may lie from the time it is checked against. A scan sent at once is
 * checked against the server's clock: the code shown now, the two before (a scan just after a
 * rotation, a slow network) and the next (the contact's clock slightly ahead). A queued scan is
 * checked against the time the volunteer's phone says it was made, whose clock may be off by a
 * minute or two either way.
 */
export const STEP_TOLERANCE = { online: { before: 2, after: 1 }, queued: { before: 4, after: 4 } } as const

/** The per-activity key: derived from the server secret, so nothing needs storing or rotating. */
export function activityKey(secret: string, activityId: string): Buffer {
  return createHmac('sha256', secret).update(`checkin-key\n${activityId.toLowerCase()}`).digest()
}

export function encodeActivityKey(key: Buffer): string {
  return toBase64Url(new Uint8Array(key))
}

function codesAt(key: Buffer, activityId: string, step: number): { qrText: string; shortCode: string } {
  return deriveCheckinCode((message) => new Uint8Array(createHmac('sha256', key).update(message).digest()), activityId, step)
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

/**
 * Checks the QR text or 6-digit code a volunteer sent against the codes valid around `at`.
 * Returns the step it matched. Throws checkin_token_invalid / checkin_wrong_activity /
 * checkin_token_expired / checkin_code_wrong; the last two count as a wrong try for the rate limit.
 */
export function verifyCheckinCode(input: { code: string; activityId: string; secret: string; at: Date; queued: boolean }): number {
  const parsed = parseCheckinCode(input.code)
  if (!parsed) throw new AppError('checkin_token_invalid')
  const tolerance = input.queued ? STEP_TOLERANCE.queued : STEP_TOLERANCE.online
  const centre = checkinStepAt(input.at.getTime())
  if (parsed.kind === 'qr') {
    const signedWith = activityKey(input.secret, parsed.activityId)
    const expectedTag = codesAt(signedWith, parsed.activityId, parsed.step).qrText.split('.').pop() ?? ''
    if (!sameText(expectedTag, parsed.tag)) throw new AppError('checkin_token_invalid')
    // Genuine, but signed for another activity: the volunteer is at the wrong code.
    if (parsed.activityId !== input.activityId.toLowerCase()) throw new AppError('checkin_wrong_activity')
    if (parsed.step < centre - tolerance.before || parsed.step > centre + tolerance.after) throw new AppError('checkin_token_expired')
    return parsed.step
  }
  for (let step = centre - tolerance.before; step <= centre + tolerance.after; step += 1) {
    if (sameText(codesAt(activityKey(input.secret, input.activityId), input.activityId, step).shortCode, parsed.digits)) return step
  }
  throw new AppError('checkin_code_wrong')
}
