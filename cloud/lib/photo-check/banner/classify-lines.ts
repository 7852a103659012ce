import type { TPhotoCheckConfig } from '../config'
import type { TOcrLine } from '../ocr/paddle-ocr'
import type { TBox, TRgbImage } from '../types'
import { brightReference, measureBand, type TBandMeasure } from './measure-band'
import { countIdeographs } from './theme-match'

/** Why a line of text was not taken for a banner's (the first test it failed). */
export type TNotBannerWhy =
  | 'few_characters'
  | 'unmeasurable'
  | 'dull_surface'
  | 'dark_surface'
  | 'faint_text'
  | 'surface_beyond_text'
  | 'not_a_band'

export type TClassifiedLine = {
  line: TOcrLine
  measure: TBandMeasure | null
  /** banner: on a cloth band; scene: other text in the picture (signs, slogans, prints). */
  role: 'banner' | 'scene'
  why: 'banner_band' | TNotBannerWhy
}

/** One banner: the lines written on the same band, in reading order. */
export type TBanner = { text: string; band: TBox; lines: TClassifiedLine[] }

/** Chinese for the app and the message: why a line is not a banner. */
export const NOT_BANNER_WHY: Record<TNotBannerWhy, string> = {
  few_characters: '字数太少',
  unmeasurable: '文字太小，看不清底色',
  dull_surface: '底色不是横幅布的鲜艳颜色（像墙面、木牌、石刻）',
  dark_surface: '底色比画面暗得多（像招牌、刻字或阴影里的牌子）',
  faint_text: '文字与底色对比太弱（像刻字或浮雕）',
  surface_beyond_text: '底色远远超出文字（像墙上的标语或衣服上的字）',
  not_a_band: '不是长条形的横幅',
}

/**
 * Sorts the text read in a photo into banner lines and scene text, by the surface each line is
 * written on (see measure-band.ts), then groups banner lines that share one band (a two-line banner,
 * or one line the reader split at a space) into banners.
 */
export function classifyLines(image: TRgbImage, lines: TOcrLine[], config: TPhotoCheckConfig['banner']): { lines: TClassifiedLine[]; banners: TBanner[] } {
  const reference = brightReference(image)
  const classified = lines.map((line): TClassifiedLine => {
    // Two characters are enough to measure: a banner split by the reader is joined below.
    if (countIdeographs(line.text) < 2) return { line, measure: null, role: 'scene', why: 'few_characters' }
    const measure = measureBand(image, line.box, reference)
    const why = judgeSurface(measure, config.surface)
    return { line, measure, role: why === 'banner_band' ? 'banner' : 'scene', why }
  })

  const groups: TBanner[] = []
  for (const item of classified) {
    if (item.role !== 'banner' || !item.measure) continue
    const band = item.measure.band
    const group = groups.find((g) => sameBand(g.band, band))
    if (group) {
      group.lines.push(item)
      group.band = union(group.band, band)
    } else {
      groups.push({ text: '', band, lines: [item] })
    }
  }
  const banners: TBanner[] = []
  for (const group of groups) {
    group.lines.sort((a, b) => a.line.box.y - b.line.box.y || a.line.box.x - b.line.box.x)
    group.text = group.lines.map((l) => l.line.text.trim()).join(' ')
    if (countIdeographs(group.text) >= config.minBannerChars) banners.push(group)
    else for (const item of group.lines) Object.assign(item, { role: 'scene', why: 'few_characters' })
  }
  return { lines: classified, banners }
}

function judgeSurface(measure: TBandMeasure | null, limits: TPhotoCheckConfig['banner']['surface']): TClassifiedLine['why'] {
  if (!measure) return 'unmeasurable'
  if (measure.contrast < limits.minContrast) return 'faint_text'
  if (measure.lightness < limits.minLightness) return 'dark_surface'
  if (measure.saturation < limits.minSaturation) return 'dull_surface'
  if (measure.fill < limits.minFill) return 'surface_beyond_text'
  if (measure.aspect < limits.minAspect) return 'not_a_band'
  return 'banner_band'
}

/** Two bands are one cloth when they overlap sideways over most of the narrower one and touch or
 *  overlap up and down (the lines of a two-line banner, or a line the reader split at a space). */
function sameBand(a: TBox, b: TBox): boolean {
  const sideways = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)
  const gap = Math.max(a.y, b.y) - Math.min(a.y + a.h, b.y + b.h)
  return sideways > 0.5 * Math.min(a.w, b.w) && gap <= 0.25 * Math.min(a.h, b.h)
}

function union(a: TBox, b: TBox): TBox {
  const x = Math.min(a.x, b.x)
  const y = Math.min(a.y, b.y)
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y }
}
