import type { TTx } from '../db/client'

/** The only SQL of the health check: a round trip that needs no table. */
export async function pingDatabase(tx: TTx): Promise<void> {
  await tx`select 1`
}
