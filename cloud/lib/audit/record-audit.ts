import type { TTx } from '../db/client'
import { insertAuditLog, type TAuditEntry } from './repository'

export type { TAuditEntry }

/**
 * One audit_log row in the caller's transaction (so it commits or rolls back with the change it
 * records). Every domain of the unit's side writes its audit through here.
 */
export async function recordAudit(tx: TTx, entry: TAuditEntry): Promise<void> {
  await insertAuditLog(tx, entry)
}
