import { z } from 'zod'
import type { TNotification } from '../../../types/api/notifications'
import { quoteName } from '../../../types/quote-name'
import type { TTx } from '../db/client'
import { toShanghaiIso } from '../time/shanghai'

/**
 * What an outbox row's payload holds. Activity kinds (activity_tomorrow, activity_soon, waitlist_promoted,
 * activity_changed, activity_withdrawn) name the activity as it is now; activity_changed adds what
 * changed in words ("时间改为 3月6日 14:30"), activity_withdrawn the unit's reason.
 */
export const ZActivityPayload = z.object({
  activityId: z.string().uuid(),
  /** Start reminders: the sign-up they are for, so the sender can drop one cancelled meanwhile. */
  registrationId: z.string().uuid().optional(),
  title: z.string(),
  startsAt: z.string(),
  locationName: z.string(),
  change: z.string().optional(),
  reason: z.string().nullable().optional(),
})
/** deadline_reminder: one per unit contact, deadline and lead time (3 days, 1 day). */
export const ZDeadlinePayload = z.object({
  deadlineId: z.string().uuid(),
  unitId: z.string().uuid(),
  unitName: z.string(),
  title: z.string(),
  dueAt: z.string(),
  /** What the unit still owes, in words, when the reminder was queued. */
  owed: z.string().optional(),
})
/** organiser_reminder: the organiser (or the unit's district admin) asks for a deadline's return, once per deadline and unit. */
export const ZOrganiserReminderPayload = ZDeadlinePayload.extend({ overdue: z.boolean() })
/** submission_returned: an organiser returned (退回修改) something the unit submitted, with the reason. */
export const ZReturnedPayload = z.object({
  deadlineId: z.string().uuid().optional(),
  unitId: z.string().uuid(),
  unitName: z.string(),
  title: z.string(),
  reason: z.string(),
})
// Tried in order: a reminder without `overdue` is a deadline_reminder; a return has no dueAt.
export const ZOutboxPayload = z.union([ZActivityPayload, ZOrganiserReminderPayload, ZDeadlinePayload, ZReturnedPayload])
export type TActivityPayload = z.infer<typeof ZActivityPayload>
export type TDeadlinePayload = z.infer<typeof ZDeadlinePayload>
export type TOutboxPayload = z.infer<typeof ZOutboxPayload>

export type TOutboxRow = {
  id: string
  user_id: string
  kind: TNotification['kind']
  payload: unknown
  status: 'pending' | 'sent' | 'failed' | 'kept'
  attempts: number
  created_at: Date
  read_at: Date | null
  wechat_openid: string | null
}

export function describeNotification(kind: TNotification['kind'], payload: TOutboxPayload, when: string): { title: string; body: string } {
  if ('unitName' in payload) {
    if ('reason' in payload) {
      return { title: `材料被退回：${payload.title}`, body: `${payload.unitName}的${quoteName(payload.title)}已被组织方退回修改。退回原因：${payload.reason}。请在单位工作台修改后重新提交。` }
    }
    const owed = payload.owed ? `${payload.owed}。` : ''
    if ('overdue' in payload) {
      return payload.overdue
        ? { title: `组织方催报：${payload.title}`, body: `${payload.unitName}：${quoteName(payload.title)}已于${when}截止，组织方尚未收到。${owed}请尽快在单位工作台提交。` }
        : { title: `组织方提醒：${payload.title}`, body: `${payload.unitName}：${quoteName(payload.title)}将于${when}截止，请按时提交。${owed}` }
    }
    return { title: `报送提醒：${payload.title}`, body: `${payload.unitName}：${quoteName(payload.title)}将于${when}截止。${owed}请在单位工作台按时提交。` }
  }
  if (kind === 'activity_changed') {
    return { title: '活动时间或地点有变化', body: `你报名的${quoteName(payload.title)}有变化：${payload.change ?? '请查看最新安排'}。现为${when}，${payload.locationName}。如不能参加请及时取消。` }
  }
  if (kind === 'activity_withdrawn') {
    const reason = payload.reason ? `原因：${payload.reason}。` : ''
    return { title: '活动已取消', body: `你报名的${quoteName(payload.title)}（原定${when}）已由主办单位取消，你的报名已一并取消。${reason}` }
  }
  if (kind === 'waitlist_promoted') {
    return { title: '候补成功，已为你保留名额', body: `你已从候补转为正式报名：${quoteName(payload.title)}，${when}，${payload.locationName}。如不能参加请及时取消。` }
  }
  if (kind === 'activity_soon') {
    return { title: '活动两小时内开始', body: `${quoteName(payload.title)}将于${when}在${payload.locationName}开始，请合理安排出行，准时签到。` }
  }
  return { title: '活动明天开始', body: `${quoteName(payload.title)}将于${when}在${payload.locationName}开始，请准时参加。` }
}

export async function findMyNotifications(tx: TTx, userId: string): Promise<TOutboxRow[]> {
  return tx<TOutboxRow[]>`
    select o.id, o.user_id, o.kind, o.payload, o.status, o.attempts, o.created_at, o.read_at, null::text as wechat_openid
    from notification_outbox o
    where o.user_id = ${userId}
    order by o.created_at desc
    limit 100`
}

/** The unread badge: own messages in 消息 not opened yet (the list's rows, so the two always agree). */
export async function countMyUnread(tx: TTx, userId: string): Promise<number> {
  const [row] = await tx<{ n: number }[]>`
    select count(*)::int as n from notification_outbox
    where user_id = ${userId} and read_at is null`
  return row?.n ?? 0
}

/** Marks own messages read (RLS lets a person set read_at on their own rows only); `ids` null = all. */
export async function markRead(tx: TTx, userId: string, ids: string[] | null): Promise<number> {
  const rows = await tx<{ id: string }[]>`
    update notification_outbox set read_at = now()
    where user_id = ${userId} and read_at is null
      ${ids ? tx`and id = any(${ids}::uuid[])` : tx``}
    returning id`
  return rows.length
}

/** The sender's check that a queued start reminder still holds (sign-up confirmed, activity on). */
export async function startReminderHolds(tx: TTx, registrationId: string): Promise<boolean> {
  const [row] = await tx<{ holds: boolean }[]>`select app_private.start_reminder_holds(${registrationId}) as holds`
  return row?.holds ?? false
}

export async function deleteOutbox(tx: TTx, id: string): Promise<void> {
  await tx`delete from notification_outbox where id = ${id}`
}

/** Claims pending rows for one sender; two senders never take the same row. */
export async function claimPendingOutbox(tx: TTx, limit: number): Promise<TOutboxRow[]> {
  return tx<TOutboxRow[]>`
    select o.id, o.user_id, o.kind, o.payload, o.status, o.attempts, o.created_at, o.read_at, u.wechat_openid
    from notification_outbox o join app_users u on u.id = o.user_id
    where o.status = 'pending'
    order by o.created_at
    limit ${limit}
    for update of o skip locked`
}

export async function markOutbox(tx: TTx, id: string, status: 'sent' | 'failed' | 'kept' | 'pending', error: string | null): Promise<void> {
  await tx`
    update notification_outbox
    set status = ${status}, attempts = attempts + 1, last_error = ${error},
        sent_at = case when ${status} = 'sent' then now() else sent_at end
    where id = ${id}`
}

export function toNotification(row: TOutboxRow, when: (iso: string) => string): TNotification | null {
  const payload = ZOutboxPayload.safeParse(row.payload)
  if (!payload.success) return null
  const data = payload.data
  const text = describeNotification(row.kind, data, when('dueAt' in data ? data.dueAt : 'startsAt' in data ? data.startsAt : toShanghaiIso(row.created_at)))
  return {
    id: row.id,
    kind: row.kind,
    ...text,
    activityId: 'activityId' in data ? data.activityId : null,
    unitId: 'unitId' in data ? data.unitId : null,
    channel: row.status === 'sent' ? 'wechat' : 'in_app',
    createdAt: toShanghaiIso(row.created_at),
    readAt: row.read_at ? toShanghaiIso(row.read_at) : null,
  }
}
