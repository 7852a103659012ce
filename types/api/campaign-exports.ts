import { z } from 'zod'
import { ZDistrictKind } from '../domain'
import { ZDate, ZTimestamp, ZUuid } from './common'
import { ZConsoleRole } from './organiser-console'

/**
 * The organisers' official exports (组织方 · 导出报表): all units' 附件1 and 附件2, the 肇庆 统计表 for a
 * Friday or a month, the districts' figures and the volunteer-hours sheet for i志愿. Every export
 * answers with ZExportResponse (types/api/common.ts): a short-lived link, opened with openDownload.
 * A 区县管理员 gets its own district's units only; organisers every unit, or one district's.
 */

/** Which days a statistics export covers. */
export const ZExportPeriod = z.discriminatedUnion('kind', [
  /** One Friday's return (or the summary), exactly the days that return covers. */
  z.object({ kind: z.literal('deadline'), deadlineId: ZUuid }),
  /** A calendar month in Asia/Shanghai (clipped to the campaign's period). */
  z.object({ kind: z.literal('month'), month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM') }),
  /** The whole campaign. */
  z.object({ kind: z.literal('campaign') }),
])
export type TExportPeriod = z.infer<typeof ZExportPeriod>

/** What every export of a campaign takes: the campaign (from the path) and, optionally, one district. */
const ZScope = z.object({
  id: ZUuid,
  /** Only this district's units (a district admin may name only its own). */
  districtId: ZUuid.optional(),
})

/** POST /api/campaigns/:id/exports/showcase — 附件1 of every submitted project, one sheet per project. */
export const ZShowcaseFormsExportRequest = ZScope
export type TShowcaseFormsExportRequest = z.infer<typeof ZShowcaseFormsExportRequest>

/** POST /api/campaigns/:id/exports/showcase-pictures — one zip: <单位>/<项目名称>/<n>.jpg. */
export const ZShowcasePicturesExportRequest = ZScope
export type TShowcasePicturesExportRequest = z.infer<typeof ZShowcasePicturesExportRequest>

/** POST /api/campaigns/:id/exports/arrangement — 附件2 of all units, by district then unit. */
export const ZArrangementExportRequest = ZScope.extend({
  /** Only units that have handed in (提交) their 附件2. */
  submittedOnly: z.boolean().default(false),
})
export type TArrangementExportRequest = z.infer<typeof ZArrangementExportRequest>

/** POST /api/campaigns/:id/exports/weekly-stats — 活动开展情况统计表 + 媒体宣传情况, all units. */
export const ZStatsExportRequest = ZScope.extend({ period: ZExportPeriod })
export type TStatsExportRequest = z.infer<typeof ZStatsExportRequest>

/** POST /api/campaigns/:id/exports/district-figures — per-district totals and each unit's figures. */
export const ZDistrictFiguresExportRequest = ZScope.extend({ period: ZExportPeriod })
export type TDistrictFiguresExportRequest = z.infer<typeof ZDistrictFiguresExportRequest>

/** POST /api/campaigns/:id/exports/volunteer-hours — one row per person per activity (organisers only). */
export const ZVolunteerHoursExportRequest = ZScope.extend({ period: ZExportPeriod.default({ kind: 'campaign' }) })
export type TVolunteerHoursExportRequest = z.infer<typeof ZVolunteerHoursExportRequest>

/** GET /api/campaigns/:id/exports — what the caller may export, with counts to show before exporting. */
export const ZExportOptionsRequest = z.object({ id: ZUuid })

export const ZExportPeriodOption = z.object({
  period: ZExportPeriod,
  /** "3月8日" (a Friday), "总结", "2025年3月", "整个活动月". */
  label: z.string(),
  /** "3月1日—3月8日". */
  range: z.string(),
  /** First and last day (inclusive), Asia/Shanghai. */
  firstDay: ZDate,
  lastDay: ZDate,
})
export type TExportPeriodOption = z.infer<typeof ZExportPeriodOption>

/** What there is to export in a scope, to show before exporting. */
export const ZExportCounts = z.object({
  /** Submitted (or accepted) 附件1 projects, and their pictures. */
  showcaseProjects: z.number().int(),
  showcasePictures: z.number().int(),
  /** Activities not withdrawn (附件2 rows). */
  activities: z.number().int(),
  /** Units whose 附件2 is handed in. */
  arrangementsSubmitted: z.number().int(),
})
export type TExportCounts = z.infer<typeof ZExportCounts>

export const ZExportDistrict = z.object({ id: ZUuid, name: z.string(), kind: ZDistrictKind, units: z.number().int(), counts: ZExportCounts })
export type TExportDistrict = z.infer<typeof ZExportDistrict>

export const ZExportOptionsResponse = z.object({
  campaign: z.object({ id: ZUuid, title: z.string(), issuer: z.string(), year: z.number().int(), periodStart: ZDate, periodEnd: ZDate }),
  role: ZConsoleRole,
  /** Districts the caller may pick (a district admin: its own). */
  districts: z.array(ZExportDistrict),
  /** Units the caller's exports cover, all districts together. */
  units: z.number().int(),
  /** All the caller's units together; each district's are in `districts`. */
  counts: ZExportCounts,
  /** Statistics periods: each Friday, the summary, each month, the whole campaign. */
  periods: z.array(ZExportPeriodOption),
  /** The hours sheet holds volunteers' personal data: organisers only. */
  canExportHours: z.boolean(),
  now: ZTimestamp,
})
export type TExportOptionsResponse = z.infer<typeof ZExportOptionsResponse>

/** The kinds of export, as the page names them. */
export const EXPORT_KINDS = ['showcase', 'showcase-pictures', 'arrangement', 'weekly-stats', 'district-figures', 'volunteer-hours'] as const
export type TExportKind = (typeof EXPORT_KINDS)[number]
