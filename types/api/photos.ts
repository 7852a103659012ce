import { z } from 'zod'
import { ZSubmissionStatus, ZTimestamp, ZUuid } from './common'

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

/** A rectangle as shares (0..1) of the picture's width and height, so it fits any displayed size. */
export const ZEvidenceBox = z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() })
export type TEvidenceBox = z.infer<typeof ZEvidenceBox>

/**
 * What the checker saw, to draw over the picture: the faces it counted and the banner lines it
 * read, with the figures behind the verdict. Null before the check ends or when nothing was measured.
 */
export const ZPhotoEvidence = z.object({
  people: z
    .object({
      boxes: z.array(ZEvidenceBox),
      count: z.number().int(),
      /** The counter's own uncertainty (± people). */
      tolerance: z.number().nullable(),
      required: z.number().int(),
    })
    .nullable(),
  banner: z
    .object({
      lines: z.array(ZEvidenceBox.extend({ text: z.string() })),
      /** 0..1 likeness to the campaign theme or the activity name; null when nothing was read. */
      matchScore: z.number().nullable(),
      matchedTarget: z.string().nullable(),
      /** The likeness at which a banner counts as on theme. */
      matchPass: z.number(),
    })
    .nullable(),
  /** 画面清晰: how blurred the picture measured, against the limits the rule applies. */
  clarity: z
    .object({
      /** Blur effect of the blurrier direction, 0 sharp … 1 blurred. */
      blur: z.number(),
      /** At or above: a person looks again (review); at or above blurFail: blurred. */
      blurReview: z.number(),
      blurFail: z.number(),
      /** Fine detail (Laplacian variance); under detailFail nothing is in focus. */
      detail: z.number().nullable(),
      detailFail: z.number(),
      /**
       * Blur of the photo's sharpest edges at its own resolution, as a share of a mild blur for its
       * size (1 = σ of long side / 800); at or above relativeBlurReview a person looks. Null when
       * not measured (results stored before it, or too few clean edges).
       */
      relativeBlur: z.number().nullable(),
      relativeBlurReview: z.number(),
      /** That blur in the photo's pixels. */
      extraBlurPx: z.number().nullable(),
      /** What the rule decided and which measure decided it (null: clear by every measure, or not recorded). */
      status: z.enum(['pass', 'review', 'fail', 'skip']).nullable(),
      decidedBy: z.enum(['blur_effect', 'laplacian', 'edge_width', 'anisotropy']).nullable(),
    })
    .nullable(),
  /** 亮度: mean luminance 0 (black) … 255 (white), against the limits the rule applies. */
  exposure: z
    .object({
      mean: z.number(),
      darkBelow: z.number(),
      brightAbove: z.number(),
      /** Share of blown-out pixels, and the share at which a picture is too bright. */
      clippedShare: z.number().nullable(),
      clippedFail: z.number(),
      /** The brightest 5 % start at p95: under blackBelow almost nothing in the picture is lit. */
      p95: z.number().nullable(),
      blackBelow: z.number(),
      /** Which test decided (null: brightness fine, or not recorded). */
      decidedBy: z.enum(['dark_mean_and_highlights', 'no_highlights', 'bright_mean', 'clipped_share']).nullable(),
    })
    .nullable(),
})
export type TPhotoEvidence = z.infer<typeof ZPhotoEvidence>

export const ZPhoto = z.object({
  id: ZUuid,
  activityId: ZUuid.nullable(),
  unitName: z.string(),
  /** A short-lived signed URL to show the picture. */
  url: z.string(),
  byteSize: z.number().int(),
  /** Upright size in pixels once checked (null before): the shape to draw the picture and its boxes in. */
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  createdAt: ZTimestamp,
  /** queued/checking until the check ends; then the verdict. */
  status: z.enum(['queued', 'checking', 'passed', 'failed', 'needs_review', 'error']),
  rules: z.array(ZPhotoRule),
  /** People counted and banner text seen, for the summary line. */
  peopleCount: z.number().int().nullable(),
  bannerText: z.string().nullable(),
  checkedAt: ZTimestamp.nullable(),
  /** True when an organiser has set the verdict by hand (it overrides the checker's). */
  reviewed: z.boolean(),
  /** The organiser's reason (required when 不合格), for the unit to read; null before a review. */
  reviewNote: z.string().nullable(),
  reviewedAt: ZTimestamp.nullable(),
  evidence: ZPhotoEvidence.nullable(),
  /** Set while the photo is part of the unit's photo return (提交本单位照片). */
  handedInAt: ZTimestamp.nullable(),
})
export type TPhoto = z.infer<typeof ZPhoto>

/** GET /api/photos?activityId= — the activity's photos for its unit contacts and organisers. */
export const ZListPhotosRequest = z.object({ activityId: ZUuid })
export const ZListPhotosResponse = z.object({
  items: z.array(ZPhoto),
  /** The activity's unit, for the link to its photo hand-in. */
  unitId: ZUuid,
  /** Photos are taken at the activity: uploads open when it starts. */
  uploadOpensAt: ZTimestamp,
})
export type TListPhotosResponse = z.infer<typeof ZListPhotosResponse>

export const ZGetPhotoRequest = z.object({ id: ZUuid })

/** DELETE /api/photos/:id — the photo, its checks and its stored files. */
export const ZDeletePhotoRequest = z.object({ id: ZUuid })
export const ZDeletePhotoResponse = z.object({ id: ZUuid, deleted: z.literal(true) })
export type TDeletePhotoResponse = z.infer<typeof ZDeletePhotoResponse>

// Photo hand-in (提交本单位照片) -----------------------------------------------------------------

/** GET /api/units/:id/photos — all the unit's activity photos by activity, and its photo return. */
export const ZUnitPhotosRequest = z.object({ id: ZUuid })
export const ZUnitPhotosResponse = z.object({
  unit: z.object({ id: ZUuid, name: z.string() }),
  /** The campaign's photos deadline; null when the campaign asks for no photo return. */
  deadline: z.object({ id: ZUuid, title: z.string(), dueAt: ZTimestamp, passed: z.boolean() }).nullable(),
  submission: z
    .object({
      status: ZSubmissionStatus,
      submittedAt: ZTimestamp.nullable(),
      returnedAt: ZTimestamp.nullable(),
      returnReason: z.string().nullable(),
    })
    .nullable(),
  /** Whether the unit may (re)submit now and withdraw now; when not, why (Chinese). */
  canSubmit: z.boolean(),
  canWithdraw: z.boolean(),
  blockedReason: z.string().nullable(),
  activities: z.array(
    z.object({
      id: ZUuid,
      title: z.string(),
      startsAt: ZTimestamp,
      endsAt: ZTimestamp,
      cancelled: z.boolean(),
      photos: z.array(ZPhoto),
    }),
  ),
})
export type TUnitPhotosResponse = z.infer<typeof ZUnitPhotosResponse>

/** POST /api/units/:id/photo-handin — hand in these photos (passed, or awaiting review) as the unit's return. */
export const ZSubmitPhotoHandinRequest = z.object({
  id: ZUuid,
  photoIds: z
    .array(ZUuid)
    .min(1, '请至少选择一张照片')
    .max(300, '一次最多提交 300 张照片')
    .refine((ids) => new Set(ids).size === ids.length, '同一张照片选了两次'),
})
export type TSubmitPhotoHandinRequest = z.infer<typeof ZSubmitPhotoHandinRequest>

/** DELETE /api/units/:id/photo-handin — withdraw the return before the deadline (to change it). */
export const ZWithdrawPhotoHandinRequest = z.object({ id: ZUuid })
