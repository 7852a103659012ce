import { z } from 'zod'
import { ZActivitySummary } from './activities'
import { ZTimestamp, ZUuid } from './common'

export const ZRegistration = z.object({
  id: ZUuid,
  activityId: ZUuid,
  status: z.enum(['confirmed', 'waitlisted', 'cancelled']),
  /** 1 = next in line; null unless waitlisted. */
  waitlistRank: z.number().int().nullable(),
  createdAt: ZTimestamp,
  cancelledAt: ZTimestamp.nullable(),
})
export type TRegistration = z.infer<typeof ZRegistration>

/** POST /api/registrations. The same request twice returns the same registration, not a second one. */
export const ZCreateRegistrationRequest = z.object({ activityId: ZUuid })
export type TCreateRegistrationRequest = z.infer<typeof ZCreateRegistrationRequest>
export const ZCreateRegistrationResponse = z.object({
  registration: ZRegistration,
  /** Counts after this sign-up, so the page can update without a reload. */
  confirmedCount: z.number().int(),
  waitlistCount: z.number().int(),
})
export type TCreateRegistrationResponse = z.infer<typeof ZCreateRegistrationResponse>

/** The `:id` of /api/registrations/:id/… routes. */
export const ZRegistrationIdRequest = z.object({ id: ZUuid })

/** POST /api/registrations/:id/cancel */
export const ZCancelRegistrationRequest = ZRegistrationIdRequest
export const ZCancelRegistrationResponse = z.object({
  registration: ZRegistration,
  /** Whether the first person on the waitlist moved up into the freed seat. */
  promoted: z.boolean(),
})
export type TCancelRegistrationResponse = z.infer<typeof ZCancelRegistrationResponse>

export const ZCheckInState = z.object({
  checkedInAt: ZTimestamp,
  checkedOutAt: ZTimestamp.nullable(),
  hours: z.number().nullable(),
  /** Closed by the system after the person forgot to check out; hours capped at the schedule. */
  autoClosed: z.boolean(),
})
export type TCheckInState = z.infer<typeof ZCheckInState>

/** GET /api/me/registrations?tab= — 我的活动. */
export const ZMyRegistrationsRequest = z.object({
  tab: z.enum(['upcoming', 'waitlisted', 'past']).default('upcoming'),
})
export const ZMyRegistrationItem = z.object({
  registration: ZRegistration,
  activity: ZActivitySummary,
  checkIn: ZCheckInState.nullable(),
})
export type TMyRegistrationItem = z.infer<typeof ZMyRegistrationItem>
export const ZMyRegistrationsResponse = z.object({ items: z.array(ZMyRegistrationItem) })
export type TMyRegistrationsResponse = z.infer<typeof ZMyRegistrationsResponse>
