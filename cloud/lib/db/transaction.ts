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
  return runAs(role, claims, work, session)
}

/**
 * For work no single user's rights cover: logging in (there is no user yet), redeeming an invite,
 * seeding, job workers. Callers pass the identity they verified themselves.
 */
export async function withServiceTx<T>(work: (tx: TTx) => Promise<T>): Promise<T> {
  return runAs('service_role', { role: 'service_role' }, work)
}

async function runAs<T>(role: string, claims: Record<string, unknown>, work: (tx: TTx) => Promise<T>, session?: TSessionClaims | null): Promise<T> {
  const result = await getSql().begin(async (tx) => {
    // A token's user must still exist and its sessions not be revoked: checked in the same round
    // trip that sets the claims, so every request with a token pays one primary-key lookup.
    if (session) {
      await tx`select set_config('role', ${role}, true), set_config('request.jwt.claims', ${JSON.stringify(claims)}, true),
                      app_private.assert_live_session(${session.sub}, ${session.sep ?? 0})`
    } else {
      await tx`select set_config('role', ${role}, true), set_config('request.jwt.claims', ${JSON.stringify(claims)}, true)`
    }
    return [await work(tx)] as const
  })
  return result[0]
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** A UUID as an SQL literal; anything else is refused, so nothing user-made is ever spliced into SQL. */
export function uuidLiteral(value: string): string {
  if (!UUID.test(value)) throw new Error('not a uuid')
  return `'${value}'::uuid`
}

/**
 * For hot paths that take a row lock: the role/claims setup and one statement go in a single
 * simple-protocol message, which Postgres runs as one implicit transaction. The lock is released
 * when the statement ends, without waiting for a COMMIT from a busy Node process (measured with
 * bench:register), and an error rolls everything back. `statement` may only embed literals made
 * by uuidLiteral().
 */
export async function withUserStatement<T>(session: TSessionClaims, statement: string): Promise<T[]> {
  const claims = JSON.stringify({ sub: session.sub, role: 'authenticated' }).replace(/'/g, "''")
  const epoch = Number.isInteger(session.sep) ? Number(session.sep) : 0
  const results = await getSql()
    .unsafe(
      `select set_config('role', 'authenticated', true), set_config('request.jwt.claims', '${claims}', true), ` +
        `app_private.assert_live_session(${uuidLiteral(session.sub)}, ${epoch}); ${statement}`,
    )
    .simple()
  // Two statements → two result sets; the caller's is the last.
  const last: unknown = Array.isArray(results[1]) ? results[1] : results
  return last as T[]
}
