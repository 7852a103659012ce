import { z } from 'zod'
import { ZCheckInState } from './registrations'
import { ZTimestamp, ZUuid } from './common'

/** QR codes carry this prefix so a scan of some other code is recognised at once. */
export const CHECKIN_QR_PREFIX = 'XLF-CHECKIN:'

/** GET /api/activities/:id/checkin-code — the unit contact's rotating code (short-lived signed token). */
export const ZCheckinCodeResponse = z.object({
  /** Text to render as a QR code: CHECKIN_QR_PREFIX + token. */
  qrText: z.string(),
  token: z.string(),
  expiresAt: ZTimestamp,
  /** Fetch a new code after this many seconds. */
  refreshInSeconds: z.number().int(),
})
export type TCheckinCodeResponse = z.infer<typeof ZCheckinCodeResponse>

/** POST /api/checkins — the volunteer's scan: the first scan checks in, the next checks out. */
export const ZCheckinRequest = z.object({
  activityId: ZUuid,
  /** The scanned text (with or without the prefix). */
  code: z.string().trim().min(10).max(300),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
})
export type TCheckinRequest = z.infer<typeof ZCheckinRequest>
export const ZCheckinResponse = z.object({
  action: z.enum(['checked_in', 'checked_out', 'already_checked_out']),
  activityTitle: z.string(),
  checkIn: ZCheckInState,
})
export type TCheckinResponse = z.infer<typeof ZCheckinResponse>

/** GET /api/activities/:id/roster — for the unit contact: who signed up, who is here. */
export const ZRosterItem = z.object({
  registrationId: ZUuid,
  displayName: z.string(),
  realName: z.string().nullable(),
  phone: z.string().nullable(),
  status: z.enum(['confirmed', 'waitlisted']),
  waitlistRank: z.number().int().nullable(),
  checkIn: ZCheckInState.nullable(),
})
export type TRosterItem = z.infer<typeof ZRosterItem>
export const ZRosterResponse = z.object({ items: z.array(ZRosterItem) })
export type TRosterResponse = z.infer<typeof ZRosterResponse>

/** PATCH /api/registrations/:id/checkin — the unit contact corrects a record (audited). */
export const ZCorrectCheckinRequest = z
  .object({
    checkedInAt: ZTimestamp,
    checkedOutAt: ZTimestamp.nullable(),
    note: z.string().trim().min(2, '请说明修改原因').max(200),
  })
  .refine((v) => !v.checkedOutAt || v.checkedOutAt >= v.checkedInAt || new Date(v.checkedOutAt) >= new Date(v.checkedInAt), {
    message: '签退时间不能早于签到时间',
    path: ['checkedOutAt'],
  })
export type TCorrectCheckinRequest = z.infer<typeof ZCorrectCheckinRequest>
export const ZCorrectCheckinResponse = z.object({ item: ZRosterItem })

/** GET /api/me/hours — 我的时长 and the 服务证明. */
export const ZMyHoursResponse = z.object({
  totalHours: z.number(),
  activityCount: z.number().int(),
  items: z.array(
    z.object({
      activityId: ZUuid,
      title: z.string(),
      unitName: z.string(),
      startsAt: ZTimestamp,
      checkIn: ZCheckInState,
    }),
  ),
  certificate: z.object({
    realName: z.string().nullable(),
    serialNo: z.string(),
    issuedAt: ZTimestamp,
  }),
})
export type TMyHoursResponse = z.infer<typeof ZMyHoursResponse>
