import type { TDeadlinePayload } from '../notifications/repository'
import { withServiceTx } from '../db/transaction'
import { toShanghaiIso } from '../time/shanghai'
import { describeOwed } from './describe-deliverable'
import {
  findCampaignContacts,
  findDeliverables,
  findQueuedReminderKeys,
  findRemindableDeadlines,
  insertDeadlineReminders,
  type TReminderInsert,
} from './repository'

/** The reminder's dedupe key: one per deadline, unit, contact and lead time, so it is never queued twice. */
export function deadlineReminderKey(deadlineId: string, unitId: string, userId: string, lead: '3d' | '1d'): string {
  return `deadline_reminder:${deadlineId}:${unitId}:${userId}:${lead}`
}

/**
 * Queues "报送提醒" 3 days and 1 day before each deadline for every contact of every unit that still
 * owes it (not submitted: 未开始, 草稿 or 已退回). Run by the scheduled tick; sendOutbox then sends
 * each as a WeChat subscription message (WECHAT_TEMPLATE_DEADLINE) or keeps it for 消息. Idempotent:
 * the dedupe key makes a second run queue nothing new.
 */
export async function queueDeadlineReminders(now: Date = new Date()): Promise<number> {
  return withServiceTx(async (tx) => {
    const due = await findRemindableDeadlines(tx, now)
    let queued = 0
    for (const campaignId of new Set(due.map((d) => d.campaign_id))) {
      const leads = due.filter((d) => d.campaign_id === campaignId)
      const contacts = await findCampaignContacts(tx, campaignId)
      const keys = leads.flatMap((l) => contacts.map((c) => deadlineReminderKey(l.deadline_id, c.unit_id, c.user_id, l.lead)))
      const queuedAlready = await findQueuedReminderKeys(tx, keys)
      // Everyone already reminded: skip computing the campaign's deliverables on every tick.
      if (keys.every((key) => queuedAlready.has(key))) continue
      const rows = await findDeliverables(tx, campaignId, null, now)
      const reminders: TReminderInsert[] = []
      for (const lead of leads) {
        for (const row of rows) {
          if (row.deadline_id !== lead.deadline_id || row.state === 'submitted' || row.state === 'overdue') continue
          for (const contact of contacts.filter((c) => c.unit_id === row.unit_id)) {
            const dedupeKey = deadlineReminderKey(row.deadline_id, row.unit_id, contact.user_id, lead.lead)
            if (queuedAlready.has(dedupeKey)) continue
            const payload: TDeadlinePayload = {
              deadlineId: row.deadline_id,
              unitId: row.unit_id,
              unitName: contact.unit_name,
              title: row.title,
              dueAt: toShanghaiIso(row.due_at),
              owed: describeOwed(row).join('；'),
            }
            reminders.push({ userId: contact.user_id, dedupeKey, payload })
          }
        }
      }
      queued += await insertDeadlineReminders(tx, reminders)
    }
    return queued
  })
}
