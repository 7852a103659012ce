import { PHOTO_CHECK_CONFIG, type TPhotoCheckConfig } from './config'
import { decodePhoto } from './decode/decode-photo'
import { readCaptureTime } from './decode/read-capture-time'
import type { TPhotoEngines } from './engines'
import type { TFace } from './people/ssd-face-detector'
import { differenceHash } from './reuse/perceptual-hash'
import { checkThemeBanner } from './rules/banner-rule'
import { checkCaptureDate } from './rules/capture-date-rule'
import { checkClarity } from './rules/clarity-rule'
import { checkExposure } from './rules/exposure-rule'
import { checkFormat } from './rules/format-rule'
import { checkPeople } from './rules/people-rule'
import { checkReuse } from './rules/reuse-rule'
import { checkUniform } from './rules/uniform-rule'
import { judgeCountOnUnreadable } from './clarity/count-on-unreadable'
import type { TBox, TPhotoCheckReport, TPhotoContext, TRuleName, TRuleResult } from './types'
import { decideVerdict } from './verdict'

export type TCheckPhotoInput = {
  bytes: Buffer
  context: TPhotoContext
  /** The uploading unit, to tell "sent twice" from "sent by two units". */
  unitId?: string | null
}

/**
 * Runs every rule on one photo and decides the verdict. Expected outcomes (blurred, no banner,
 * not an image) come back as rule statuses, never as exceptions; a detector that crashes becomes
 * a rule with status `error`, so the verdict is `error` and the job can be retried.
 */
export async function checkPhoto(input: TCheckPhotoInput, engines: TPhotoEngines, config: TPhotoCheckConfig = PHOTO_CHECK_CONFIG): Promise<TPhotoCheckReport> {
  const started = Date.now()
  const timings: Record<string, number> = {}
  const decoded = await decodePhoto(input.bytes, input.context.declaredType, config)
  timings.decode = Date.now() - started
  if (!decoded.ok) return report([decoded.rule], { timingsMs: timings }, null, null, null, config)
  const photo = decoded.photo
  const captured = await readCaptureTime(input.bytes)

  let mark = Date.now()
  const exposure = checkExposure(photo.grey, config.exposure)
  const clarity = excuseDarkClarity(checkClarity(photo, config.clarity), exposure)
  const hash = differenceHash(photo.grey)
  timings.clarity = Date.now() - mark

  // Face passes run in the detector's worker thread while the OCR runs on this one (onnxruntime-node
  // runs a session on the thread that calls it).
  mark = Date.now()
  const scaleToOriginal = photo.width / photo.colour.width
  const [banner, people] = await Promise.all([
    guard('theme_banner', async () => {
      const result = await checkThemeBanner(photo.colour, input.context, engines.textReader, config.banner)
      timings.banner = Date.now() - mark
      return result
    }),
    guard('people', async () => {
      const result = await checkPeople(photo.colour, engines.faceDetector, scaleToOriginal, config.people)
      timings.people = Date.now() - mark
      return result
    }),
  ])
  const faces: TFace[] = people.ok ? people.value.faces : []
  const bannerBoxes: TBox[] = banner.ok ? banner.value.bannerBoxes : []

  const unreadable = clarity.status === 'fail' || exposure.status === 'fail'
  const rules: TRuleResult[] = [
    checkFormat(photo, input.context, config.format),
    clarity,
    exposure,
    banner.ok ? excuseUnreadableBanner(banner.value.rule, unreadable) : banner.error,
    people.ok ? judgeCountOnUnreadable(people.value.rule, clarity, exposure, config.clarity, config.people.minPeople) : people.error,
    checkUniform(photo.colour, faces, bannerBoxes, config.uniform),
    checkReuse(hash, input.context, input.unitId ?? null, config.reuse),
    checkCaptureDate(captured, input.context),
  ]
  timings.total = Date.now() - started
  const scores: Record<string, unknown> = { timingsMs: timings }
  for (const rule of rules) if (rule.details) scores[rule.rule] = rule.details
  return report(rules, scores, hash, captured?.iso ?? null, photo, config)
}

/**
 * A photo too dark to see has no edges worth measuring: its few grey levels read as a mild blur.
 * Only a plain blur (fail) is still reported; a doubt about sharpness is not, since the photo
 * fails for its darkness and is retaken anyway.
 */
function excuseDarkClarity(clarity: TRuleResult, exposure: TRuleResult): TRuleResult {
  if (exposure.reason !== 'too_dark' || clarity.status !== 'review') return clarity
  return { ...clarity, status: 'skip', reason: undefined, message: '画面太暗，无法判断是否清晰。', hint: undefined }
}

/**
 * On a blurred or black photo, "no banner seen" says nothing about the banner: report that it
 * could not be read instead of blaming the banner (the photo fails for clarity/exposure anyway).
 */
function excuseUnreadableBanner(rule: TRuleResult, unreadable: boolean): TRuleResult {
  if (!unreadable || rule.reason !== 'no_theme_banner') return rule
  return { ...rule, status: 'skip', reason: undefined, message: '画面模糊或太暗，无法识别横幅文字；请重新拍摄清晰的照片。', hint: undefined }
}

async function guard<T>(rule: TRuleName, work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: TRuleResult }> {
  try {
    return { ok: true, value: await work() }
  } catch (error) {
    const result: TRuleResult = {
      rule,
      status: 'error',
      score: null,
      reason: 'detector_error',
      message: '检查程序出错，系统会自动重试。',
      details: { error: error instanceof Error ? error.message : String(error) },
    }
    return { ok: false, error: result }
  }
}

function report(
  rules: TRuleResult[],
  scores: Record<string, unknown>,
  perceptualHash: string | null,
  capturedAt: string | null,
  photo: { width: number; height: number } | null,
  config: TPhotoCheckConfig,
): TPhotoCheckReport {
  const decision = decideVerdict(rules)
  return {
    verdict: decision.verdict,
    reasons: decision.reasons,
    warnings: decision.warnings,
    rules,
    scores,
    perceptualHash,
    capturedAt,
    width: photo?.width ?? null,
    height: photo?.height ?? null,
    engineVersion: config.engineVersion,
  }
}
