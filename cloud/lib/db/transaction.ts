import type { TSessionClaims } from '../auth/session-token'
import { getSql, type TTx } from './client'

/**
 * Runs `work` in one transaction as the caller: `role` and `request.jwt.claims` are set with
 * set_config(..., true), so they last for this transaction only and row-level security written
 * with auth.uid() / auth.jwt() applies exactly as it would on Supabase.
 */
export async function withUserTx<T>(session: TSessionClaims | null, work: (tx: TTx) => Promise<T>): Promise<T> {
  const role = session ? 'authenticated' : 'anon'
  const claims = session ? { sub: session.sub, role } : { role }
  return runAs(role, claims, work)
}

/**
 * For work no single user's rights cover: logging in (there is no user yet), redeeming an invite,
 * seeding, job workers. Callers pass the identity they verified themselves.
 */
export async function withServiceTx<T>(work: (tx: TTx) => Promise<T>): Promise<T> {
  return runAs('service_role', { role: 'service_role' }, work)
}

async function runAs<T>(role: string, claims: Record<string, unknown>, work: (tx: TTx) => Promise<T>): Promise<T> {
  const result = await getSql().begin(async (tx) => {
    await tx`select set_config('role', ${role}, true), set_config('request.jwt.claims', ${JSON.stringify(claims)}, true)`
    return [await work(tx)] as const
  })
  return result[0]
}
