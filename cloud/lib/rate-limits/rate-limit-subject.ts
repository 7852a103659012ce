import { createHmac } from 'node:crypto'
import { resolveSessionSecret } from '../auth/session-secret'
import { requireEnv } from '../config/env'

/**
 * What a counter is keyed by: a keyed hash of a user id or a client address, so the counters table
 * holds no personal data (PIPL) and nobody can work back from a row to a person or an address.
 */
export function rateLimitSubject(kind: 'user' | 'address', value: string, secret: string = resolveSessionSecret(requireEnv())): string {
  return createHmac('sha256', secret).update(`rate-limit\n${kind}\n${value}`).digest('base64url').slice(0, 32)
}
