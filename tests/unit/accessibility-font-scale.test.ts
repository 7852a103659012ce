import { a11yStyleText, computeFontScale, ELDER_FACTOR, MAX_SCALE } from '../../src/features/accessibility/font-scale'

describe('font scale (system font size × 长辈模式)', () => {
  it('is 1 at the usual 16 px and unknown sizes, and 长辈模式 makes 16 px body text 20 px', () => {
    expect(computeFontScale({ elderMode: false, systemFontPx: 16 })).toBe(1)
    expect(computeFontScale({ elderMode: false, systemFontPx: null })).toBe(1)
    expect(16 * computeFontScale({ elderMode: true, systemFontPx: 16 })).toBe(20)
    expect(ELDER_FACTOR).toBe(1.25)
  })

  it('follows a larger system size, never shrinks below the design, and stops at the maximum', () => {
    expect(computeFontScale({ elderMode: false, systemFontPx: 20 })).toBe(1.25)
    expect(computeFontScale({ elderMode: false, systemFontPx: 12 })).toBe(1)
    expect(computeFontScale({ elderMode: true, systemFontPx: 20 })).toBe(1.563)
    expect(computeFontScale({ elderMode: true, systemFontPx: 40 })).toBe(MAX_SCALE)
  })

  it('hands the page root both variables', () => {
    expect(a11yStyleText(1.25, true)).toBe('--a11y-font-scale: 1.25; --a11y-tap-scale: 1.15;')
    expect(a11yStyleText(1, false)).toBe('--a11y-font-scale: 1; --a11y-tap-scale: 1;')
  })
})
