import { z } from 'zod'
import type { TNotification } from '../../../types/api/notifications'
import type { TTx } from '../db/client'
import { toShanghaiIso } from '../time/shanghai'

/** What the SQL functions put in an outbox row's payload. */
export const ZOutboxPayload = z.object({
  activityId: z.string().uuid(),
  title: z.string(),
  startsAt: z.string(),
  locationName: z.string(),
})
export type TOutboxPayload = z.infer<typeof ZOutboxPayload>

export type TOutboxRow = {
  id: string
  user_id: string
  kind: TNotification['kind']
  payload: unknown
  status: 'pending' | 'sent' | 'failed' | 'kept'
  attempts: number
  created_at: Date
  wechat_openid: string | null
}

export function describeNotification(kind: TNotification['kind'], payload: TOutboxPayload, when: string): { title: string; body: string } {
  if (kind === 'waitlist_promoted') {
    return { title: '候补成功，已为你保留名额', body: `你已从候补转为正式报名：「${payload.title}」，${when}，${payload.locationName}。如不能参加请及时取消。` }
  }
  return { title: '活动明天开始', body: `「${payload.title}」将于${when}在${payload.locationName}开始，请准时参加。` }
}

export async function findMyNotifications(tx: TTx, userId: string): Promise<TOutboxRow[]> {
  return tx<TOutboxRow[]>`
    select o.id, o.user_id, o.kind, o.payload, o.status, o.attempts, o.created_at, null::text as wechat_openid
    from notification_outbox o
    where o.user_id = ${userId}
    order by o.created_at desc
    limit 100`
}

/** Claims pending rows for one sender; two senders never take the same row. */
export async function claimPendingOutbox(tx: TTx, limit: number): Promise<TOutboxRow[]> {
  return tx<TOutboxRow[]>`
    select o.id, o.user_id, o.kind, o.payload, o.status, o.attempts, o.created_at, u.wechat_openid
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
  const text = describeNotification(row.kind, payload.data, when(payload.data.startsAt))
  return {
    id: row.id,
    kind: row.kind,
    ...text,
    activityId: payload.data.activityId,
    channel: row.status === 'sent' ? 'wechat' : 'in_app',
    createdAt: toShanghaiIso(row.created_at),
  }
}
