import { z } from 'zod'
import { ZActivityCategory, ZDeadlineKind, ZDistrictKind } from '../domain'
import { ZDate, ZTimestamp, ZUuid } from './common'
import { ZConsoleRole } from './organiser-console'

/**
 * GET /api/campaigns/:id/dashboard[?districtId=] — 数据看板: the campaign's figures as far as the
 * caller may see them (an organiser every district, a 区县管理员 its own), optionally for one district.
 */
export const ZDashboardRequest = z.object({ id: ZUuid, districtId: ZUuid.optional() })
export type TDashboardRequest = z.infer<typeof ZDashboardRequest>

const ZCount = z.number().int().nonnegative()
/** A share in [0, 1]; null when there is nothing to divide by. */
const ZShare = z.number().min(0).max(1).nullable()

/** A district row; `districtId` null = units without a district (未分区). */
const ZDistrictRef = { districtId: ZUuid.nullable(), name: z.string() }

export const ZDashboardSignupDay = z.object({
  /** Calendar day in Asia/Shanghai. Only days with sign-ups are sent. */
  day: ZDate,
  /** Registrations made that day (confirmed, waitlisted or since cancelled). */
  signups: ZCount,
  /** Of those, how many were cancelled later. */
  cancelled: ZCount,
})
export type TDashboardSignupDay = z.infer<typeof ZDashboardSignupDay>

/** Activities not withdrawn: published ones and drafts (a unit's plan before it goes live). */
const ZActivityCounts = { published: ZCount, drafts: ZCount, keyActivities: ZCount }

export const ZDashboardCategory = z.object({ category: ZActivityCategory, ...ZActivityCounts })
export type TDashboardCategory = z.infer<typeof ZDashboardCategory>

export const ZDashboardDistrictActivities = z.object({ ...ZDistrictRef, ...ZActivityCounts })
export type TDashboardDistrictActivities = z.infer<typeof ZDashboardDistrictActivities>

const ZServiceCounts = {
  /** Distinct people checked in. */
  volunteers: ZCount,
  checkIns: ZCount,
  /** Service hours of those check-ins (two decimals). */
  hours: z.number().nonnegative(),
}
export const ZDashboardDistrictService = z.object({ ...ZDistrictRef, ...ZServiceCounts })
export type TDashboardDistrictService = z.infer<typeof ZDashboardDistrictService>

const ZPhotoCounts = {
  passed: ZCount,
  failed: ZCount,
  /** 待复核: the checker sent it to the organiser (or its check ended in error). */
  review: ZCount,
  /** No verdict yet. */
  checking: ZCount,
  /** passed / (passed + failed + review): of the photos with a verdict, the share that passed. */
  passRate: ZShare,
}
export const ZDashboardDistrictPhotos = z.object({ ...ZDistrictRef, ...ZPhotoCounts })
export type TDashboardDistrictPhotos = z.infer<typeof ZDashboardDistrictPhotos>
export const ZDashboardPhotoTotals = z.object(ZPhotoCounts)
export type TDashboardPhotoTotals = z.infer<typeof ZDashboardPhotoTotals>

export const ZDashboardCompleteness = z.object({
  kind: ZDeadlineKind,
  /** Deadlines of this kind (每周统计表: one per Friday). */
  deadlines: ZCount,
  /** Units × deadlines. */
  cells: ZCount,
  submitted: ZCount,
  returned: ZCount,
  overdue: ZCount,
  /** Not submitted, not returned and not yet due. */
  open: ZCount,
  /** submitted / cells. */
  share: ZShare,
})
export type TDashboardCompleteness = z.infer<typeof ZDashboardCompleteness>

export const ZDashboardResponse = z.object({
  campaign: z.object({ id: ZUuid, title: z.string(), periodStart: ZDate, periodEnd: ZDate }),
  role: ZConsoleRole,
  /** The districts the caller may narrow the figures to (an organiser's all, a district admin's own). */
  districts: z.array(z.object({ id: ZUuid, name: z.string(), kind: ZDistrictKind })),
  /** The district the figures are narrowed to, or null for all the caller may see. */
  districtId: ZUuid.nullable(),
  units: ZCount,
  signupsByDay: z.array(ZDashboardSignupDay),
  /** All eight 所属类别, in the notice's order. */
  activitiesByCategory: z.array(ZDashboardCategory),
  activitiesByDistrict: z.array(ZDashboardDistrictActivities),
  service: z.object({
    byDistrict: z.array(ZDashboardDistrictService),
    /** People who served in two districts are counted once here. */
    total: z.object(ZServiceCounts),
  }),
  photos: z.object({ byDistrict: z.array(ZDashboardDistrictPhotos), total: ZDashboardPhotoTotals }),
  /** Per deliverable kind, in the order of their first deadline. */
  completeness: z.array(ZDashboardCompleteness),
  now: ZTimestamp,
})
export type TDashboardResponse = z.infer<typeof ZDashboardResponse>
