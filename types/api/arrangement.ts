import { z } from 'zod'
import { ZActivityCategory } from '../domain'
import { ZDate, ZSubmissionStatus, ZTimestamp, ZUuid } from './common'

/**
 * 附件2 (学雷锋志愿服务活动安排表): import from Excel (preview, then apply), export in the notice's
 * layout, and the unit's submission of the table as a whole (deadline kind activity_plan).
 */

/** The columns of 附件2 as the notice names them; errors and warnings name one of these. */
export const ARRANGEMENT_COLUMNS = ['序号', '单位(组织)', '时间', '地点', '活动名称及内容', '联系人及电话', '所属类别'] as const
/** One problem in one cell: `column` is the 附件2 column (or '整行'), `message` Chinese. */
export const ZArrangementIssue = z.object({ column: z.string(), message: z.string() })
export type TArrangementIssue = z.infer<typeof ZArrangementIssue>

/** A row as it would become an activity (what the preview shows). */
export const ZArrangementActivity = z.object({
  seqNo: z.number().int().nullable(),
  title: z.string(),
  description: z.string(),
  startsAt: ZTimestamp,
  endsAt: ZTimestamp,
  locationName: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  category: ZActivityCategory,
  coOrganisers: z.array(z.string()),
})
export type TArrangementActivity = z.infer<typeof ZArrangementActivity>

export const ZArrangementPreviewRow = z.object({
  /** The sheet's own row number, as Excel shows it. */
  row: z.number().int().min(1),
  ok: z.boolean(),
  errors: z.array(ZArrangementIssue),
  warnings: z.array(ZArrangementIssue),
  /** What people recognise the row by: its 活动名称, else its 时间 / 地点 text. */
  label: z.string(),
  /** Same activity as one the unit already has (or an earlier row): skipped when applied. */
  duplicate: z.boolean(),
  activity: ZArrangementActivity.nullable(),
})
export type TArrangementPreviewRow = z.infer<typeof ZArrangementPreviewRow>

export const ZArrangementImportStatus = z.enum(['previewed', 'applied'])

/** POST /api/units/[id]/arrangement-imports — preview an uploaded workbook (nothing is created yet). */
export const ZCreateArrangementImportRequest = z.object({
  /** From POST /api/uploads with purpose arrangement_workbook, after the PUT. */
  path: z.string().min(1).max(300),
  /** The name the person picked, shown back to them. */
  fileName: z.string().trim().max(200).nullable().default(null),
})
export type TCreateArrangementImportRequest = z.infer<typeof ZCreateArrangementImportRequest>

export const ZArrangementPreview = z.object({
  importId: ZUuid,
  status: ZArrangementImportStatus,
  fileName: z.string().nullable(),
  sheetName: z.string(),
  headerRow: z.number().int(),
  rows: z.array(ZArrangementPreviewRow),
  /** Rows without errors. */
  valid: z.number().int(),
  /** Rows with at least one error. */
  invalid: z.number().int(),
  /** Valid rows that are not duplicates: what "只导入正确的行" creates. */
  toCreate: z.number().int(),
  createdAt: ZTimestamp,
})
export type TArrangementPreview = z.infer<typeof ZArrangementPreview>

export const ZArrangementImportIdParam = z.object({ id: ZUuid })

/** POST /api/arrangement-imports/[id]/apply */
export const ZApplyArrangementImportRequest = z.object({
  /** all: every row, refused while any row has errors; valid_only: the rows without errors. */
  mode: z.enum(['all', 'valid_only']),
  /** Publish at once (volunteers see them), or keep them as drafts to check first. */
  publish: z.boolean(),
})
export type TApplyArrangementImportRequest = z.infer<typeof ZApplyArrangementImportRequest>

export const ZApplyArrangementImportResponse = z.object({
  importId: ZUuid,
  created: z.number().int(),
  /** Rows not created because the unit already has the same activity. */
  skipped: z.number().int(),
  published: z.boolean(),
  activityIds: z.array(ZUuid),
  /** True when this import had been applied before: nothing new was created. */
  alreadyApplied: z.boolean(),
})
export type TApplyArrangementImportResponse = z.infer<typeof ZApplyArrangementImportResponse>

export const ZUnitIdParam = z.object({ id: ZUuid })

export const ZArrangementSubmission = z.object({
  status: ZSubmissionStatus,
  submittedAt: ZTimestamp.nullable(),
  returnedAt: ZTimestamp.nullable(),
  returnReason: z.string().nullable(),
})
export type TArrangementSubmission = z.infer<typeof ZArrangementSubmission>

export const ZArrangementRow = ZArrangementActivity.extend({
  id: ZUuid,
  status: z.enum(['draft', 'published', 'cancelled']),
  isKeyActivity: z.boolean(),
})
export type TArrangementRow = z.infer<typeof ZArrangementRow>

/** GET /api/units/[id]/arrangement — the unit's 附件2 as it stands, and where its submission is. */
export const ZArrangementState = z.object({
  unit: z.object({ id: ZUuid, name: z.string() }),
  campaign: z.object({ id: ZUuid, title: z.string(), year: z.number().int(), periodStart: ZDate, periodEnd: ZDate }),
  deadline: z.object({ id: ZUuid, title: z.string(), dueAt: ZTimestamp }).nullable(),
  submission: ZArrangementSubmission.nullable(),
  /** Whether 提交 / 撤回 would be accepted now, and if not, why (Chinese). */
  canSubmit: z.boolean(),
  submitBlockedReason: z.string().nullable(),
  canWithdraw: z.boolean(),
  /** The unit's activities (not withdrawn), in 附件2 order. */
  rows: z.array(ZArrangementRow),
})
export type TArrangementState = z.infer<typeof ZArrangementState>

/** POST (submit) and DELETE (withdraw) /api/units/[id]/arrangement-submission answer the new state. */
export const ZArrangementSubmissionResponse = ZArrangementSubmission
export type TArrangementSubmissionResponse = z.infer<typeof ZArrangementSubmissionResponse>
