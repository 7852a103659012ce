import { z } from 'zod'
import { ZActivityCategory, ZServedPopulation } from '../domain'
import { ZDate, ZTimestamp, ZUuid } from './common'

/** Query string of GET /api/activities. Everything arrives as strings, so numbers are coerced. */
export const ZListActivitiesRequest = z.object({
  campaignId: ZUuid.optional(),
  /** Only activities running on this calendar day (Asia/Shanghai). */
  day: ZDate.optional(),
  category: ZActivityCategory.optional(),
  districtId: ZUuid.optional(),
  unitId: ZUuid.optional(),
  q: z.string().trim().max(50, '搜索词最多 50 个字').optional(),
  /** Opaque cursor from the previous page's `nextCursor`. */
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
})
export type TListActivitiesRequest = z.infer<typeof ZListActivitiesRequest>

export const ZActivitySummary = z.object({
  id: ZUuid,
  campaignId: ZUuid,
  title: z.string(),
  category: ZActivityCategory,
  startsAt: ZTimestamp,
  endsAt: ZTimestamp,
  locationName: z.string(),
  unitName: z.string(),
  districtName: z.string().nullable(),
  capacity: z.number().int().nullable(),
  confirmedCount: z.number().int(),
  isKeyActivity: z.boolean(),
  isDemo: z.boolean(),
})
export type TActivitySummary = z.infer<typeof ZActivitySummary>

export const ZListActivitiesResponse = z.object({
  items: z.array(ZActivitySummary),
  nextCursor: z.string().nullable(),
})
export type TListActivitiesResponse = z.infer<typeof ZListActivitiesResponse>

export const ZGetActivityRequest = z.object({ id: ZUuid })

export const ZActivityDetail = ZActivitySummary.extend({
  seqNo: z.number().int().nullable(),
  description: z.string(),
  address: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  /** 联系人及电话. The phone is masked (138****5678) for people who are not registered. */
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  signupDeadline: ZTimestamp.nullable(),
  whatToBring: z.string().nullable(),
  dressCode: z.string().nullable(),
  servedPopulations: z.array(ZServedPopulation),
  campaignTitle: z.string(),
  campaignTheme: z.string().nullable(),
  status: z.enum(['draft', 'published', 'cancelled']),
})
export type TActivityDetail = z.infer<typeof ZActivityDetail>
