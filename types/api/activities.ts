import { z } from 'zod'
import { ZActivityCategory, ZActivityStatusFilter, ZServedPopulation, ZSignupState } from '../domain'
import { ZDate, ZPageCursor, ZTimestamp, ZUuid } from './common'

/** Query string of GET /api/activities. Everything arrives as strings, so numbers are coerced. */
export const ZListActivitiesRequest = z.object({
  campaignId: ZUuid.optional(),
  /** Only activities running on this calendar day (Asia/Shanghai). */
  day: ZDate.optional(),
  /** Only activities running within [from, to] (calendar days, inclusive), e.g. 中国水周 03-22…03-28. */
  from: ZDate.optional(),
  to: ZDate.optional(),
  status: ZActivityStatusFilter.optional(),
  category: ZActivityCategory.optional(),
  districtId: ZUuid.optional(),
  unitId: ZUuid.optional(),
  q: z.string().trim().max(50, '搜索词最多 50 个字').optional(),
  /**
   * 离我最近: where the person is (GCJ-02, as the activities' coordinates). Given both, the list is
   * ordered by distance from there, activities without coordinates last; otherwise by start time.
   */
  lat: z.coerce.number().min(-90, '纬度无效').max(90, '纬度无效').optional(),
  lng: z.coerce.number().min(-180, '经度无效').max(180, '经度无效').optional(),
  /** Opaque cursor from the previous page's `nextCursor`. */
  cursor: ZPageCursor.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
}).refine((r) => (r.lat === undefined) === (r.lng === undefined), { message: '按距离排序需要同时提供纬度和经度', path: ['lng'] })
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
  waitlistCount: z.number().int(),
  signupState: ZSignupState,
  isKeyActivity: z.boolean(),
  isDemo: z.boolean(),
  /** Metres from the position the list was asked for (离我最近); null without coordinates or position. */
  distanceM: z.number().nullable().optional(),
})
export type TActivitySummary = z.infer<typeof ZActivitySummary>

export const ZListActivitiesResponse = z.object({
  items: z.array(ZActivitySummary),
  nextCursor: z.string().nullable(),
})
export type TListActivitiesResponse = z.infer<typeof ZListActivitiesResponse>

/** GET /api/activities/day-counts — the March day strip: how many activities run on each day. */
export const ZDayCountsRequest = ZListActivitiesRequest.innerType().omit({ cursor: true, limit: true, day: true, from: true, to: true, lat: true, lng: true })
export type TDayCountsRequest = z.infer<typeof ZDayCountsRequest>
export const ZDayCountsResponse = z.object({ days: z.array(z.object({ date: ZDate, count: z.number().int() })) })
export type TDayCountsResponse = z.infer<typeof ZDayCountsResponse>

/** The caller's own registration for an activity, as the detail page shows it. */
export const ZMyRegistration = z.object({
  id: ZUuid,
  status: z.enum(['confirmed', 'waitlisted']),
  /** 1 = next in line. Null unless waitlisted. */
  waitlistRank: z.number().int().nullable(),
  checkedInAt: ZTimestamp.nullable(),
  checkedOutAt: ZTimestamp.nullable(),
  hours: z.number().nullable(),
})
export type TMyRegistration = z.infer<typeof ZMyRegistration>

export const ZGetActivityRequest = z.object({ id: ZUuid })
/**
 * GET /api/activities/:id takes any text as the id: a link mangled in a chat (cut short, a stray
 * character) is an activity that does not exist (404 activity_not_found), not a form error.
 */
export const ZActivityLinkRequest = z.object({ id: z.string().trim().max(200).default('') })

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
  /** Confirmed registrations can be cancelled until this moment. */
  cancelCutoffAt: ZTimestamp,
  geofenceRadiusM: z.number().int().nullable(),
  myRegistration: ZMyRegistration.nullable(),
  /** True for the activity's unit contacts and the campaign's organisers: they see the roster and the check-in code. */
  canManage: z.boolean(),
})
export type TActivityDetail = z.infer<typeof ZActivityDetail>
