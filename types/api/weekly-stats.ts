import { z } from 'zod'
import { ZServedPopulation } from '../domain'
import { MAX_BODY_LENGTH, MAX_DESCRIPTION_LENGTH, MAX_LINK_LENGTH } from '../weekly-stats'
import { ZSubmissionStatus, ZTimestamp, ZUuid } from './common'

/**
 * The 肇庆 weekly statistics (活动开展情况统计表 + 媒体宣传情况) of one unit for one deadline: a Friday
 * of March (kind weekly_stats) or the summary (kind summary). Routes under /api/units/:id/weekly-stats.
 * Numbers arrive as JSON numbers; whether they are whole, non-negative and in 元 with two decimals is
 * checked by the domain (types/weekly-stats.ts), whose messages name the activity and the field.
 */

export const ZStatsKind = z.enum(['weekly_stats', 'summary'])
export type TStatsKind = z.infer<typeof ZStatsKind>

const ZNumber = z.number({ invalid_type_error: '应为数字' })

export const ZServedEntry = z.object({
  population: ZServedPopulation,
  /** Only for 其他: which people. */
  description: z.string().max(MAX_DESCRIPTION_LENGTH).nullable().optional(),
  count: ZNumber,
})
export type TServedEntry = z.infer<typeof ZServedEntry>

export const ZMediaEntry = z.object({
  printReports: ZNumber,
  webReports: ZNumber,
  links: z.array(z.string().trim().max(MAX_LINK_LENGTH)).max(50),
  readCount: ZNumber,
})
export type TMediaEntry = z.infer<typeof ZMediaEntry>

/** What the contact types for one activity; the headcounts and hours are never typed. */
export const ZStatsRowInput = z.object({
  activityId: ZUuid,
  served: z.array(ZServedEntry).max(9),
  fundsYuan: ZNumber.nullable(),
  media: ZMediaEntry,
})
export type TStatsRowInput = z.infer<typeof ZStatsRowInput>

/** The :id of /api/units/:id/weekly-stats/… */
export const ZStatsUnitParam = z.object({ unitId: ZUuid })

/** GET /api/units/:id/weekly-stats?deadlineId= (without deadlineId: the next one due, else the last). */
export const ZGetWeeklyStatsRequest = z.object({ unitId: ZUuid, deadlineId: ZUuid.optional() })
export type TGetWeeklyStatsRequest = z.infer<typeof ZGetWeeklyStatsRequest>

/** PUT /api/units/:id/weekly-stats — saves the draft; any part may be left out. */
export const ZSaveWeeklyStatsRequest = z.object({
  deadlineId: ZUuid,
  body: z.string().max(MAX_BODY_LENGTH, `新闻稿最多 ${MAX_BODY_LENGTH} 字`).optional(),
  contactName: z.string().trim().max(40, '联系人最多 40 个字').optional(),
  contactPhone: z.string().trim().max(30, '联系电话太长').optional(),
  rows: z.array(ZStatsRowInput).max(5000).optional(),
})
export type TSaveWeeklyStatsRequest = z.infer<typeof ZSaveWeeklyStatsRequest>

/** POST …/submit, …/withdraw, …/export. */
export const ZWeeklyStatsActionRequest = z.object({ deadlineId: ZUuid })
export type TWeeklyStatsActionRequest = z.infer<typeof ZWeeklyStatsActionRequest>

/** POST …/pictures — records a picture uploaded with POST /api/uploads (purpose submission_picture). */
export const ZAddStatsPictureRequest = z.object({ deadlineId: ZUuid, path: z.string().min(1).max(300) })
export type TAddStatsPictureRequest = z.infer<typeof ZAddStatsPictureRequest>
/** DELETE …/pictures?deadlineId=&pictureId= */
export const ZRemoveStatsPictureRequest = z.object({ deadlineId: ZUuid, pictureId: ZUuid })
export type TRemoveStatsPictureRequest = z.infer<typeof ZRemoveStatsPictureRequest>

export const ZStatsPicture = z.object({ id: ZUuid, url: z.string(), byteSize: z.number().int() })
export type TStatsPicture = z.infer<typeof ZStatsPicture>
export const ZStatsPicturesResponse = z.object({ pictures: z.array(ZStatsPicture) })
export type TStatsPicturesResponse = z.infer<typeof ZStatsPicturesResponse>

export const ZWeeklyStatsRow = z.object({
  /** 序号 in the table. */
  seq: z.number().int(),
  activityId: ZUuid,
  title: z.string(),
  /** 活动名称（含主办单位）. */
  activityName: z.string(),
  startsAt: ZTimestamp,
  endsAt: ZTimestamp,
  /** From check-ins: distinct people checked in during the period (参与志愿者人次). */
  volunteerCount: z.number().int(),
  /** 1 + the activity's co-organisers (参与志愿服务组织数量). */
  organisationCount: z.number().int(),
  /** From check-ins: the sum of their hours (累计志愿服务时数). */
  serviceHours: z.number(),
  served: z.array(ZServedEntry),
  /** 服务人次: the sum over the served types. */
  servedCount: z.number().int(),
  fundsYuan: z.number().nullable(),
  media: ZMediaEntry,
})
export type TWeeklyStatsRow = z.infer<typeof ZWeeklyStatsRow>

export const ZStatsTotals = z.object({
  volunteerCount: z.number().int(),
  organisationCount: z.number().int(),
  servedCount: z.number().int(),
  serviceHours: z.number(),
  fundsYuan: z.number(),
  printReports: z.number().int(),
  webReports: z.number().int(),
  linkCount: z.number().int(),
  readCount: z.number().int(),
})

export const ZStatsDeadline = z.object({
  id: ZUuid,
  kind: ZStatsKind,
  title: z.string(),
  dueAt: ZTimestamp,
  /** Short name for a tab: "3月8日" or "总结". */
  label: z.string(),
  /** This unit's return for it; null when nothing was saved yet. */
  status: ZSubmissionStatus.nullable(),
  pastDue: z.boolean(),
})
export type TStatsDeadline = z.infer<typeof ZStatsDeadline>

export const ZWeeklyStatsResponse = z.object({
  unit: z.object({ id: ZUuid, name: z.string() }),
  campaign: z.object({ id: ZUuid, year: z.number().int(), city: z.string(), tableTitle: z.string() }),
  deadline: ZStatsDeadline,
  /** The campaign's weekly deadlines and the summary, in order (for the picker). */
  deadlines: z.array(ZStatsDeadline),
  /** Activities and check-ins in [from, to) belong to this return; label e.g. "3月2日—3月8日". */
  period: z.object({ from: ZTimestamp, to: ZTimestamp, label: z.string() }),
  status: ZSubmissionStatus,
  submittedAt: ZTimestamp.nullable(),
  returnedAt: ZTimestamp.nullable(),
  returnReason: z.string().nullable(),
  /** live: computed now from check-ins; submitted: the figures as they were sent. */
  figures: z.enum(['live', 'submitted']),
  canEdit: z.boolean(),
  canSubmit: z.boolean(),
  canWithdraw: z.boolean(),
  /** 新闻稿 (weekly) or the summary's text. */
  body: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  pictures: z.array(ZStatsPicture),
  rows: z.array(ZWeeklyStatsRow),
  totals: ZStatsTotals,
})
export type TWeeklyStatsResponse = z.infer<typeof ZWeeklyStatsResponse>
