import sharp from 'sharp'
import { classifyLines } from '../../cloud/lib/photo-check/banner/classify-lines'
import { brightReference, measureBand } from '../../cloud/lib/photo-check/banner/measure-band'
import { matchTheme } from '../../cloud/lib/photo-check/banner/theme-match'
import { PHOTO_CHECK_CONFIG } from '../../cloud/lib/photo-check/config'
import type { TextReader, TOcrLine } from '../../cloud/lib/photo-check/ocr/paddle-ocr'
import { checkThemeBanner } from '../../cloud/lib/photo-check/rules/banner-rule'
import type { TBox, TPhotoContext, TRgbImage } from '../../cloud/lib/photo-check/types'
import { texturedScene } from '../photo/helpers'

/**
 * The banner rule on rendered pictures: a textured "scene" with a cloth banner, a building's carved
 * sign, a slogan on a wall or a vest print drawn on it. The text reader is replaced by the lines a
 * reader returns for those drawings (text and box), so what is tested is how the rule tells a banner
 * from scene text by the pixels, and what it decides and records. The real reader on real photos is
 * covered by tests/photo and `npm run eval:photos`.
 */
const config = PHOTO_CHECK_CONFIG.banner
const FONT = 'Noto Sans CJK SC, Noto Sans SC, sans-serif'

type TDrawing = { svg: string; left: number; top: number; line: TOcrLine }

/** A surface (rect) with one line of text centred on it; the reader's box hugs the text as PaddleOCR's does. */
function drawText(opts: { left: number; top: number; w: number; h: number; fill: string; ink: string; text: string; fontPx: number; textTop?: number }): TDrawing {
  const { left, top, w, h, fill, ink, text, fontPx } = opts
  const textTop = opts.textTop ?? (h - fontPx) / 2
  const textWidth = fontPx * [...text].length
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="100%" height="100%" fill="${fill}"/><text x="${w / 2}" y="${textTop + fontPx * 0.86}" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="${fontPx}" fill="${ink}">${text}</text></svg>`
  const pad = fontPx * 0.15
  const box: TBox = { x: left + (w - textWidth) / 2 - pad, y: top + textTop - pad, w: textWidth + 2 * pad, h: fontPx + 2 * pad }
  return { svg, left, top, line: { text, confidence: 0.95, box, lineHeight: box.h, angle: 0 } }
}

async function picture(drawings: TDrawing[], dim = 1): Promise<TRgbImage> {
  let image = sharp(await texturedScene(1200, 800, 7)).composite(drawings.map((d) => ({ input: Buffer.from(d.svg), left: d.left, top: d.top })))
  if (dim !== 1) image = sharp(await image.png().toBuffer()).linear(dim, 0)
  const { data, info } = await image.removeAlpha().raw().toBuffer({ resolveWithObject: true })
  return { data, width: info.width, height: info.height }
}

const reader = (lines: TOcrLine[]): TextReader => ({ read: async () => lines })
const context = (activityName: string, campaignTheme = '学雷锋志愿服务月'): TPhotoContext => ({ campaignTheme, activityName, purpose: 'activity' })

const redBanner = (text: string, top = 60) => drawText({ left: 120, top, w: 960, h: 100, fill: '#c8161d', ink: '#ffffff', text, fontPx: 60 })
/** Carved characters on a dark wooden board over a door (the graduation hall's 電機工程學系). */
const carvedSign = (text: string) => drawText({ left: 380, top: 220, w: 420, h: 84, fill: '#3a2a1e', ink: '#8f8878', text, fontPx: 52 })
/** A slogan painted on a cream wall that runs far above and below it. */
const wallSlogan = (text: string) => drawText({ left: 60, top: 0, w: 1080, h: 330, fill: '#e8e0cc', ink: '#c0201a', text, fontPx: 56 })
/** A vest's print: white characters on a red patch much taller than the text. */
const vestPrint = (text: string) => drawText({ left: 520, top: 430, w: 200, h: 190, fill: '#d01c1c', ink: '#ffffff', text, fontPx: 26, textTop: 30 })

describe('the surface under a line of text (measure-band)', () => {
  it('a cloth banner: saturated, lit, contrasting text filling a wide band that ends at the cloth', async () => {
    const banner = redBanner('热烈庆祝公司成立十周年')
    const image = await picture([banner])
    const m = measureBand(image, banner.line.box, brightReference(image))!
    expect(m.saturation).toBeGreaterThan(0.7)
    expect(m.lightness).toBeGreaterThan(0.5)
    expect(m.contrast).toBeGreaterThan(0.4)
    expect(m.fill).toBeGreaterThan(0.4)
    expect(m.aspect).toBeGreaterThan(6)
    // The band found is the cloth drawn (within a few pixels), not the text box.
    expect(Math.abs(m.band.y - 60)).toBeLessThanOrEqual(3)
    expect(Math.abs(m.band.h - 100)).toBeLessThanOrEqual(6)
    expect(Math.abs(m.band.w - 960)).toBeLessThanOrEqual(12)
  })

  it('is a ratio: the same banner in a photo at half the light measures the same', async () => {
    const banner = redBanner('热烈庆祝公司成立十周年')
    const bright = await picture([banner])
    const dim = await picture([banner], 0.5)
    const a = measureBand(bright, banner.line.box, brightReference(bright))!
    const b = measureBand(dim, banner.line.box, brightReference(dim))!
    expect(Math.abs(a.saturation - b.saturation)).toBeLessThan(0.06)
    expect(Math.abs(a.lightness - b.lightness)).toBeLessThan(0.08)
    expect(Math.abs(a.contrast - b.contrast)).toBeLessThan(0.06)
    expect(Math.abs(a.fill - b.fill)).toBeLessThan(0.06)
  })

  it('sorts carved signs, wall slogans and vest prints out as scene text, each for its own reason', async () => {
    const sign = carvedSign('電機工程學系')
    const wall = wallSlogan('安全生产人人有责')
    const vest = vestPrint('青年志愿者')
    const banner = redBanner('学雷锋志愿服务月', 660)
    const image = await picture([wall, sign, vest, banner])
    const { lines, banners } = classifyLines(image, [wall.line, sign.line, vest.line, banner.line], config)
    expect(lines.map((l) => [l.line.text, l.role, l.why])).toEqual([
      // A cream wall is dull before it is too tall: the first test failed is the one reported.
      ['安全生产人人有责', 'scene', 'dull_surface'],
      ['電機工程學系', 'scene', 'dark_surface'],
      ['青年志愿者', 'scene', 'surface_beyond_text'],
      ['学雷锋志愿服务月', 'banner', 'banner_band'],
    ])
    expect(banners.map((b) => b.text)).toEqual(['学雷锋志愿服务月'])
  })

  it('joins the lines of one cloth (a two-line banner, or a line split at a space) into one banner', async () => {
    const cloth = `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="170"><rect width="100%" height="100%" fill="#1d4fa8"/><text x="480" y="72" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="56" fill="#fff">城关镇关爱困境儿童</text><text x="480" y="140" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="56" fill="#fff">圆梦微心愿 志愿服务</text></svg>`
    const line = (text: string, y: number, chars: number): TOcrLine => ({ text, confidence: 0.9, box: { x: 600 - chars * 28 - 8, y, w: chars * 56 + 16, h: 66 }, lineHeight: 66, angle: 0 })
    const image = await picture([{ svg: cloth, left: 120, top: 60, line: line('', 0, 0) }])
    const { banners } = classifyLines(image, [line('城关镇关爱困境儿童', 75, 9), line('圆梦微心愿', 142, 5), line('志愿服务', 142, 4)].map((l, i) => (i === 2 ? { ...l, box: { ...l.box, x: 700 } } : l)), config)
    expect(banners).toHaveLength(1)
    expect(banners[0]!.text).toContain('城关镇关爱困境儿童')
    expect(banners[0]!.text).toContain('圆梦微心愿')
  })
})

describe('the banner rule: verdicts and evidence', () => {
  it('a building sign and no banner → no_theme_banner, never an off-topic banner; the sign is kept as scene text', async () => {
    const sign = carvedSign('電機工程學系')
    const { rule, bannerBoxes } = await checkThemeBanner(await picture([sign]), context('社区环境整治志愿服务', '践行二十大·志愿我先行'), reader([sign.line]), config)
    expect(rule).toMatchObject({ status: 'fail', reason: 'no_theme_banner' })
    expect(rule.message).toContain('電機工程學系')
    expect(bannerBoxes).toEqual([])
    const [line] = rule.details!.lines as Record<string, unknown>[]
    expect(line).toMatchObject({ text: '電機工程學系', banner: false, role: 'scene', why: 'dark_surface' })
    expect(rule.details!.sceneText).toBe('電機工程學系')
  })

  it('an off-topic cloth banner beside the sign → off_theme_banner, quoting the banner only, with its band as evidence', async () => {
    const sign = carvedSign('電機工程學系')
    const banner = redBanner('热烈庆祝公司成立十周年')
    const { rule, bannerBoxes } = await checkThemeBanner(await picture([banner, sign]), context('社区环境整治志愿服务', '践行二十大·志愿我先行'), reader([banner.line, sign.line]), config)
    expect(rule).toMatchObject({ status: 'fail', reason: 'off_theme_banner' })
    expect(rule.message).toContain('热烈庆祝公司成立十周年')
    expect(rule.message).not.toContain('電機')
    expect(rule.details).toMatchObject({ textSeen: '热烈庆祝公司成立十周年', judgedLine: 0, judgedBanner: 0, frame: { width: 1200, height: 800 } })
    expect(bannerBoxes).toHaveLength(1)
    expect(bannerBoxes[0]!.y).toBeLessThanOrEqual(banner.line.box.y)
    expect(bannerBoxes[0]!.y + bannerBoxes[0]!.h).toBeGreaterThanOrEqual(banner.line.box.y + banner.line.box.h)
    const lines = rule.details!.lines as { banner: boolean; surface: { band: TBox } | null }[]
    expect(lines.map((l) => l.banner)).toEqual([true, false])
    expect(lines[0]!.surface?.band).toEqual(bannerBoxes[0])
  })

  it('an on-theme banner passes, whatever else is written in the scene', async () => {
    const sign = carvedSign('通訊工程學系')
    const banner = redBanner('践行二十大·志愿我先行')
    const { rule } = await checkThemeBanner(await picture([banner, sign]), context('社区环境整治志愿服务', '践行二十大·志愿我先行'), reader([banner.line, sign.line]), config)
    expect(rule.status).toBe('pass')
    expect(rule.details!.judgedText).toBe('践行二十大·志愿我先行')
  })

  it('an on-theme slogan painted on a wall is not a banner: review, not pass and not fail', async () => {
    const wall = wallSlogan('学雷锋树新风')
    const { rule } = await checkThemeBanner(await picture([wall]), context('3·5学雷锋纪念日集中志愿服务'), reader([wall.line]), config)
    expect(rule).toMatchObject({ status: 'review', reason: 'theme_banner_unsure' })
    expect(rule.message).toContain('不像横幅')
  })

  it('a vest print is not a banner: an off-topic print does not fail the photo as an off-topic banner', async () => {
    const vest = vestPrint('青年志愿者')
    const { rule } = await checkThemeBanner(await picture([vest]), context('关爱空巢老人志愿服务', '新时代文明实践'), reader([vest.line]), config)
    expect(rule.reason).toBe('no_theme_banner')
  })
})

describe('the matcher on banner texts it was not tuned on', () => {
  const cases: [string, string, string][] = [
    // [campaign theme, activity name, banner]
    ['学雷锋志愿服务月', '“诚信共建”志愿服务活动', '诚信共建志愿服务'],
    ['学雷锋志愿服务月', '“党的声音进万家”理论宣讲志愿服务活动', '党的声音进万象理论宣讲'],
    ['新时代文明实践', '“文明新风共践行”志愿服务活动', '文明新风—共践行'],
    ['践行二十大·志愿我先行', '“节水护水”志愿服务活动', '践行二十大一志愿我先行'],
    ['学雷锋志愿服务月', '关爱“一老一小”志愿服务活动', '关爱《一老一小》'],
  ]
  it.each(cases)('on theme %s / %s: "%s" passes', (campaignTheme, activityName, banner) => {
    expect(matchTheme(banner, { campaignTheme, activityName }, config.match).score).toBeGreaterThanOrEqual(config.matchPass)
  })

  const off: [string, string, string][] = [
    ['学雷锋志愿服务月', '“诚信共建”志愿服务活动', '诚信经营 童叟无欺'],
    ['学雷锋志愿服务月', '社区环境整治志愿服务', '优质服务月 满意在窗口'],
    ['学雷锋志愿服务月', '社区环境整治志愿服务', '志愿者招募中'],
    ['新时代文明实践', '“文明新风共践行”志愿服务活动', '新时代好少年'],
    ['学雷锋志愿服务月', '“诚信共建”志愿服务活动', '节水护水 志愿服务'],
  ]
  it.each(off)('off topic for %s / %s: "%s" (shares a word) stays off', (campaignTheme, activityName, banner) => {
    expect(matchTheme(banner, { campaignTheme, activityName }, config.match).score).toBeLessThan(config.matchReview)
  })

  it('a generic word inside a slogan is part of it: "…我先行" is not "志愿我先行"', () => {
    expect(matchTheme('安全生产 我先行', { campaignTheme: '践行二十大·志愿我先行', activityName: null }, config.match).score).toBeLessThan(config.matchPass)
  })
})
