/**
 * PostCSS step (after Taro's pxtransform) that makes every page of ours readable without editing
 * each page's styles, the way pxtransform already turns our design px into rpx / rem:
 *
 * 1. Type: each `font-size` in our own styles is raised to the app's type ramp (body ≥ 16 px,
 *    labels ≥ 14 px, titles a step bigger) and multiplied by `--a11y-font-scale`, which 长辈模式
 *    and the system font size set (src/features/accessibility). Design px are on the 750 width:
 *    32 design px = 16 CSS px on a 375 px phone.
 * 2. Colours: the palette's text, surface and line colours become theme variables whose fallback
 *    is the light colour (grey text darkened to ≥ 4.5:1 contrast). Light mode defines none of them,
 *    so it draws the fallbacks; `@media (prefers-color-scheme: dark)` in src/app.scss defines them.
 *
 * NutUI's own stylesheets (node_modules) are left alone: src/app.scss sizes and colours NutUI
 * through its CSS variables. CommonJS because Taro `require`s local PostCSS plugins.
 */

/**
 * Design px (750 width) → the ramp: labels under 24 → 28 (14 px); 24–27, the lines people read,
 * → 32 (16 px); 28–31, card and row titles → 34 (17 px); headings + 4.
 */
function readableDesignPx(px) {
  if (px <= 0) return px
  if (px < 24) return 28
  if (px < 28) return 32
  if (px < 32) return 34
  return px + 4
}

/** Our design px in the unit pxtransform wrote: rpx in weapp, rem (design px / 40) in H5. */
const LENGTH = /^(-?\d*\.?\d+)(rpx|rem)$/

/** `font-size: 0.55rem` → `calc(0.8rem * var(--a11y-font-scale, 1))`; other values unchanged (null). */
function readableFontSize(value) {
  const match = LENGTH.exec(value.trim())
  if (!match) return null
  const unit = match[2]
  const designPx = unit === 'rpx' ? Number(match[1]) : Number(match[1]) * 40
  const readable = readableDesignPx(Math.round(designPx * 100) / 100)
  const size = unit === 'rpx' ? `${readable}rpx` : `${Math.round((readable / 40) * 100000) / 100000}rem`
  return `calc(${size} * var(--a11y-font-scale, 1))`
}

const TEXT = 'color'
const FILL = 'background'
const LINE = 'border'

/**
 * Palette colour → [theme variable, light colour]. Keyed by what the colour paints (text, fill,
 * line): white text on red stays white, while a white card turns dark in dark mode.
 */
const PALETTE = {
  [TEXT]: {
    '#1f2329': ['--a11y-text', '#1f2329'],
    '#4e5969': ['--a11y-text-secondary', '#4e5969'],
    '#55606e': ['--a11y-text-secondary', '#55606e'],
    // The old greys (3.0:1, 2.5:1, 1.6:1 on the page grey) become one grey of ≥ 4.5:1 on every light fill.
    '#86909c': ['--a11y-text-muted', '#5f6775'],
    '#a0a3ab': ['--a11y-text-muted', '#5f6775'],
    '#c9cdd4': ['--a11y-text-muted', '#5f6775'],
    '#999': ['--a11y-text-muted', '#5f6775'],
    '#999999': ['--a11y-text-muted', '#5f6775'],
    '#d7263d': ['--a11y-primary-text', '#c81e34'],
    '#e23a4f': ['--a11y-primary-text', '#c81e34'],
    '#c81e34': ['--a11y-primary-text', '#c81e34'],
    '#b81d31': ['--a11y-primary-text', '#b81d31'],
    '#1d6fd8': ['--a11y-link-text', '#1a64c4'],
    '#3c7be0': ['--a11y-link-text', '#1a64c4'],
    '#2b8a3e': ['--a11y-success-text', '#1f7a32'],
    '#00a870': ['--a11y-success-text', '#1f7a32'],
    '#2ba471': ['--a11y-success-text', '#1f7a32'],
    '#1f7a52': ['--a11y-success-text', '#1f7a52'],
    '#1a7f45': ['--a11y-success-text', '#17693a'],
    '#8a8f99': ['--a11y-text-muted', '#5f6775'],
    '#646a73': ['--a11y-text-muted', '#5f6775'],
    '#333a44': ['--a11y-text', '#333a44'],
    '#21712f': ['--a11y-success-text', '#21712f'],
    '#8a5a00': ['--a11y-warning-text', '#8a5a00'],
    '#b35c00': ['--a11y-warning-text', '#9a4f00'],
    '#a34f00': ['--a11y-warning-text', '#9a4f00'],
  },
  [FILL]: {
    '#fff': ['--a11y-surface', '#fff'],
    '#ffffff': ['--a11y-surface', '#fff'],
    '#f5f6f8': ['--a11y-page', '#f5f6f8'],
    '#f7f8fa': ['--a11y-well', '#f7f8fa'],
    '#f2f3f5': ['--a11y-well', '#f2f3f5'],
    '#fafafa': ['--a11y-well', '#fafafa'],
    '#edf0f3': ['--a11y-well', '#edf0f3'],
    '#fdecee': ['--a11y-primary-tint', '#fdecee'],
    '#fff5f6': ['--a11y-primary-tint', '#fff5f6'],
    '#fff1f2': ['--a11y-primary-tint', '#fff1f2'],
    '#fff8e8': ['--a11y-warning-tint', '#fff8e8'],
    '#fff1e0': ['--a11y-warning-tint', '#fff1e0'],
    '#fff4e5': ['--a11y-warning-tint', '#fff4e5'],
    '#fff7e8': ['--a11y-warning-tint', '#fff7e8'],
    '#fffaf0': ['--a11y-warning-tint', '#fffaf0'],
    '#fff4d6': ['--a11y-warning-tint', '#fff4d6'],
    '#fff4e0': ['--a11y-warning-tint', '#fff4e0'],
    '#fff1c9': ['--a11y-warning-tint', '#fff1c9'],
    '#e6f4ea': ['--a11y-success-tint', '#e6f4ea'],
    '#e8f7f0': ['--a11y-success-tint', '#e8f7f0'],
    '#e8f1fd': ['--a11y-link-tint', '#e8f1fd'],
    // Solid fills under white words: darkened to ≥ 4.5:1 behind white text.
    '#2ba471': ['--a11y-success-fill', '#1f7a4d'],
    '#00a870': ['--a11y-success-fill', '#1f7a4d'],
    '#f08a24': ['--a11y-warning-fill', '#a85200'],
    '#e23a4f': ['--a11y-primary-fill', '#d7263d'],
  },
  [LINE]: {
    '#e5e6eb': ['--a11y-line', '#e5e6eb'],
    '#f0f0f2': ['--a11y-line', '#f0f0f2'],
    '#f2f3f5': ['--a11y-line', '#f2f3f5'],
    '#f4f4f6': ['--a11y-line', '#f4f4f6'],
    '#ececef': ['--a11y-line', '#ececef'],
    '#eceef1': ['--a11y-line', '#eceef1'],
  },
}

/** Which palette a property paints with, or null. */
function paletteFor(prop) {
  if (prop === 'color') return PALETTE[TEXT]
  if (prop === 'background' || prop === 'background-color') return PALETTE[FILL]
  if (/^border(-(top|bottom|left|right))?(-color)?$/.test(prop)) return PALETTE[LINE]
  return null
}

/** Replaces palette colours in a declaration's value with their theme variable (light fallback). */
function themedColour(prop, value) {
  const palette = paletteFor(prop)
  if (!palette || value.includes('var(')) return null
  let changed = false
  const next = value.replace(/#[0-9a-fA-F]{3,8}\b/g, (hex) => {
    const entry = palette[hex.toLowerCase()]
    if (!entry) return hex
    changed = true
    return `var(${entry[0]}, ${entry[1]})`
  })
  return changed ? next : null
}

/** Only our own styles: NutUI and other packages are themed through their variables. */
function isOurs(decl) {
  const file = decl.source && decl.source.input && decl.source.input.file
  return !file || !/[\\/]node_modules[\\/]/.test(file)
}

/** A rule on `html` sets the root size for rem (Taro's desk override): never scale that. */
function isRootRule(decl) {
  const rule = decl.parent
  return Boolean(rule && rule.selector && /(^|[\s,])html\b/.test(rule.selector))
}

function postcssReadable() {
  return {
    postcssPlugin: 'postcss-readable',
    Declaration(decl) {
      if (!isOurs(decl) || decl.prop.startsWith('--')) return
      if (decl.prop === 'font-size' && !isRootRule(decl)) {
        const next = readableFontSize(decl.value)
        if (next) decl.value = next
        return
      }
      const themed = themedColour(decl.prop, decl.value)
      if (themed) decl.value = themed
    },
  }
}
postcssReadable.postcss = true

module.exports = postcssReadable
module.exports.readableDesignPx = readableDesignPx
module.exports.readableFontSize = readableFontSize
module.exports.themedColour = themedColour
module.exports.PALETTE = PALETTE
