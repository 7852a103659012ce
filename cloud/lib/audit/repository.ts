import type { TTx } from '../db/client'

export type TAuditEntry = {
  campaignId: string
  actorId: string
  action: string
  entity: string
  entityId: string
  /** The state before and after the change; absent or null when there is none worth recording. */
  before?: object | null
  after?: object | null
}

export async function insertAuditLog(tx: TTx, entry: TAuditEntry): Promise<void> {
  // Sent with tx.json (a JSON.stringify'd text cast straight to jsonb would be stored as one JSON
  // string); the round trip drops undefined fields and turns dates into ISO strings, as JSON does.
  const json = (value: object | null | undefined) => (value === undefined || value === null ? null : tx.json(JSON.parse(JSON.stringify(value))))
  await tx`
    insert into audit_log (campaign_id, actor_id, action, entity, entity_id, before, after)
    values (${entry.campaignId}, ${entry.actorId}, ${entry.action}, ${entry.entity}, ${entry.entityId},
            ${json(entry.before)}, ${json(entry.after)})`
}
