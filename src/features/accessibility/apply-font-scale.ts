import { isH5 } from '../../shared/platform'
import { readElderMode } from './elder-mode-store'
import { a11yVariables, computeFontScale } from './font-scale'
import { readSystemFontPx } from './system-font-size'

/** The scale for this phone now: its system font size and the stored 长辈模式. */
export function currentFontScale(elderMode = readElderMode()): number {
  return computeFontScale({ elderMode, systemFontPx: readSystemFontPx() })
}

/**
 * H5: the variables go on `html`, so every page (and NutUI's sheets, drawn
 * outside the pages) inherits them. weapp has no element above the pages: each page's
 * <A11yPageMeta /> writes the same variable into page-meta's page-style.
 */
export function applyFontScale(elderMode = readElderMode()): void {
  if (!isH5 || typeof document === 'undefined') return
  const root = document.documentElement
  for (const [name, value] of Object.entries(a11yVariables(currentFontScale(elderMode), elderMode))) root.style.setProperty(name, value)
}
