import { z } from 'zod'
import { ZUuid } from './common'

/**
 * What a unit may upload, and the limits of each kind. The app checks these before asking for a
 * URL (so people hear at once); the server checks them again when the file is recorded.
 */
export const UPLOAD_KINDS = {
  activity_photo: { contentTypes: ['image/jpeg', 'image/png', 'image/webp'], minBytes: 1, maxBytes: 20 * 1024 * 1024, label: '活动照片' },
  // 附件1: "图片不少于1M", sent at original size.
  showcase_picture: { contentTypes: ['image/jpeg', 'image/png'], minBytes: 1024 * 1024, maxBytes: 20 * 1024 * 1024, label: '展示项目图片' },
  report_picture: { contentTypes: ['image/jpeg', 'image/png', 'image/webp'], minBytes: 1, maxBytes: 20 * 1024 * 1024, label: '报告图片' },
  submission_picture: { contentTypes: ['image/jpeg', 'image/png', 'image/webp'], minBytes: 1, maxBytes: 20 * 1024 * 1024, label: '新闻稿图片' },
  arrangement_workbook: {
    contentTypes: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    minBytes: 1,
    maxBytes: 10 * 1024 * 1024,
    label: '活动安排表',
  },
  // An organiser's list of the units a notice addresses (活动月设置 → 导入单位名单): the campaign's, not a unit's.
  unit_list_workbook: {
    contentTypes: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    minBytes: 1,
    maxBytes: 10 * 1024 * 1024,
    label: '单位名单',
  },
} as const
export type TUploadPurpose = keyof typeof UPLOAD_KINDS
export const ZUploadPurpose = z.enum(['activity_photo', 'showcase_picture', 'report_picture', 'submission_picture', 'arrangement_workbook', 'unit_list_workbook'])

/** Purposes whose file belongs to the campaign (its organisers upload it) rather than to one unit. */
export const CAMPAIGN_UPLOAD_PURPOSES: readonly TUploadPurpose[] = ['unit_list_workbook']

/** POST /api/uploads — step 1 of any upload: a signed URL to PUT the file to, straight to storage. */
export const ZCreateUploadRequest = z
  .object({
    /** The unit the file belongs to (every purpose but the campaign's own). */
    unitId: ZUuid.optional(),
    /** The campaign, for CAMPAIGN_UPLOAD_PURPOSES. */
    campaignId: ZUuid.optional(),
    purpose: ZUploadPurpose,
    contentType: z.string().min(1).max(100),
    byteSize: z.number().int().min(1, '文件是空的').max(50 * 1024 * 1024, '文件太大'),
  })
  .superRefine((request, ctx) => {
    if (CAMPAIGN_UPLOAD_PURPOSES.includes(request.purpose)) {
      if (!request.campaignId) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['campaignId'], message: '请指定活动月' })
    } else if (!request.unitId) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['unitId'], message: '请指定单位' })
  })
export type TCreateUploadRequest = z.infer<typeof ZCreateUploadRequest>

export const ZCreateUploadResponse = z.object({
  /** PUT the file's bytes here with the same Content-Type. */
  uploadUrl: z.string(),
  /** Hand this to the operation that records the file (import, showcase picture, …). */
  path: z.string(),
  expiresInSeconds: z.number().int(),
})
export type TCreateUploadResponse = z.infer<typeof ZCreateUploadResponse>
