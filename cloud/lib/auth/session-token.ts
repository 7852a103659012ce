import { createHmac, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'
import { AppError } from '../errors/app-error'

/**
 * Our own session token: a compact HS256 JWT whose claims follow Supabase's shape (`sub`, `role`),
 * so the same claims can be handed to Postgres as `request.jwt.claims` and read by auth.uid().
 */
const ZClaims = z.object({
  sub: z.string().uuid(),
  role: z.literal('authenticated'),
  iat: z.number().int(),
  exp: z.number().int(),
  /** Demo sessions are marked so a token minted locally is recognisable anywhere. */
  demo: z.boolean().optional(),
  /**
   * The user's session epoch when the token was issued (absent = 0). 退出所有设备 raises the epoch,
   * which retires every older token; checked in each transaction (cloud/lib/db/transaction.ts).
   */
  sep: z.number().int().min(0).optional(),
})
export type TSessionClaims = z.infer<typeof ZClaims>

const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))

function base64url(input: string | Buffer): string {
  return Buffer.from(input).toString('base64url')
}

function sign(data: string, secret: string): string {
  return createHmac('sha256', secret).update(data).digest('base64url')
}

export function issueSessionToken(
  input: { userId: string; demo?: boolean; sessionEpoch?: number; ttlHours: number; now?: Date },
  secret: string,
): { token: string; expiresAt: Date } {
  const iat = Math.floor((input.now ?? new Date()).getTime() / 1000)
  const exp = iat + input.ttlHours * 3600
  const claims: TSessionClaims = {
    sub: input.userId,
    role: 'authenticated',
    iat,
    exp,
    ...(input.demo ? { demo: true } : {}),
    ...(input.sessionEpoch ? { sep: input.sessionEpoch } : {}),
  }
  const body = `${HEADER}.${base64url(JSON.stringify(claims))}`
  return { token: `${body}.${sign(body, secret)}`, expiresAt: new Date(exp * 1000) }
}

/** Verifies signature and expiry. Any defect is `session_expired` (401): the client logs in again. */
export function verifySessionToken(token: string, secret: string, now: Date = new Date()): TSessionClaims {
  const parts = token.split('.')
  if (parts.length !== 3 || parts[0] !== HEADER) throw new AppError('session_expired', { detail: 'malformed token' })
  const [header, payload, signature] = parts as [string, string, string]
  const expected = Buffer.from(sign(`${header}.${payload}`, secret))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new AppError('session_expired', { detail: 'bad signature' })
  }
  let decoded: unknown
  try {
    decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
  } catch {
    throw new AppError('session_expired', { detail: 'undecodable claims' })
  }
  const claims = ZClaims.safeParse(decoded)
  if (!claims.success) throw new AppError('session_expired', { detail: 'claims do not parse' })
  if (claims.data.exp * 1000 <= now.getTime()) throw new AppError('session_expired', { detail: 'expired' })
  return claims.data
}
