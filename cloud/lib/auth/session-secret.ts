import { randomBytes } from 'node:crypto'
import { isProduction, type TServerEnv } from '../config/env'

let localSecret: string | undefined

/**
 * Production requires SESSION_SECRET (env validation enforces it). Locally, without one, a random
 * secret per process is used: sessions then last until the local server restarts, which is the
 * honest behaviour for a demo rather than a well-known secret anyone could forge tokens with.
 */
export function resolveSessionSecret(env: TServerEnv): string {
  if (env.SESSION_SECRET) return env.SESSION_SECRET
  if (isProduction(env)) throw new Error('SESSION_SECRET is required in production')
  localSecret ??= randomBytes(32).toString('hex')
  return localSecret
}
