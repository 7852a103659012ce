import { z } from 'zod'
import { ZSubmissionStatus, ZTimestamp, ZUuid } from './common'

/**
 * Reports a campaign asks for on set dates: 晋城 "文字和图片影像资料" by 3月19日, 7月19日 and 11月19日,
 * 兰州新区's 开展情况 by 10月10日. One report per unit and deadline: text, pictures and links.
 */
export const REPORT_LIMITS = { titleMax: 100, bodyMax: 20000, links: 20, linkLabelMax: 50, urlMax: 2000, pictures: 20, captionMax: 100 } as const

export const ZReportDeadlineKind = z.enum(['report', 'status_report'])

export const ZReportDeadline = z.object({
  id: ZUuid,
  kind: ZReportDeadlineKind,
  title: z.string(),
  dueAt: ZTimestamp,
  passed: z.boolean(),
})
export type TReportDeadline = z.infer<typeof ZReportDeadline>

export const ZReportLink = z.object({
  url: z.string().trim().max(REPORT_LIMITS.urlMax, `链接最长 ${REPORT_LIMITS.urlMax} 个字符`),
  label: z.string().trim().max(REPORT_LIMITS.linkLabelMax, `链接说明最多 ${REPORT_LIMITS.linkLabelMax} 个字`),
})
export type TReportLink = z.infer<typeof ZReportLink>

/** http(s)://host[:port][/path…]; the host a domain name (Chinese ones too) or an IPv4 address. */
const WEB_ADDRESS =
  /^https?:\/\/(?:(?:[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]*[a-z0-9\u00a1-\uffff])?\.)+[a-z\u00a1-\uffff]{2,}|\d{1,3}(?:\.\d{1,3}){3})(?::\d{1,5})?(?:[/?#][^\s]*)?$/i

/**
 * A link must be a web address people can open. Returns the Chinese reason when it is not; shared
 * by the form and the server (a regex rather than `new URL`, which the mini-program lacks).
 */
export function checkReportLink(url: string): string | null {
  if (!/^https?:\/\//i.test(url)) return '不是有效的网址（需以 http:// 或 https:// 开头）'
  if (!WEB_ADDRESS.test(url)) return '不是有效的网址（请检查域名和有无空格）'
  return null
}

/** 报告的字数, counted as Chinese word processors do (without whitespace). */
export function countReportCharacters(text: string): number {
  return Array.from(text.replace(/\s/g, '')).length
}

export const ZReportPicture = z.object({
  id: ZUuid,
  url: z.string(),
  caption: z.string(),
  byteSize: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
})
export type TReportPicture = z.infer<typeof ZReportPicture>

export const ZReport = z.object({
  id: ZUuid,
  unitId: ZUuid,
  deadlineId: ZUuid,
  status: ZSubmissionStatus,
  title: z.string(),
  body: z.string(),
  links: z.array(ZReportLink),
  pictures: z.array(ZReportPicture),
  submittedAt: ZTimestamp.nullable(),
  returnedAt: ZTimestamp.nullable(),
  /** The organiser's reason when 退回. */
  returnReason: z.string().nullable(),
  updatedAt: ZTimestamp,
  canEdit: z.boolean(),
  canSubmit: z.boolean(),
  canWithdraw: z.boolean(),
})
export type TReport = z.infer<typeof ZReport>

/** GET /api/units/:id/reports?deadlineId= — the unit's report deadlines, and the report for one of them. */
export const ZGetUnitReportsRequest = z.object({ id: ZUuid, deadlineId: ZUuid.optional() })
export type TGetUnitReportsRequest = z.infer<typeof ZGetUnitReportsRequest>
export const ZGetUnitReportsResponse = z.object({
  unit: z.object({ id: ZUuid, name: z.string(), campaignId: ZUuid }),
  /** Every report deadline of the campaign, with this unit's state for each (null: not started). */
  deadlines: z.array(ZReportDeadline.extend({ status: ZSubmissionStatus.nullable() })),
  /** The deadline asked for (or the next open one), and the unit's report for it when one exists. */
  current: z.object({ deadline: ZReportDeadline, report: ZReport.nullable() }).nullable(),
})
export type TGetUnitReportsResponse = z.infer<typeof ZGetUnitReportsResponse>

/** PUT /api/units/:id/reports — save the draft for a deadline (created on the first save). */
export const ZSaveReportRequest = z.object({
  id: ZUuid,
  deadlineId: ZUuid,
  title: z.string().trim().max(REPORT_LIMITS.titleMax, `标题最多 ${REPORT_LIMITS.titleMax} 个字`),
  body: z.string().max(REPORT_LIMITS.bodyMax, `报告正文最多 ${REPORT_LIMITS.bodyMax} 个字`),
  links: z.array(ZReportLink).max(REPORT_LIMITS.links, `最多 ${REPORT_LIMITS.links} 个链接`),
})
export type TSaveReportRequest = z.infer<typeof ZSaveReportRequest>

/** POST /api/reports/:id/submit, /withdraw */
export const ZReportIdRequest = z.object({ id: ZUuid })

/** POST /api/reports/:id/pictures — claim an upload (purpose report_picture) as a picture of the report. */
export const ZAddReportPictureRequest = z.object({
  id: ZUuid,
  path: z.string().min(1).max(300),
  caption: z.string().trim().max(REPORT_LIMITS.captionMax, `图片说明最多 ${REPORT_LIMITS.captionMax} 个字`).optional(),
})
export type TAddReportPictureRequest = z.infer<typeof ZAddReportPictureRequest>

/** PATCH /api/reports/:id/pictures/:pictureId — the caption; DELETE removes the picture. */
export const ZUpdateReportPictureRequest = z.object({
  id: ZUuid,
  pictureId: ZUuid,
  caption: z.string().trim().max(REPORT_LIMITS.captionMax, `图片说明最多 ${REPORT_LIMITS.captionMax} 个字`),
})
export type TUpdateReportPictureRequest = z.infer<typeof ZUpdateReportPictureRequest>
export const ZRemoveReportPictureRequest = z.object({ id: ZUuid, pictureId: ZUuid })
