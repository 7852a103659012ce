import { z } from 'zod'
import { ZTimestamp, ZUuid } from './common'

/** GET /api/me/notifications — reminders the person was sent (or, without WeChat set up, kept for the app). */
export const ZNotification = z.object({
  id: ZUuid,
  kind: z.enum([
    'activity_tomorrow',
    'activity_soon',
    'waitlist_promoted',
    'activity_changed',
    'activity_withdrawn',
    'deadline_reminder',
    'organiser_reminder',
    'submission_returned',
  ]),
  title: z.string(),
  body: z.string(),
  activityId: ZUuid.nullable(),
  /** deadline_reminder, organiser_reminder, submission_returned: the unit whose 单位工作台 the message opens. */
  unitId: ZUuid.nullable().default(null),
  channel: z.enum(['wechat', 'in_app']),
  createdAt: ZTimestamp,
  /** When the person opened it (or pressed 全部已读); null = unread. */
  readAt: ZTimestamp.nullable().default(null),
})
export type TNotification = z.infer<typeof ZNotification>
export const ZNotificationsResponse = z.object({
  items: z.array(ZNotification),
  /** Unread messages of the person (the badge), over all of them, not only the listed 100. */
  unreadCount: z.number().int().min(0).default(0),
})
export type TNotificationsResponse = z.infer<typeof ZNotificationsResponse>

/** GET /api/me/notifications/unread — the badge alone, asked on every app show. */
export const ZUnreadCountResponse = z.object({ unreadCount: z.number().int().min(0) })
export type TUnreadCountResponse = z.infer<typeof ZUnreadCountResponse>

/** POST /api/me/notifications/read — one or more messages opened, or all (全部已读). */
export const ZMarkReadRequest = z.union([
  z.object({ ids: z.array(ZUuid).min(1, '请指定要标为已读的消息').max(100, '一次最多 100 条消息') }),
  z.object({ all: z.literal(true) }),
])
export type TMarkReadRequest = z.infer<typeof ZMarkReadRequest>
export const ZMarkReadResponse = z.object({ marked: z.number().int(), unreadCount: z.number().int().min(0) })
export type TMarkReadResponse = z.infer<typeof ZMarkReadResponse>
