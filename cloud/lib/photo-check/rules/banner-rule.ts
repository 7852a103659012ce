import { classifyLines, NOT_BANNER_WHY, type TBanner, type TClassifiedLine } from '../banner/classify-lines'
import { countIdeographs, matchTheme, type TThemeMatch } from '../banner/theme-match'
import type { TPhotoCheckConfig } from '../config'
import type { TextReader } from '../ocr/paddle-ocr'
import type { TBox, TPhotoContext, TRgbImage, TRuleResult } from '../types'
import { quoteName } from '../../../../types/quote-name'

const HINT_NO_BANNER = '合影时请展开写有活动主题或活动名称的横幅（如“学雷锋志愿服务月”），横幅要完整、正面、清楚地出现在画面中，不要被人挡住。'

/** bannerBoxes: the cloth of each banner found (working-copy pixels), for the uniform rule to leave out. */
export type TBannerResult = { rule: TRuleResult; bannerBoxes: TBox[] }

type TJudged = { match: TThemeMatch; text: string; lineIndex: number | null; bannerIndex: number | null }

/**
 * 主题突出: read the text, tell banners (text on a cloth band, classify-lines.ts) from other text in
 * the scene (a building's signs, wall slogans, posters, prints), and match the banners against the
 * campaign theme and the activity's name.
 * - a banner on theme → pass; partly on theme → review; off topic → off_theme_banner;
 * - no banner, only scene text → no_theme_banner: text that is not a banner never fails a photo as
 *   an off-topic banner;
 * - scene text that names the theme (a wall slogan 学雷锋, a printed backdrop the band test does not
 *   know) → review, not pass: the notice asks for a banner, and a person can tell a permanent slogan
 *   from the event's own backdrop; it is never failed, since the theme is there to be seen.
 */
export async function checkThemeBanner(
  colour: TRgbImage,
  context: TPhotoContext,
  reader: TextReader,
  config: TPhotoCheckConfig['banner'],
): Promise<TBannerResult> {
  const shortSide = Math.min(colour.width, colour.height)
  const read = await reader.read(colour, { minLineHeight: config.minBannerTextHeight * shortSide })
  const { lines, banners } = classifyLines(colour, read, config)
  const sceneLines = lines.filter((l) => l.role === 'scene' && countIdeographs(l.line.text) >= config.minBannerChars)
  const seen = banners.map((b) => b.text).join(' ')
  const sceneText = sceneLines.map((l) => l.line.text.trim()).join(' ')
  const bannerBoxes = banners.map((b) => b.band)
  const details: Record<string, unknown> = {
    textSeen: seen,
    sceneText,
    // Boxes are in this image's pixels (the colour working copy): the frame lets them be drawn on any copy.
    frame: { width: colour.width, height: colour.height },
    lines: lines.map((l) => describeLine(l, banners)),
    banners: banners.map((b) => ({ text: b.text, band: roundBox(b.band) })),
  }
  const sceneNote = sceneText ? `（画面中的“${sceneText}”不是横幅，未计入）` : ''
  const fail = (reason: 'no_theme_banner' | 'off_theme_banner', message: string, hint: string, score: number): TBannerResult => ({
    bannerBoxes,
    rule: { rule: 'theme_banner', status: 'fail', score, reason, message, hint, details },
  })

  if (!context.campaignTheme && !context.activityName) {
    if (banners.length === 0) return fail('no_theme_banner', `照片中没有看到横幅${sceneNote}。`, HINT_NO_BANNER, 0)
    return { bannerBoxes, rule: { rule: 'theme_banner', status: 'warn', score: null, message: `横幅文字：“${seen}”（未提供活动主题，无法比对）。`, details } }
  }

  const expected = [context.campaignTheme, context.activityName].filter((t): t is string => Boolean(t)).map((t) => quoteName(t, '“”')).join('或')
  const onBanner = bestMatch(bannerCandidates(banners, lines), context, config)
  const inScene = bestMatch(
    sceneLines.map((l) => ({ text: l.line.text, lineIndex: lines.indexOf(l), bannerIndex: null })),
    context,
    config,
  )
  const judged = onBanner ?? inScene
  if (judged) {
    Object.assign(details, {
      matchScore: round3(judged.match.score),
      matchedTarget: judged.match.target,
      matchedText: judged.match.matchedText,
      judgedText: judged.text,
      judgedLine: judged.lineIndex,
      judgedBanner: judged.bannerIndex,
    })
  }
  if (inScene) Object.assign(details, { sceneMatchScore: round3(inScene.match.score) })

  if (onBanner && onBanner.match.score >= config.matchPass) {
    return { bannerBoxes, rule: { rule: 'theme_banner', status: 'pass', score: round3(onBanner.match.score), message: `横幅文字：“${onBanner.text}”，与活动主题相符。`, details } }
  }
  if (onBanner && onBanner.match.score >= config.matchReview) {
    return {
      bannerBoxes,
      rule: {
        rule: 'theme_banner',
        status: 'review',
        score: round3(onBanner.match.score),
        reason: 'theme_banner_unsure',
        message: `横幅文字：“${onBanner.text}”，与活动主题${expected}只部分相符，将由工作人员确认。`,
        hint: `横幅上最好写明活动主题或活动名称${expected}。`,
        details,
      },
    }
  }
  if (inScene && inScene.match.score >= config.matchPass) {
    Object.assign(details, { judgedBanner: null, judgedLine: inScene.lineIndex, judgedText: inScene.text, matchScore: round3(inScene.match.score) })
    const why = lines[inScene.lineIndex ?? -1]?.why
    return {
      bannerBoxes,
      rule: {
        rule: 'theme_banner',
        status: 'review',
        score: round3(inScene.match.score),
        reason: 'theme_banner_unsure',
        message: `画面中有与主题相符的文字“${inScene.text}”，但它不像横幅（${why && why !== 'banner_band' ? NOT_BANNER_WHY[why] : '看不出横幅'}），将由工作人员确认。`,
        hint: HINT_NO_BANNER,
        details,
      },
    }
  }
  if (onBanner) {
    return fail(
      'off_theme_banner',
      `横幅写的是“${seen}”，与本次活动主题${expected}不符。`,
      `请使用写有活动主题或活动名称（${expected}）的横幅重新拍摄。`,
      round3(onBanner.match.score),
    )
  }
  return fail('no_theme_banner', `照片中没有看到写有活动主题的横幅${sceneNote}。`, HINT_NO_BANNER, 0)
}

type TCandidate = { text: string; lineIndex: number | null; bannerIndex: number | null }

/** Each banner whole (its lines joined), each of its lines alone, and all banners together. */
function bannerCandidates(banners: TBanner[], lines: TClassifiedLine[]): TCandidate[] {
  const candidates: TCandidate[] = []
  banners.forEach((banner, bannerIndex) => {
    candidates.push({ text: banner.text, lineIndex: banner.lines.length === 1 ? lines.indexOf(banner.lines[0]!) : null, bannerIndex })
    if (banner.lines.length > 1) for (const l of banner.lines) candidates.push({ text: l.line.text, lineIndex: lines.indexOf(l), bannerIndex })
  })
  if (banners.length > 1) candidates.push({ text: banners.map((b) => b.text).join(' '), lineIndex: null, bannerIndex: null })
  return candidates
}

function bestMatch(candidates: TCandidate[], context: TPhotoContext, config: TPhotoCheckConfig['banner']): TJudged | null {
  let best: TJudged | null = null
  for (const candidate of candidates) {
    const match = matchTheme(candidate.text, context, config.match)
    if (!best || match.score > best.match.score) best = { match, ...candidate }
  }
  return best
}

function describeLine(item: TClassifiedLine, banners: TBanner[]): Record<string, unknown> {
  const { line, measure } = item
  const bannerIndex = banners.findIndex((b) => b.lines.includes(item))
  return {
    text: line.text,
    banner: item.role === 'banner',
    role: item.role,
    // Why the line was (not) taken for a banner's: a code, and in words for the app.
    why: item.why,
    whyText: item.why === 'banner_band' ? '写在横幅布上' : NOT_BANNER_WHY[item.why],
    bannerIndex: bannerIndex >= 0 ? bannerIndex : null,
    confidence: round3(line.confidence),
    box: roundBox(line.box),
    surface: measure
      ? {
          band: roundBox(measure.band),
          background: measure.background,
          ink: measure.ink,
          saturation: measure.saturation,
          lightness: measure.lightness,
          contrast: measure.contrast,
          fill: measure.fill,
          aspect: measure.aspect,
        }
      : null,
  }
}

function roundBox(box: TBox): TBox {
  return { x: Math.round(box.x), y: Math.round(box.y), w: Math.round(box.w), h: Math.round(box.h) }
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000
}
