/**
 * The shapes shared by the photo check: what a detector gets, what it returns, the verdict.
 * Detectors never throw for an expected outcome (a blurred photo, no banner): they return a status.
 */

export type TVerdict = 'passed' | 'failed' | 'needs_review' | 'error'

/**
 * pass: the rule is met. fail: the photo must be retaken. review: a person should look.
 * warn: reported to the uploader, does not change the verdict. skip: not applicable.
 * error: the detector could not run (the verdict becomes `error`).
 */
export type TRuleStatus = 'pass' | 'fail' | 'review' | 'warn' | 'skip' | 'error'

export type TRuleName = 'format' | 'clarity' | 'exposure' | 'theme_banner' | 'people' | 'uniform' | 'reuse' | 'capture_date'

/** Machine-readable reasons; the eval and the API branch on these, people read `message`. */
export type TReasonCode =
  | 'invalid_image'
  | 'file_too_large'
  | 'too_many_pixels'
  | 'type_mismatch'
  | 'showcase_too_small'
  | 'blurred'
  | 'mild_blur'
  | 'too_dark'
  | 'too_bright'
  | 'no_theme_banner'
  | 'off_theme_banner'
  | 'theme_banner_unsure'
  | 'too_few_people'
  | 'people_count_near_threshold'
  | 'no_uniform_seen'
  | 'duplicate_photo'
  | 'capture_date_outside_activity'
  | 'detector_error'

export type TBox = { x: number; y: number; w: number; h: number }

export type TRuleResult = {
  rule: TRuleName
  status: TRuleStatus
  /** 0..1 where it makes sense (confidence that the rule is met); null when there is nothing to score. */
  score: number | null
  reason?: TReasonCode
  /** What a unit contact reads: what is wrong, in Chinese. */
  message: string
  /** How to retake the photo, in Chinese; absent when the rule is met. */
  hint?: string
  /** Raw measurements behind the status, stored as they are. */
  details?: Record<string, unknown>
}

/** What the photo was submitted for. */
export type TPhotoContext = {
  campaignTheme: string | null
  activityName: string | null
  purpose: 'activity' | 'showcase' | 'report'
  /** Local calendar days (YYYY-MM-DD, Asia/Shanghai) the activity ran on; EXIF dates outside them go to review. */
  activityDays?: string[]
  /** Perceptual hashes of the campaign's other photos, to flag the same picture sent twice. */
  otherPhotos?: { photoId: string; unitId: string | null; perceptualHash: string }[]
  /** Type the uploader declared (file extension or MIME type), to catch a renamed file. */
  declaredType?: string
}

/** An 8-bit RGB image, interleaved, row-major. */
export type TRgbImage = { data: Uint8Array; width: number; height: number }
/** An 8-bit grey image, row-major. */
export type TGreyImage = { data: Uint8Array; width: number; height: number }

export type TPhotoCheckReport = {
  verdict: TVerdict
  rules: TRuleResult[]
  /** Every detector's raw numbers keyed by rule, plus timings. */
  scores: Record<string, unknown>
  /** The reasons behind a failed/needs_review verdict (codes of failing/reviewing rules). */
  reasons: TReasonCode[]
  /** Reported to the uploader without changing the verdict (no vests seen, reuse within the unit). */
  warnings: TReasonCode[]
  perceptualHash: string | null
  capturedAt: string | null
  width: number | null
  height: number | null
  engineVersion: string
}
