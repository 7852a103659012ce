import { z } from 'zod'
import { ZTimestamp, ZUuid } from './common'

export const PHOTO_MAX_BYTES = 20 * 1024 * 1024
export const ZPhotoContentType = z.enum(['image/jpeg', 'image/png', 'image/webp'], {
  errorMap: () => ({ message: '只支持 JPG、PNG 或 WebP 图片' }),
})

/** POST /api/photos/upload-url — step 1: where to PUT the file (straight to storage, not through a function). */
export const ZCreatePhotoUploadRequest = z.object({
  activityId: ZUuid,
  contentType: ZPhotoContentType,
  byteSize: z
    .number()
    .int()
    .min(1, '文件是空的')
    .max(PHOTO_MAX_BYTES, '照片不能超过 20 MB，请压缩后再上传'),
})
export type TCreatePhotoUploadRequest = z.infer<typeof ZCreatePhotoUploadRequest>
export const ZCreatePhotoUploadResponse = z.object({
  /** PUT the file's bytes here with the same Content-Type. */
  uploadUrl: z.string(),
  path: z.string(),
  expiresInSeconds: z.number().int(),
})
export type TCreatePhotoUploadResponse = z.infer<typeof ZCreatePhotoUploadResponse>

/** POST /api/photos — step 2: record the uploaded file; its check is queued and started at once. */
export const ZRecordPhotoRequest = z.object({ activityId: ZUuid, path: z.string().min(10).max(300) })
export type TRecordPhotoRequest = z.infer<typeof ZRecordPhotoRequest>

/** How each rule is named to people, in the app and the CLI alike. */
export const PHOTO_RULE_LABELS = {
  format: '格式',
  clarity: '清晰度',
  exposure: '亮度',
  theme_banner: '主题横幅',
  people: '人数',
  uniform: '志愿服装',
  reuse: '重复照片',
  capture_date: '拍摄日期',
} as const

export const ZPhotoRule = z.object({
  rule: z.enum(['format', 'clarity', 'exposure', 'theme_banner', 'people', 'uniform', 'reuse', 'capture_date']),
  status: z.enum(['pass', 'fail', 'review', 'warn', 'skip', 'error']),
  score: z.number().nullable(),
  reason: z.string().optional(),
  /** What is wrong (or right), in Chinese. */
  message: z.string(),
  /** How to retake it, in Chinese. */
  hint: z.string().optional(),
})
export type TPhotoRule = z.infer<typeof ZPhotoRule>

export const ZPhoto = z.object({
  id: ZUuid,
  activityId: ZUuid.nullable(),
  unitName: z.string(),
  /** A short-lived signed URL to show the picture. */
  url: z.string(),
  byteSize: z.number().int(),
  createdAt: ZTimestamp,
  /** queued/checking until the check ends; then the verdict. */
  status: z.enum(['queued', 'checking', 'passed', 'failed', 'needs_review', 'error']),
  rules: z.array(ZPhotoRule),
  /** People counted and banner text seen, for the summary line. */
  peopleCount: z.number().int().nullable(),
  bannerText: z.string().nullable(),
  checkedAt: ZTimestamp.nullable(),
})
export type TPhoto = z.infer<typeof ZPhoto>

/** GET /api/photos?activityId= — the activity's photos for its unit contacts and organisers. */
export const ZListPhotosRequest = z.object({ activityId: ZUuid })
export const ZListPhotosResponse = z.object({ items: z.array(ZPhoto) })
export type TListPhotosResponse = z.infer<typeof ZListPhotosResponse>

export const ZGetPhotoRequest = z.object({ id: ZUuid })
