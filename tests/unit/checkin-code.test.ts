import { createHmac, createHash, randomBytes } from 'node:crypto'
import { STEP_TOLERANCE, activityKey, encodeActivityKey, verifyCheckinCode } from '../../cloud/lib/checkins/checkin-code'
import { checkCorrectionTimes } from '../../cloud/lib/checkins/correction-rules'
import { hmacSha256, sha256 } from '../../src/features/checkins/code/hmac-sha256'
import { codeForStep } from '../../src/features/checkins/code/phone-code'
import { checkinStepAt, fromBase64Url, parseCheckinCode, toBase64Url, truncateToDigits } from '../../types/checkin-code'

/** The phone's pure-TS code against the server's Node crypto: both must make the same codes. */
describe('check-in code: phone and server agree', () => {
  test.each([0, 1, 55, 56, 63, 64, 65, 119, 120, 1000])('SHA-256 and HMAC-SHA256 equal Node crypto for %i bytes', (length) => {
    const message = randomBytes(length)
    const key = randomBytes(length % 2 === 0 ? 32 : 80)
    expect(Buffer.from(sha256(message)).toString('hex')).toBe(createHash('sha256').update(message).digest('hex'))
    expect(Buffer.from(hmacSha256(key, message)).toString('hex')).toBe(createHmac('sha256', key).update(message).digest('hex'))
  })

  test('base64url round-trips every length', () => {
    for (let n = 0; n < 40; n += 1) {
      const bytes = new Uint8Array(randomBytes(n))
      const text = toBase64Url(bytes)
      expect(text).toBe(Buffer.from(bytes).toString('base64url'))
      expect(Array.from(fromBase64Url(text))).toEqual(Array.from(bytes))
    }
  })

  test('dynamic truncation follows RFC 4226 (its appendix D, count 0 → 755224)', () => {
    expect(truncateToDigits(Buffer.from('cc93cf18508d94934c64b65d8ba7667fb7cde4b0', 'hex'))).toBe('755224')
    expect(truncateToDigits(Buffer.from('75a48a19d4cbe100644e8ac1397eea747a2d33ab', 'hex'))).toBe('287082')
  })

  test('a code made on the phone from the fetched key is accepted by the server, QR and digits, within the tolerance only', () => {
    const secret = 'unit-test-secret'
    const activityId = '36ab3886-4b91-4a97-9223-3f002207ef94'
    const key = encodeActivityKey(activityKey(secret, activityId))
    const now = new Date('2027-03-05T09:30:10+08:00')
    const step = checkinStepAt(now.getTime())
    const verify = (code: string, queued = false) => verifyCheckinCode({ code, activityId, secret, at: now, queued })
    expect(verify(codeForStep(key, activityId, step).qrText)).toBe(step)
    expect(verify(codeForStep(key, activityId, step - STEP_TOLERANCE.online.before).shortCode)).toBe(step - 2)
    expect(() => verify(codeForStep(key, activityId, step - 3).qrText)).toThrow('checkin_token_expired')
    expect(verify(codeForStep(key, activityId, step - 4).qrText, true)).toBe(step - 4)
    expect(() => verify(codeForStep(key, activityId, step + 5).shortCode, true)).toThrow('checkin_code_wrong')
    // Another activity's key signs another activity's codes.
    const otherId = '00000000-4b91-4a97-9223-3f002207ef94'
    const otherKey = encodeActivityKey(activityKey(secret, otherId))
    expect(() => verify(codeForStep(otherKey, otherId, step).qrText)).toThrow('checkin_wrong_activity')
    expect(() => verify(codeForStep(otherKey, activityId, step).qrText)).toThrow('checkin_token_invalid')
  })

  test('what counts as a code', () => {
    expect(parseCheckinCode(' 123 456 ')).toEqual({ kind: 'short', digits: '123456' })
    expect(parseCheckinCode('12345')).toBeNull()
    expect(parseCheckinCode('XLF-CHECKIN:36AB3886-4b91-4a97-9223-3f002207ef94.59851729.qaXQJ60JUB1646_NxfAeXw')).toMatchObject({
      kind: 'qr',
      activityId: '36ab3886-4b91-4a97-9223-3f002207ef94',
      step: 59851729,
    })
    expect(parseCheckinCode('https://example.com/other')).toBeNull()
  })
})

describe('check-in correction rules', () => {
  const activity = { startsAt: new Date('2027-03-05T09:00:00+08:00'), endsAt: new Date('2027-03-05T11:00:00+08:00') }
  const at = (text: string) => new Date(`${text}+08:00`)

  test('the activity’s day, not the future, nothing checked out before the start', () => {
    const after = at('2027-03-05T15:00:00')
    expect(checkCorrectionTimes({ checkedInAt: at('2027-03-05T08:30:00'), checkedOutAt: at('2027-03-05T11:00:00') }, activity, after)).toBeNull()
    expect(checkCorrectionTimes({ checkedInAt: at('2027-03-04T08:30:00'), checkedOutAt: null }, activity, after)).toMatchObject({
      code: 'checkin_outside_activity',
      issues: [{ path: 'checkedInAt', message: expect.stringContaining('2027年3月5日') }],
    })
    expect(checkCorrectionTimes({ checkedInAt: at('2027-03-05T10:00:00'), checkedOutAt: at('2027-03-05T16:00:00') }, activity, after)).toMatchObject({
      code: 'checkin_in_future',
      issues: [{ path: 'checkedOutAt' }],
    })
    const before = at('2027-03-05T08:45:00')
    expect(checkCorrectionTimes({ checkedInAt: at('2027-03-05T08:30:00'), checkedOutAt: at('2027-03-05T08:40:00') }, activity, before)).toMatchObject({
      code: 'activity_not_started',
    })
    expect(checkCorrectionTimes({ checkedInAt: at('2027-03-05T08:30:00'), checkedOutAt: null }, activity, before)).toBeNull()
  })

  test('an activity past midnight keeps its check-in window', () => {
    const night = { startsAt: new Date('2027-03-05T23:30:00+08:00'), endsAt: new Date('2027-03-06T01:00:00+08:00') }
    const later = at('2027-03-06T09:00:00')
    expect(checkCorrectionTimes({ checkedInAt: at('2027-03-05T23:00:00'), checkedOutAt: at('2027-03-06T02:30:00') }, night, later)).toBeNull()
  })
})
