import postcss from 'postcss'
// The build step is CommonJS (Taro requires local PostCSS plugins); its helpers are exported for this test.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const readable = require('../../config/postcss-readable.js')

/** Runs the build step over CSS as pxtransform leaves it (rem on H5, rpx on weapp). */
function run(css: string, from = '/app/src/pages/x/index.scss'): string {
  return postcss([readable()]).process(css, { from }).css
}

/** The luminance contrast of two #rrggbb colours (WCAG 2). */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const full = hex.length === 4 ? `#${hex[1]}${hex[1]}${hex[2]}${hex[2]}${hex[3]}${hex[3]}` : hex
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(full.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!
  }
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

describe('type ramp (config/postcss-readable.js)', () => {
  it('raises design px to labels 14 px, body 16 px, titles 17 px, headings a step up; never shrinks', () => {
    expect(readable.readableDesignPx(20)).toBe(28)
    expect(readable.readableDesignPx(23)).toBe(28)
    expect(readable.readableDesignPx(24)).toBe(32)
    expect(readable.readableDesignPx(26)).toBe(32)
    expect(readable.readableDesignPx(30)).toBe(34)
    expect(readable.readableDesignPx(34)).toBe(38)
    for (let px = 1; px < 120; px += 1) expect(readable.readableDesignPx(px)).toBeGreaterThanOrEqual(Math.max(px, 28))
  })

  it('writes the ramped size times the reader scale, in the unit of each build', () => {
    expect(run('.a{font-size:0.55rem}')).toBe('.a{font-size:calc(0.7rem * var(--a11y-font-scale, 1))}')
    expect(run('.a{font-size:0.625rem}')).toBe('.a{font-size:calc(0.8rem * var(--a11y-font-scale, 1))}')
    expect(run('.a{font-size:26rpx}')).toBe('.a{font-size:calc(32rpx * var(--a11y-font-scale, 1))}')
    expect(run('.a{font-size:40rpx !important}')).toBe('.a{font-size:calc(44rpx * var(--a11y-font-scale, 1)) !important}')
  })

  it('leaves alone what is not our design size: PX, percentages, variables, the html root, NutUI', () => {
    expect(run('.a{font-size:17PX}')).toBe('.a{font-size:17PX}')
    expect(run('.a{font-size:120%}')).toBe('.a{font-size:120%}')
    expect(run('.a{font-size:var(--x)}')).toBe('.a{font-size:var(--x)}')
    expect(run('html:has(.d){font-size:20px}')).toBe('html:has(.d){font-size:20px}')
    expect(run('.a{font-size:0.7rem}', '/app/node_modules/@nutui/x.css')).toBe('.a{font-size:0.7rem}')
  })
})

describe('palette as theme variables', () => {
  it('text, fills and lines become variables with their light colour as fallback; white text stays white', () => {
    expect(run('.a{color:#86909c}')).toBe('.a{color:var(--a11y-text-muted, #5f6775)}')
    expect(run('.a{background:#fff}')).toBe('.a{background:var(--a11y-surface, #fff)}')
    expect(run('.a{border-bottom:1px solid #f0f0f2}')).toBe('.a{border-bottom:1px solid var(--a11y-line, #f0f0f2)}')
    expect(run('.a{color:#fff}')).toBe('.a{color:#fff}')
    expect(run('.a{--x:#86909c}')).toBe('.a{--x:#86909c}')
  })

  it('every text colour of the palette reads at ≥ 4.5:1 on every light fill of the palette', () => {
    const fills = Object.values(readable.PALETTE.background as Record<string, [string, string]>)
      .filter(([name]) => !name.endsWith('-fill'))
      .map(([, hex]) => hex)
    const texts = Object.values(readable.PALETTE.color as Record<string, [string, string]>).map(([, hex]) => hex)
    const weak = texts.flatMap((t) => fills.filter((f) => contrast(t, f) < 4.5).map((f) => `${t} on ${f}: ${contrast(t, f).toFixed(2)}`))
    expect(weak).toEqual([])
  })

  it('white words on the solid fills read at ≥ 4.5:1', () => {
    const solid = Object.values(readable.PALETTE.background as Record<string, [string, string]>).filter(([name]) => name.endsWith('-fill'))
    for (const [, hex] of solid) expect(contrast('#ffffff', hex)).toBeGreaterThanOrEqual(4.5)
  })
})
