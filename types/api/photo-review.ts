import { z } from 'zod'
import { ZSubmissionStatus, ZTimestamp, ZUuid } from './common'
import { ZPhoto } from './photos'

/**
 * 照片复核 (organiser console): the photos the checker sent to review (待复核, and checks that could
 * not finish) or failed (不合格), decided by the campaign's organisers. The decision overrides the
 * checker's verdict on the photo's latest check; the unit reads it with the reason.
 */

/** Which checker verdicts: 待复核 (needs_review, and error), 不合格 (failed), or both. */
export const ZReviewState = z.enum(['needs_review', 'failed', 'all'])
export type TReviewState = z.infer<typeof ZReviewState>
/** Not yet decided (the queue), decided already (to look back or change), or both. */
export const ZReviewDecided = z.enum(['pending', 'decided', 'all'])
export type TReviewDecided = z.infer<typeof ZReviewDecided>

export const ZPhotoReviewCampaignRequest = z.object({ id: ZUuid })

/** GET /api/campaigns/:id/photo-review — query strings arrive as text; empty ones count as absent. */
export const ZPhotoReviewQueueRequest = z.object({
  id: ZUuid,
  state: z.preprocess(blankToUndefined, ZReviewState.default('needs_review')),
  review: z.preprocess(blankToUndefined, ZReviewDecided.default('pending')),
  districtId: z.preprocess(blankToUndefined, ZUuid.optional()),
  unitId: z.preprocess(blankToUndefined, ZUuid.optional()),
  /** The last photo of the previous page (`nextCursor`). */
  cursor: z.preprocess(blankToUndefined, ZUuid.optional()),
  limit: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100).default(30)),
})
export type TPhotoReviewQueueRequest = z.infer<typeof ZPhotoReviewQueueRequest>

export const ZReviewVerdict = z.enum(['passed', 'failed'])
export type TReviewVerdict = z.infer<typeof ZReviewVerdict>

export const ZPhotoReviewItem = z.object({
  /** The photo as the unit's pages show it: picture, size, rules with messages, evidence to draw. */
  photo: ZPhoto,
  /** What the checker decided on the latest check (the review overrides it). */
  checkerVerdict: z.enum(['needs_review', 'failed', 'error']),
  review: z
    .object({
      verdict: ZReviewVerdict,
      note: z.string().nullable(),
      reviewedAt: ZTimestamp,
      /** Null when the caller may not see the reviewer (a district admin). */
      reviewerName: z.string().nullable(),
    })
    .nullable(),
  unit: z.object({ id: ZUuid, name: z.string(), districtId: ZUuid.nullable(), districtName: z.string().nullable() }),
  activity: z.object({ id: ZUuid, title: z.string(), startsAt: ZTimestamp, endsAt: ZTimestamp }).nullable(),
  /** The unit has handed this photo in (提交本单位照片), and where its photo return stands. */
  handedIn: z.boolean(),
  returnStatus: ZSubmissionStatus.nullable(),
  /** What each decision changes for the unit, in Chinese. */
  ifPassed: z.string(),
  ifFailed: z.string(),
})
export type TPhotoReviewItem = z.infer<typeof ZPhotoReviewItem>

export const ZPhotoReviewQueueResponse = z.object({
  campaign: z.object({ id: ZUuid, title: z.string(), theme: z.string().nullable() }),
  role: z.enum(['organiser', 'district_admin']),
  /** Only the campaign's organisers decide; a district admin reads its district's queue. */
  canDecide: z.boolean(),
  /** Across the caller's scope and the district/unit filter, whatever the state tab. */
  counts: z.object({ needsReview: z.number().int(), failed: z.number().int(), decided: z.number().int() }),
  items: z.array(ZPhotoReviewItem),
  nextCursor: ZUuid.nullable(),
  /** For the filters: the districts in scope, and the units that have photos to review. */
  districts: z.array(z.object({ id: ZUuid, name: z.string() })),
  units: z.array(z.object({ id: ZUuid, name: z.string(), districtId: ZUuid.nullable(), pending: z.number().int() })),
})
export type TPhotoReviewQueueResponse = z.infer<typeof ZPhotoReviewQueueResponse>

export const REVIEW_REASON_MAX = 200

/** POST /api/campaigns/:id/photo-review — one decision for one photo or several at once. */
export const ZDecidePhotosRequest = z
  .object({
    photoIds: z
      .array(ZUuid)
      .min(1, '请至少选择一张照片')
      .max(100, '一次最多复核 100 张照片')
      .refine((ids) => new Set(ids).size === ids.length, '同一张照片选了两次'),
    decision: ZReviewVerdict,
    reason: z.string().trim().max(REVIEW_REASON_MAX, `原因最多 ${REVIEW_REASON_MAX} 个字`).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.decision === 'failed' && !value.reason) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['reason'], message: '判为不合格时请写明原因，单位会看到这条原因' })
    }
  })
export type TDecidePhotosRequest = z.infer<typeof ZDecidePhotosRequest>

export const ZDecidePhotosResponse = z.object({
  decided: z.array(
    z.object({
      photoId: ZUuid,
      verdict: ZReviewVerdict,
      /** False when the photo already had this decision and reason (nothing changed, nothing logged). */
      changed: z.boolean(),
    }),
  ),
})
export type TDecidePhotosResponse = z.infer<typeof ZDecidePhotosResponse>

function blankToUndefined(value: unknown): unknown {
  return value === '' || value === null ? undefined : value
}
