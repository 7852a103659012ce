import { createHash, randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { requireEnv } from '../config/env'

/**
 * One JSON line per API request on stdout (Vercel keeps function stdout as its logs; locally it is
 * the server's output): when, which request, what route, how it ended, how long it took, and who —
 * as a short hash of the user id, never the id itself, so logs carry no personal data.
 */
export type TRequestLogLine = {
  time: string
  level: 'info' | 'warn' | 'error'
  requestId: string
  method: string
  route: string
  status: number
  ms: number
  userHash: string | null
  code?: string
}

/** A caller's own id is kept when it looks like one (a proxy's trace id); otherwise a new UUID. */
export function requestIdFor(req: Pick<IncomingMessage, 'headers'>): string {
  const given = req.headers['x-request-id']
  const value = Array.isArray(given) ? given[0] : given
  return value && /^[A-Za-z0-9._:-]{8,100}$/.test(value) ? value : randomUUID()
}

const DYNAMIC_SEGMENT = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d+|[A-Za-z0-9_-]{20,})$/i

/**
 * The route without ids, so lines group by operation: /api/activities/<uuid> → /api/activities/:id.
 * Query strings never reach the log (they may hold search words or codes).
 */
export function routeOf(url: string | undefined): string {
  const pathname = (url ?? '/').split('?')[0] ?? '/'
  return pathname
    .split('/')
    .map((segment) => (DYNAMIC_SEGMENT.test(segment) ? ':id' : segment))
    .join('/')
    .slice(0, 200)
}

export function userHash(userId: string | null | undefined): string | null {
  return userId ? createHash('sha256').update(`user\n${userId}`).digest('hex').slice(0, 16) : null
}

/**
 * For requests no handler answers (the local server's storage routes, unknown /api paths): the same
 * request id header and one log line when the response is done.
 */
export function logWhenFinished(req: Pick<IncomingMessage, 'headers' | 'method' | 'url'>, res: { setHeader: (name: string, value: string) => unknown; statusCode: number; once: (event: 'finish' | 'close', listener: () => void) => unknown }): void {
  const started = performance.now()
  const requestId = requestIdFor(req)
  res.setHeader('x-request-id', requestId)
  let done = false
  const write = (): void => {
    if (done) return
    done = true
    logRequest({ req, status: res.statusCode, requestId, started, userId: null })
  }
  res.once('finish', write)
  res.once('close', write)
}

/** The line of one finished request; `started` is its `performance.now()` on arrival. */
export function logRequest(request: {
  req: Pick<IncomingMessage, 'method' | 'url'>
  status: number
  requestId: string
  started: number
  userId: string | null | undefined
  code?: string
}): void {
  const { req, status } = request
  writeRequestLog({
    time: new Date().toISOString(),
    level: status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info',
    requestId: request.requestId,
    method: (req.method ?? 'GET').toUpperCase(),
    route: routeOf(req.url),
    status,
    ms: Math.round((performance.now() - request.started) * 10) / 10,
    userHash: userHash(request.userId),
    ...(request.code ? { code: request.code } : {}),
  })
}

export function writeRequestLog(line: TRequestLogLine): void {
  if (requireEnv().REQUEST_LOG === 'off') return
  process.stdout.write(`${JSON.stringify(line)}\n`)
}
