import path from 'node:path'
import type { Page } from 'playwright-core'

/** axe-core's browser build, injected into the page under test (it checks the DOM as rendered). */
const AXE_SCRIPT = path.resolve(__dirname, '../../node_modules/axe-core/axe.min.js')

/**
 * Rules that say a control or picture has no name a screen reader can speak, or that its ARIA
 * is wrong (a role without its required name or states, an attribute the role does not take).
 */
export const LABEL_RULES = new Set([
  'button-name',
  'link-name',
  'label',
  'image-alt',
  'input-button-name',
  'input-image-alt',
  'select-name',
  'role-img-alt',
  'svg-img-alt',
  'frame-title',
  'area-alt',
  'object-alt',
])

export type TAxeViolation = { id: string; impact: string | null; nodes: { target: string; html: string; summary: string }[] }
export type TAxeCounts = { contrast: number; labels: number; other: number; violations: TAxeViolation[] }

type TAxeRaw = {
  violations: {
    id: string
    impact: string | null
    nodes: { target: unknown[]; html: string; failureSummary?: string; any?: { data?: { fgColor?: string; bgColor?: string; contrastRatio?: number } | null }[] }[]
  }[]
}

/** A rule about names or ARIA: the fixed list, or any of axe's `aria-*` rules. */
export function isLabelRule(id: string): boolean {
  return LABEL_RULES.has(id) || id.startsWith('aria-')
}

/**
 * Runs axe-core's WCAG 2 A/AA rules on what the page shows now and counts failing elements:
 * colour contrast, missing names / wrong ARIA, and everything else.
 */
export async function runAxe(page: Page): Promise<TAxeCounts> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object')
  if (!loaded) await page.addScriptTag({ path: AXE_SCRIPT })
  const raw: TAxeRaw = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, options: unknown) => Promise<unknown> } }).axe
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    })
    return JSON.parse(JSON.stringify(result)) as TAxeRaw
  })
  const violations = raw.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.map((n) => {
      // Contrast failures name the two colours and their ratio: what to change, at a glance.
      const colours = n.any?.[0]?.data?.fgColor ? ` ${n.any[0].data.fgColor} on ${n.any[0].data.bgColor ?? '?'} = ${n.any[0].data.contrastRatio ?? '?'}:1` : ''
      return { target: n.target.map(String).join(' '), html: n.html.slice(0, 160), summary: `${(n.failureSummary ?? '').slice(0, 120)}${colours}` }
    }),
  }))
  const count = (match: (id: string) => boolean) => violations.filter((v) => match(v.id)).reduce((sum, v) => sum + v.nodes.length, 0)
  return {
    contrast: count((id) => id === 'color-contrast'),
    labels: count(isLabelRule),
    other: count((id) => id !== 'color-contrast' && !isLabelRule(id)),
    violations,
  }
}

/** One line per failing element, for a failing assertion to show what to fix. */
export function describeViolations(violations: TAxeViolation[], match: (id: string) => boolean): string[] {
  return violations.filter((v) => match(v.id)).flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target} ${n.html} — ${n.summary}`))
}
