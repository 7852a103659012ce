import { z } from 'zod'
import { ZCheckInState } from './registrations'
import { ZTimestamp, ZUuid } from './common'

export { CHECKIN_QR_PREFIX } from '../checkin-code'

/**
 * GET /api/activities/:id/checkin-key — for the activity's unit contacts and organisers: the key the
 * phone derives the rotating QR and 6-digit code from (types/checkin-code.ts), so the code keeps
 * rotating with no network. Codes count only for steps inside [validFrom, validUntil], the
 * activity's check-in window; the phone keeps the key until then.
 */
export const ZCheckinKeyResponse = z.object({
  activityId: ZUuid,
  /** The activity as the page shows it, so 签到管理 can open from storage with no network. */
  title: z.string(),
  startsAt: ZTimestamp,
  endsAt: ZTimestamp,
  /** base64url HMAC key for this activity. */
  key: z.string().regex(/^[\w-]{43}$/),
  validFrom: ZTimestamp,
  validUntil: ZTimestamp,
  stepSeconds: z.number().int().positive(),
  /** The server's clock, so a phone whose clock is off still shows the code of the right step. */
  serverTime: ZTimestamp,
})
export type TCheckinKeyResponse = z.infer<typeof ZCheckinKeyResponse>

/**
 * POST /api/checkins — the volunteer's scan: the first scan checks in, the next checks out. A scan
 * made offline is sent later with the time it was made (`scannedAt`); `scanId` (made on the phone)
 * makes sending it again harmless.
 */
export const ZCheckinRequest = z
  .object({
    activityId: ZUuid,
    /** The scanned QR text (with or without the prefix) or the 6-digit short code. */
    code: z.string().trim().min(6, '请输入 6 位签到码').max(300),
    scanId: ZUuid,
    /** When the scan was made; absent = now. At most 48 hours ago, never in the future. */
    scannedAt: ZTimestamp.optional(),
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
  })
  .strict()
export type TCheckinRequest = z.infer<typeof ZCheckinRequest>
export const ZCheckinResponse = z.object({
  action: z.enum(['checked_in', 'checked_out', 'already_checked_out']),
  activityTitle: z.string(),
  checkIn: ZCheckInState,
  /** The scan's time as counted (scannedAt for a queued scan). */
  scannedAt: ZTimestamp,
  /** true when this scanId had been counted before: nothing was changed again. */
  replayed: z.boolean(),
})
export type TCheckinResponse = z.infer<typeof ZCheckinResponse>

/** GET /api/activities/:id/roster — for the unit contact: who signed up, who is here. */
export const ZRosterItem = z.object({
  registrationId: ZUuid,
  displayName: z.string(),
  realName: z.string().nullable(),
  /** Full only for confirmed people from the day before the activity until its check-in closes; 138****1234 otherwise. */
  phone: z.string().nullable(),
  phoneMasked: z.boolean(),
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
      /** The campaign the hours were served in: the 服务证明 is issued per campaign, by its organiser. */
      campaignId: ZUuid,
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
