import type { IncomingMessage } from 'node:http'
import { isIP } from 'node:net'
import { requireEnv } from '../config/env'

/** Who sent a request, as far as the rate limits are concerned. */
export type TClient = { address: string | null }

/**
 * The client's address. Behind Vercel (env VERCEL=1, set by Vercel itself), the socket is Vercel's
 * edge, which writes the caller's address as the first hop of x-forwarded-for (it replaces what the
 * caller sent): that first hop is the client. Anywhere else the header is the caller's own word, so
 * only the socket counts.
 */
export function clientAddress(req: Pick<IncomingMessage, 'headers' | 'socket'>, behindVercel: boolean = requireEnv().VERCEL === '1'): string | null {
  if (behindVercel) {
    const header = req.headers['x-forwarded-for']
    const first = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim()
    if (first && isIP(stripZone(first))) return normalise(stripZone(first))
  }
  const socket = req.socket?.remoteAddress
  return socket ? normalise(socket) : null
}

function stripZone(address: string): string {
  return address.replace(/%.*$/, '')
}

/** IPv4 seen through an IPv6 socket (::ffff:1.2.3.4) is the same client as 1.2.3.4. */
function normalise(address: string): string {
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1').toLowerCase()
}

/**
 * This machine's own addresses. The local server listens on 127.0.0.1 only, so locally every
 * client — the developer's browser, the tests, the benchmarks — is this machine: a per-address
 * limit there would only make one test stop another. Per-user limits still apply. In production the
 * address comes from Vercel's x-forwarded-for and is never loopback.
 */
export function isLoopback(address: string): boolean {
  return address === '::1' || /^127\./.test(address)
}
