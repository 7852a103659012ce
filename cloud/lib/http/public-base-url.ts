import type { VercelRequest } from '@vercel/node'
import { requireEnv } from '../config/env'

/**
 * Where people reach the H5 app, for links that leave the app (an invite's QR code): PUBLIC_URL
 * when set, else the origin this request came to (on Vercel, the deployment's domain).
 */
export function publicBaseUrl(req: VercelRequest): string {
  const configured = requireEnv().PUBLIC_URL
  if (configured) return configured.replace(/\/+$/, '')
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.split(',')[0]?.trim()
  const proto = first(req.headers['x-forwarded-proto']) ?? 'http'
  const host = first(req.headers['x-forwarded-host']) ?? req.headers.host ?? 'localhost'
  return `${proto === 'https' ? 'https' : 'http'}://${host}`
}
