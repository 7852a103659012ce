/**
 * Does the text read off a banner carry the campaign's theme or the activity's name? OCR drops
 * and swaps characters and punctuation (〈〉《》“”·— come back as anything or nothing), and real
 * banners add a town's name or a slogan, so matching is fuzzy: punctuation is ignored, and a
 * target counts as found when a stretch of the banner is within a few edits of it.
 */

export type TThemeTargets = {
  campaignTheme: string | null
  activityName: string | null
}

export type TMatchOptions = {
  /** Words that name no particular theme (志愿服务, 活动 …): a segment made only of them proves nothing. */
  genericWords: readonly string[]
  /** Keywords that put any banner on theme for this product (学雷锋 campaigns: 雷锋). */
  alwaysOnThemeKeywords: readonly string[]
  /** Shortest distinctive segment (characters) that may match on its own. */
  minSegmentChars: number
}

export type TThemeMatch = {
  /** 0..1: how well the best target was found in the banner text. */
  score: number
  /** Which target matched best, and the stretch of banner text it matched. */
  target: string | null
  matchedText: string | null
}

const PUNCTUATION_SPLIT = /[\s\p{P}\p{S}]+/u

/** Keeps letters and digits only, NFKC-folded (full-width → half-width) and lower-cased. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
}

export function countIdeographs(text: string): number {
  return (text.match(/\p{Script=Han}/gu) ?? []).length
}

/**
 * The phrases to look for: the whole theme and activity name; each segment between punctuation
 * (关爱困境儿童 / 圆梦微心愿 out of 关爱困境儿童〈圆梦微心愿〉志愿服务活动); and the core of each,
 * without generic words and placeholders (社区关爱空巢老人 out of XX社区关爱空巢老人志愿服务活动), since
 * a banner often carries only that. Segments and cores must be distinctive to count at all.
 */
export function themeTargets(targets: TThemeTargets, options: TMatchOptions): string[] {
  const phrases = new Set<string>()
  for (const source of [targets.campaignTheme, targets.activityName]) {
    if (!source) continue
    const whole = normaliseText(source)
    if (whole.length >= 2) phrases.add(whole)
    for (const piece of [whole, ...source.split(PUNCTUATION_SPLIT).map(normaliseText)]) {
      const core = coreOf(piece, options)
      if (core.length < options.minSegmentChars) continue
      phrases.add(piece)
      phrases.add(core)
    }
  }
  return [...phrases]
}

/**
 * The distinctive part of a phrase: generic words (志愿服务, 活动 …) and placeholders (XX) taken off
 * its ends, where they name the kind of event (XX社区关爱空巢老人志愿服务活动 → 社区关爱空巢老人). A
 * generic word inside a phrase is part of it: 志愿我先行 is a slogan, and 我先行 alone would match
 * any "…我先行" banner.
 */
function coreOf(segment: string, options: TMatchOptions): string {
  const words = [...options.genericWords].map(normaliseText).sort((a, b) => b.length - a.length)
  let rest = segment.replace(/^x{2,}/, '')
  for (let changed = true; changed; ) {
    changed = false
    for (const word of words) {
      if (word !== '' && rest.endsWith(word)) {
        rest = rest.slice(0, -word.length)
        changed = true
      }
    }
  }
  return rest.replace(/^x{2,}/, '')
}

export function matchTheme(bannerText: string, targets: TThemeTargets, options: TMatchOptions): TThemeMatch {
  const text = normaliseText(bannerText)
  if (text === '') return { score: 0, target: null, matchedText: null }
  for (const keyword of options.alwaysOnThemeKeywords) {
    if (text.includes(normaliseText(keyword))) return { score: 1, target: keyword, matchedText: keyword }
  }
  let best: TThemeMatch = { score: 0, target: null, matchedText: null }
  for (const target of themeTargets(targets, options)) {
    const found = approximateSubstring(target, text)
    // One wrong character is a third of a three-character phrase: short phrases must be read exactly.
    const similarity =
      [...target].length < 4 ? (text.includes(target) ? 1 : 0) : Math.max(1 - found.distance / [...target].length, bigramCoverage(target, text))
    if (similarity > best.score) best = { score: similarity, target, matchedText: found.text }
  }
  return best
}

/**
 * Sellers' algorithm: the smallest edit distance between `pattern` and any stretch of `text`,
 * and that stretch.
 */
export function approximateSubstring(pattern: string, text: string): { distance: number; text: string } {
  const p = [...pattern]
  const t = [...text]
  const m = p.length
  // dp[i][j]: distance of p[0..i) to a stretch of t ending at j; start[i][j]: where that stretch starts.
  let previous = new Array<number>(t.length + 1).fill(0)
  let previousStart = Array.from({ length: t.length + 1 }, (_, j) => j)
  for (let i = 1; i <= m; i++) {
    const current = new Array<number>(t.length + 1)
    const currentStart = new Array<number>(t.length + 1)
    current[0] = i
    currentStart[0] = 0
    for (let j = 1; j <= t.length; j++) {
      const substitute = previous[j - 1]! + (p[i - 1] === t[j - 1] ? 0 : 1)
      const remove = previous[j]! + 1
      const insert = current[j - 1]! + 1
      if (substitute <= remove && substitute <= insert) {
        current[j] = substitute
        currentStart[j] = previousStart[j - 1]!
      } else if (remove <= insert) {
        current[j] = remove
        currentStart[j] = previousStart[j]!
      } else {
        current[j] = insert
        currentStart[j] = currentStart[j - 1]!
      }
    }
    previous = current
    previousStart = currentStart
  }
  let bestEnd = 0
  for (let j = 1; j <= t.length; j++) if (previous[j]! < previous[bestEnd]!) bestEnd = j
  return { distance: previous[bestEnd]!, text: t.slice(previousStart[bestEnd]!, bestEnd).join('') }
}

/** Share of the target's character bigrams that appear anywhere in the text (word order free). */
export function bigramCoverage(target: string, text: string): number {
  const chars = [...target]
  if (chars.length < 2) return text.includes(target) ? 1 : 0
  let found = 0
  for (let i = 0; i < chars.length - 1; i++) if (text.includes(chars[i]! + chars[i + 1]!)) found++
  return found / (chars.length - 1)
}
