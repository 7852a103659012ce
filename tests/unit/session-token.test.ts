import { AppError } from '../../cloud/lib/errors/app-error'
import { issueSessionToken, verifySessionToken } from '../../cloud/lib/auth/session-token'

const secret = 'x'.repeat(32)
const userId = '6f1c2b9e-8a1d-4c1e-9a55-0c2f7d9b1a10'

describe('session tokens', () => {
  it('round-trips the user id with Supabase-shaped claims', () => {
    const { token } = issueSessionToken({ userId, ttlHours: 1 }, secret)
    expect(verifySessionToken(token, secret)).toMatchObject({ sub: userId, role: 'authenticated' })
  })

  it('rejects expired tokens, other secrets and tampered claims', () => {
    const now = new Date('2027-03-05T00:00:00Z')
    const { token } = issueSessionToken({ userId, ttlHours: 1, now }, secret)
    expect(() => verifySessionToken(token, secret, new Date('2027-03-05T01:00:01Z'))).toThrow(AppError)
    expect(() => verifySessionToken(token, 'y'.repeat(32), now)).toThrow(AppError)
    const [header, , signature] = token.split('.')
    const forged = Buffer.from(JSON.stringify({ sub: userId, role: 'authenticated', iat: 0, exp: 9999999999 })).toString('base64url')
    expect(() => verifySessionToken(`${header}.${forged}.${signature}`, secret, now)).toThrow(AppError)
    expect(() => verifySessionToken('not-a-token', secret, now)).toThrow(AppError)
  })
})
