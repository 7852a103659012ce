import { countIdeographs, matchTheme } from '../banner/theme-match'
import type { TPhotoCheckConfig } from '../config'
import type { TextReader, TOcrLine } from '../ocr/paddle-ocr'
import type { TBox, TPhotoContext, TRgbImage, TRuleResult } from '../types'

const HINT_NO_BANNER = '合影时请展开写有活动主题或活动名称的横幅（如“学雷锋志愿服务月”），横幅要完整、正面、清楚地出现在画面中，不要被人挡住。'

export type TBannerResult = { rule: TRuleResult; bannerBoxes: TBox[] }

/**
 * 主题突出: read the text, keep the lines that look like a banner (several Chinese characters,
 * large enough), and match them against the campaign theme and the activity's name.
 */
export async function checkThemeBanner(
  colour: TRgbImage,
  context: TPhotoContext,
  reader: TextReader,
  config: TPhotoCheckConfig['banner'],
): Promise<TBannerResult> {
  const shortSide = Math.min(colour.width, colour.height)
  const lines = await reader.read(colour, { minLineHeight: config.minBannerTextHeight * shortSide })
  const bannerLines = lines.filter((l) => countIdeographs(l.text) >= config.minBannerChars)
  const seen = bannerLines.map((l) => l.text.trim()).join(' ')
  const details: Record<string, unknown> = {
    textSeen: seen,
    // Boxes are in this image's pixels (the colour working copy): the frame lets them be drawn on any copy.
    frame: { width: colour.width, height: colour.height },
    lines: lines.map((l) => describeLine(l, bannerLines.includes(l))),
  }
  const bannerBoxes = bannerLines.map((l) => l.box)
  if (bannerLines.length === 0) {
    return {
      bannerBoxes,
      rule: { rule: 'theme_banner', status: 'fail', score: 0, reason: 'no_theme_banner', message: '照片中没有看到写有活动主题的横幅。', hint: HINT_NO_BANNER, details },
    }
  }
  if (!context.campaignTheme && !context.activityName) {
    return {
      bannerBoxes,
      rule: { rule: 'theme_banner', status: 'warn', score: null, message: `横幅文字：“${seen}”（未提供活动主题，无法比对）。`, details },
    }
  }
  // The whole banner may be split into several lines; each line alone may carry the theme too.
  const candidates = [seen, ...bannerLines.map((l) => l.text)]
  const match = candidates
    .map((text) => matchTheme(text, context, config.match))
    .reduce((best, m) => (m.score > best.score ? m : best))
  const score = Math.round(match.score * 1000) / 1000
  Object.assign(details, { matchScore: score, matchedTarget: match.target, matchedText: match.matchedText })
  const expected = [context.campaignTheme, context.activityName].filter(Boolean).map((t) => `“${t}”`).join('或')
  if (match.score >= config.matchPass) {
    return { bannerBoxes, rule: { rule: 'theme_banner', status: 'pass', score, message: `横幅文字：“${seen}”，与活动主题相符。`, details } }
  }
  if (match.score >= config.matchReview) {
    return {
      bannerBoxes,
      rule: {
        rule: 'theme_banner',
        status: 'review',
        score,
        reason: 'theme_banner_unsure',
        message: `横幅文字：“${seen}”，与活动主题${expected}只部分相符，将由工作人员确认。`,
        hint: `横幅上最好写明活动主题或活动名称${expected}。`,
        details,
      },
    }
  }
  return {
    bannerBoxes,
    rule: {
      rule: 'theme_banner',
      status: 'fail',
      score,
      reason: 'off_theme_banner',
      message: `横幅写的是“${seen}”，与本次活动主题${expected}不符。`,
      hint: `请使用写有活动主题或活动名称（${expected}）的横幅重新拍摄。`,
      details,
    },
  }
}

function describeLine(line: TOcrLine, banner: boolean): Record<string, unknown> {
  return {
    text: line.text,
    banner,
    confidence: Math.round(line.confidence * 1000) / 1000,
    box: { x: Math.round(line.box.x), y: Math.round(line.box.y), w: Math.round(line.box.w), h: Math.round(line.box.h) },
  }
}
