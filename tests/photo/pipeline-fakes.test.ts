import sharp from 'sharp'
import { checkPhoto } from '../../cloud/lib/photo-check/check-photo'
import type { TPhotoEngines } from '../../cloud/lib/photo-check/engines'
import type { TOcrLine } from '../../cloud/lib/photo-check/ocr/paddle-ocr'
import type { TFace } from '../../cloud/lib/photo-check/people/ssd-face-detector'
import type { TPhotoContext } from '../../cloud/lib/photo-check/types'
import { decideVerdict } from '../../cloud/lib/photo-check/verdict'
import { texturedScene, withBanner } from './helpers'

/**
 * Fakes at the engine seam: a reader that "sees" given lines, a detector that "finds" n faces. The
 * lines lie on the red banner drawn into the scene, since the banner rule checks the surface under
 * each line (text on anything else is scene text, not a banner).
 */
function fakeEngines(lines: string[], people: number): TPhotoEngines {
  return {
    textReader: {
      // On the banner of the 1200-px scene, scaled to the copy it is given (a resized resend).
      read: async (image) => {
        const k = image.width / 1200
        return lines.map((text): TOcrLine => ({ text, confidence: 0.95, box: { x: 340 * k, y: 566 * k, w: 520 * k, h: 68 * k }, lineHeight: 68 * k, angle: 0 }))
      },
    },
    faceDetector: {
      // Finds the faces lying whole in the region it is given, as a real detector does in each tile
      // (the counter drops boxes its finer tiles do not confirm): the merged count is exactly `people`.
      detect: async (image, region) => {
        const r = region ?? { x: 0, y: 0, w: image.width, h: image.height }
        return Array.from({ length: people }, (_, i): TFace => ({ x: 20 + (i % 10) * 70, y: 20 + Math.floor(i / 10) * 90, w: 40, h: 40, score: 0.9 })).filter(
          (f) => f.x >= r.x && f.y >= r.y && f.x + f.w <= r.x + r.w && f.y + f.h <= r.y + r.h,
        )
      },
    },
  }
}

const context: TPhotoContext = { campaignTheme: '学雷锋志愿服务月', activityName: '关爱困境儿童〈圆梦微心愿〉志愿服务活动', purpose: 'activity' }

describe('the pipeline with fake engines', () => {
  let scene: Buffer
  beforeAll(async () => {
    scene = await withBanner(await texturedScene(), '学雷锋志愿服务月')
  })

  it('passes a sharp photo with an on-theme banner and 30 people, reporting every rule', async () => {
    const report = await checkPhoto({ bytes: scene, context }, fakeEngines(['XX镇关爱困境儿童《圆梦微心愿》志愿服务活动'], 30))
    expect(report.verdict).toBe('passed')
    expect(report.rules.map((r) => r.rule)).toEqual(['format', 'clarity', 'exposure', 'theme_banner', 'people', 'uniform', 'reuse', 'capture_date'])
    expect(report.scores).toHaveProperty('people.count', 30)
    expect(report.perceptualHash).toMatch(/^[0-9a-f]{16}$/)
  })

  it('lists every failing reason with a retake hint', async () => {
    const blurred = await sharp(scene).blur(6).jpeg().toBuffer()
    const report = await checkPhoto({ bytes: blurred, context }, fakeEngines(['欢迎光临 本店开业大酬宾'], 12))
    expect(report.verdict).toBe('failed')
    expect(report.reasons).toEqual(['blurred', 'off_theme_banner', 'too_few_people'])
    for (const rule of report.rules.filter((r) => r.status === 'fail')) expect(rule.hint).toMatch(/[\u4e00-\u9fff]/)
    expect(report.rules.find((r) => r.rule === 'theme_banner')?.message).toContain('欢迎光临')
  })

  it('sends a count near 20 to review, and fails a photo without a banner', async () => {
    expect((await checkPhoto({ bytes: scene, context }, fakeEngines(['学雷锋志愿服务月'], 20))).reasons).toEqual(['people_count_near_threshold'])
    expect((await checkPhoto({ bytes: scene, context }, fakeEngines([], 40))).reasons).toEqual(['no_theme_banner'])
  })

  it('flags the same photo sent by another unit, and fails a showcase photo under 1 MB', async () => {
    const first = await checkPhoto({ bytes: scene, context }, fakeEngines(['学雷锋志愿服务月'], 30))
    const again = await checkPhoto(
      { bytes: await sharp(scene).resize(900).jpeg({ quality: 60 }).toBuffer(), unitId: 'unit-b', context: { ...context, otherPhotos: [{ photoId: 'p1', unitId: 'unit-a', perceptualHash: first.perceptualHash! }] } },
      fakeEngines(['学雷锋志愿服务月'], 30),
    )
    expect(again).toMatchObject({ verdict: 'needs_review', reasons: ['duplicate_photo'] })
    const showcase = await checkPhoto({ bytes: scene, context: { ...context, purpose: 'showcase' } }, fakeEngines(['学雷锋志愿服务月'], 30))
    expect(showcase.reasons).toEqual(['showcase_too_small'])
  })

  it('turns a crashing engine into verdict error instead of throwing', async () => {
    const engines = fakeEngines(['学雷锋志愿服务月'], 30)
    engines.faceDetector = { detect: () => Promise.reject(new Error('wasm out of memory')) }
    const report = await checkPhoto({ bytes: scene, context }, engines)
    expect(report).toMatchObject({ verdict: 'error', reasons: ['detector_error'] })
  })

  it('decides verdicts: error over failed over review over passed; warnings never change it', () => {
    const rule = (status: 'pass' | 'fail' | 'review' | 'warn' | 'error', reason?: 'blurred') => ({ rule: 'clarity' as const, status, score: null, message: '', reason })
    expect(decideVerdict([rule('pass'), rule('warn')]).verdict).toBe('passed')
    expect(decideVerdict([rule('review'), rule('pass')]).verdict).toBe('needs_review')
    expect(decideVerdict([rule('review'), rule('fail', 'blurred')]).verdict).toBe('failed')
    expect(decideVerdict([rule('fail', 'blurred'), rule('error')]).verdict).toBe('error')
  })
})
