import { z } from 'zod'
import { ZDeadlineKind, ZDistrictKind } from '../domain'
import { ZDate, ZTimestamp, ZUuid } from './common'

/** The two roles that open the organiser console. */
export const ZConsoleRole = z.enum(['organiser', 'district_admin'])
export type TConsoleRole = z.infer<typeof ZConsoleRole>

/** GET /api/campaigns/:id/console — the console home of one campaign, as far as the caller may see it. */
export const ZConsoleHomeRequest = z.object({ id: ZUuid })
export type TConsoleHomeRequest = z.infer<typeof ZConsoleHomeRequest>

const ZCounts = z.object({
  units: z.number().int(),
  /** Units with at least one contact who joined. */
  unitsWithContact: z.number().int(),
  /** Activities not withdrawn, drafts included. */
  activities: z.number().int(),
  keyActivities: z.number().int(),
  /** Returns handed in (附件2, photos, weekly returns, summary, showcase applications, reports). */
  submitted: z.number().int(),
})

export const ZConsoleUnit = z.object({
  id: ZUuid,
  name: z.string(),
  districtName: z.string().nullable(),
  contacts: z.number().int(),
  activities: z.number().int(),
  keyActivities: z.number().int(),
  submitted: z.number().int(),
})
export type TConsoleUnit = z.infer<typeof ZConsoleUnit>

export const ZConsoleDistrict = z.object({
  id: ZUuid.nullable(),
  name: z.string(),
  kind: ZDistrictKind.nullable(),
  counts: ZCounts,
})
export type TConsoleDistrict = z.infer<typeof ZConsoleDistrict>

export const ZConsoleHomeResponse = z.object({
  campaign: z.object({
    id: ZUuid,
    title: z.string(),
    theme: z.string().nullable(),
    issuer: z.string(),
    periodStart: ZDate,
    periodEnd: ZDate,
    isPublished: z.boolean(),
  }),
  role: ZConsoleRole,
  /** A district admin's own district(s); empty for organisers, who see every district. */
  myDistricts: z.array(z.object({ id: ZUuid, name: z.string() })),
  totals: ZCounts,
  /** Per district (units without a district under 未分区), only those the caller may see. */
  districts: z.array(ZConsoleDistrict),
  units: z.array(ZConsoleUnit),
  nextDeadline: z.object({ title: z.string(), kind: ZDeadlineKind, dueAt: ZTimestamp, daysLeft: z.number().int() }).nullable(),
  /** Organisers only: live codes and units that have none. */
  invites: z.object({ live: z.number().int(), unitsWithoutCode: z.number().int() }).nullable(),
  now: ZTimestamp,
})
export type TConsoleHomeResponse = z.infer<typeof ZConsoleHomeResponse>
