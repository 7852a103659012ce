/**
 * How much bigger than the design the app's text is drawn: the person's system font size (WeChat's
 * 字体大小, or the browser's default size) relative to the usual 16 px, and 长辈模式 on top.
 * Every font size of ours is multiplied by it (config/postcss-readable.js).
 */
export const BASE_FONT_PX = 16
/** 长辈模式: body text 16 px → 20 px. */
export const ELDER_FACTOR = 1.25
/** Beyond this the phone's column fits too few characters per line to read a card. */
export const MAX_SCALE = 1.75

export type TFontScaleInput = { elderMode: boolean; systemFontPx: number | null }

export function computeFontScale({ elderMode, systemFontPx }: TFontScaleInput): number {
  // A smaller system size does not shrink the app below its readable minimum.
  const system = systemFontPx && Number.isFinite(systemFontPx) ? Math.max(1, systemFontPx / BASE_FONT_PX) : 1
  const scale = system * (elderMode ? ELDER_FACTOR : 1)
  return Math.round(Math.min(scale, MAX_SCALE) * 1000) / 1000
}

/** 长辈模式 also makes buttons taller (44 px → 50 px). */
export const ELDER_TAP_SCALE = 1.15

/** The variables the page root carries: page-meta's page-style in weapp, `html` in H5. */
export function a11yVariables(scale: number, elderMode: boolean): Record<'--a11y-font-scale' | '--a11y-tap-scale', string> {
  return { '--a11y-font-scale': String(scale), '--a11y-tap-scale': String(elderMode ? ELDER_TAP_SCALE : 1) }
}

export function a11yStyleText(scale: number, elderMode: boolean): string {
  return Object.entries(a11yVariables(scale, elderMode))
    .map(([name, value]) => `${name}: ${value};`)
    .join(' ')
}
