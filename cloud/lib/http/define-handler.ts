import type { VercelRequest, VercelResponse } from '@vercel/node'
import { requireEnv } from '../config/env'
import { AppError } from '../errors/app-error'
import { resolveSessionSecret } from '../auth/session-secret'
import { verifySessionToken, type TSessionClaims } from '../auth/session-token'
import { clientAddress, type TClient } from '../rate-limits/client-address'
import { refuseNulByte } from './parse-input'
import { logRequest, requestIdFor } from './request-log'
import { sendError, toAppError } from './send-error'

type THttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export type THandlerContext = {
  req: VercelRequest
  res: VercelResponse
  /** The verified session, or null for anonymous callers. */
  session: TSessionClaims | null
  /** The caller's address (rate limits): Vercel's x-forwarded-for first hop there, else the socket. */
  client: TClient
  requestId: string
}

type TMethodHandler = (ctx: THandlerContext) => Promise<unknown>

type THandlerOptions = {
  /**
   * `none`: the Authorization header is not a session token and must not be read as one. Vercel
   * Cron calls /api/cron/tick with `Bearer <CRON_SECRET>`; verified as a session it was a 401
   * before the tick could compare it with the secret, so the scheduled jobs never ran.
   */
  session?: 'bearer' | 'none'
}

/**
 * Wraps a Vercel function: method dispatch, session from `Authorization: Bearer`, JSON reply,
 * and every error mapped to `{code, message}` in one place. Handlers return the response body.
 */
export function defineHandler(methods: Partial<Record<THttpMethod, TMethodHandler>>, options: THandlerOptions = {}) {
  return async function handler(req: VercelRequest, res: VercelResponse): Promise<void> {
    const started = performance.now()
    const requestId = requestIdFor(req)
    res.setHeader('x-request-id', requestId)
    let session: TSessionClaims | null = null
    let errorCode: string | undefined
    try {
      const method = (req.method ?? 'GET').toUpperCase() as THttpMethod
      const run = methods[method]
      if (!run) {
        res.setHeader('Allow', Object.keys(methods).join(', '))
        throw new AppError('method_not_allowed')
      }
      session = options.session === 'none' ? null : readSession(req)
      // Query and body alike, before any handler: a NUL byte would only fail later, in Postgres.
      refuseNulByte(req.query)
      refuseNulByte(req.body)
      const body = await run({ req, res, session, client: { address: clientAddress(req) }, requestId })
      if (!res.headersSent) {
        res.setHeader('Cache-Control', 'no-store')
        res.status(200).json(body)
      }
    } catch (error) {
      const appError = toAppError(error)
      errorCode = appError.code
      sendError(res, appError)
    } finally {
      logRequest({ req, status: res.statusCode, requestId, started, userId: session?.sub, code: errorCode })
    }
  }
}

function readSession(req: VercelRequest): TSessionClaims | null {
  const header = req.headers.authorization
  if (!header) return null
  const match = /^Bearer\s+(\S+)$/i.exec(header)
  if (!match?.[1]) throw new AppError('unauthenticated', { detail: 'malformed Authorization header' })
  return verifySessionToken(match[1], resolveSessionSecret(requireEnv()))
}

/**
 * The signed-in caller, or 401. One rule for every endpoint: the token's signature and expiry are
 * checked here, and every transaction opened with these claims (withUserTx, withUserStatement)
 * first checks in the same statement that the user still exists and the token was not revoked by
 * 退出所有设备 (app_private.assert_live_session) — a 401 before any row is read or written.
 */
export function requireSession(ctx: THandlerContext): TSessionClaims {
  if (!ctx.session) throw new AppError('unauthenticated')
  return ctx.session
}
