import { z } from 'zod'
import { ZTimestamp, ZUuid } from './common'

/** GET /api/me/notifications — reminders the person was sent (or, without WeChat set up, kept for the app). */
export const ZNotification = z.object({
  id: ZUuid,
  kind: z.enum(['activity_tomorrow', 'waitlist_promoted', 'activity_changed', 'activity_withdrawn', 'deadline_reminder', 'organiser_reminder', 'submission_returned']),
  title: z.string(),
  body: z.string(),
  activityId: ZUuid.nullable(),
  /** deadline_reminder, organiser_reminder, submission_returned: the unit whose 单位工作台 the message opens. */
  unitId: ZUuid.nullable().default(null),
  channel: z.enum(['wechat', 'in_app']),
  createdAt: ZTimestamp,
})
export type TNotification = z.infer<typeof ZNotification>
export const ZNotificationsResponse = z.object({ items: z.array(ZNotification) })
export type TNotificationsResponse = z.infer<typeof ZNotificationsResponse>
