import type { Page } from 'playwright-core'
import type postgres from 'postgres'
import { describeViolations, isLabelRule, runAxe, type TAxeCounts } from '../setup/axe'
import { settled, setUpPhoneTests, shoot } from '../setup/phone-browser'
import { a11yVisits, openAs, setUpA11yPeople, type TA11yPeople, type TA11yVisit } from './a11y-pages'

/**
 * Accessibility of the H5 build at 375×812 with axe-core in Chromium: every main page, as the
 * person who uses it, in light and dark colours, has no colour-contrast failure and no control or
 * picture without a name; text is at least 16 px (20 px in 长辈模式), which is switched in 我的
 * and kept; secondary text and labels are never under 12 px; named controls are at least 44 px tall.
 */
let page: Page
let sql: postgres.Sql
setUpPhoneTests((opened) => {
  page = opened.page
  sql = opened.sql
})

let people: TA11yPeople
let visits: TA11yVisit[]
beforeAll(async () => {
  const fixture = await setUpA11yPeople(sql)
  people = fixture.people
  visits = a11yVisits(fixture)
})

type TScheme = 'light' | 'dark'

/**
 * Every main page loaded once as its person: axe in light colours, then in dark (the app's dark
 * colours are CSS media queries only, so switching the emulated scheme restyles the page as a fresh
 * load in dark would, without loading every page twice), a screenshot of each.
 */
async function auditAll(): Promise<Record<TScheme, Map<string, TAxeCounts>>> {
  const axe: Record<TScheme, Map<string, TAxeCounts>> = { light: new Map(), dark: new Map() }
  for (const visit of visits) {
    await page.emulateMedia({ colorScheme: 'light' })
    await openAs(page, visit, people)
    for (const scheme of ['light', 'dark'] as const) {
      if (scheme === 'dark') {
        await page.emulateMedia({ colorScheme: 'dark' })
        await settled(page, visit.ready)
      }
      axe[scheme].set(visit.name, await runAxe(page))
      await shoot(page, `a11y-${scheme}-${visit.path.replace(/^\/#\//, '').replace(/\/index.*$/, '').replace(/\//g, '-')}-${visit.as}`)
    }
  }
  await page.emulateMedia({ colorScheme: 'light' })
  for (const scheme of ['light', 'dark'] as const) {
    // One table in the log: the figures the report quotes (before and after the fixes).
    const lines = [...axe[scheme]].map(([name, c]) => `${name.padEnd(14, '　')} contrast=${c.contrast} labels=${c.labels} other=${c.other}`)
    const total = [...axe[scheme].values()].reduce((t, c) => ({ contrast: t.contrast + c.contrast, labels: t.labels + c.labels }), { contrast: 0, labels: 0 })
    console.log(`axe (${scheme}):\n${lines.join('\n')}\nTOTAL contrast=${total.contrast} labels=${total.labels}`)
  }
  return axe
}

function expectClean(results: Map<string, TAxeCounts>): void {
  const failures = [...results].flatMap(([name, c]) =>
    describeViolations(c.violations, (id) => id === 'color-contrast' || isLabelRule(id)).map((line) => `${name} · ${line}`),
  )
  expect(failures).toEqual([])
}

type TTextSizes = { body: number; smallest: number; smallTargets: string[] }

/**
 * The text on screen: the size most text is drawn at (body), the smallest, and named controls
 * (role button/switch, NutUI buttons) shorter than 44 px.
 */
async function measureText(): Promise<TTextSizes> {
  return page.evaluate(() => {
    const onScreen = (el: Element) => {
      const r = el.getBoundingClientRect()
      return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && getComputedStyle(el).visibility !== 'hidden'
    }
    const texts = Array.from(document.querySelectorAll('.taro_page_show *')).filter(
      (el) => onScreen(el) && Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim().length > 1),
    )
    // Body text: the size most sentence-length lines (6 characters and more, not labels like 周一) are drawn at.
    const weights = new Map<number, number>()
    for (const el of texts.filter((t) => (t.textContent ?? '').trim().length >= 6)) {
      const size = parseFloat(getComputedStyle(el).fontSize)
      weights.set(size, (weights.get(size) ?? 0) + 1)
    }
    const body = [...weights].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0
    const smallTargets = Array.from(document.querySelectorAll('.taro_page_show [role=button], .taro_page_show [role=switch], .taro_page_show .nut-button'))
      .filter((el) => onScreen(el) && el.getBoundingClientRect().height < 43.5)
      .map((el) => `${el.className} ${Math.round(el.getBoundingClientRect().height)}px`)
    return { body, smallest: Math.min(...texts.map((el) => parseFloat(getComputedStyle(el).fontSize))), smallTargets }
  })
}

describe('accessibility (axe-core, 375×812)', () => {
  // The light test audits both schemes on each page load; the dark test judges what it found.
  let dark: Map<string, TAxeCounts> | undefined

  it('text is 16 px and up (nothing under 12 px), named controls are ≥ 44 px tall; 长辈模式 in 我的 makes it 20 px everywhere and is kept', async () => {
    await page.emulateMedia({ colorScheme: 'light' })
    const home = visits.find((v) => v.name === '首页')!
    const me = visits.find((v) => v.name === '我的')!
    const normal = new Map<string, TTextSizes>()
    for (const visit of [home, me, visits.find((v) => v.name === '活动详情')!, visits.find((v) => v.name === '单位工作台')!]) {
      await openAs(page, visit, people)
      normal.set(visit.name, await measureText())
    }
    for (const [name, sizes] of normal) {
      expect({ name, body: sizes.body >= 16 ? 'ok' : sizes.body, smallest: sizes.smallest >= 12 ? 'ok' : sizes.smallest, smallTargets: sizes.smallTargets }).toEqual({
        name,
        body: 'ok',
        smallest: 'ok',
        smallTargets: [],
      })
    }

    // 我的 → 长辈模式: a switch with its state, the scale on the root at once, kept over a reload.
    await openAs(page, me, people)
    const toggle = page.locator('.elder-mode')
    expect(await toggle.getAttribute('role')).toBe('switch')
    expect(await toggle.getAttribute('aria-checked')).toBe('false')
    await toggle.click()
    expect(await toggle.getAttribute('aria-checked')).toBe('true')
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--a11y-font-scale').trim())).toBe('1.25')
    await shoot(page, 'a11y-elder-me')
    await openAs(page, home, people)
    const elder = await measureText()
    await shoot(page, 'a11y-elder-home')
    expect(elder.body).toBeGreaterThanOrEqual(20)
    expect(elder.body).toBeCloseTo(normal.get('首页')!.body * 1.25, 1)
    expect(elder.smallest).toBeGreaterThanOrEqual(15)
    expect(elder.smallTargets).toEqual([])
    const title = await page.locator('.activity-card__title').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    expect(title).toBeGreaterThanOrEqual(20)

    // Off again: back to the normal sizes.
    await openAs(page, me, people)
    await page.locator('.elder-mode').click()
    await openAs(page, home, people)
    expect((await measureText()).body).toBe(normal.get('首页')!.body)
  }, 180_000)

  it('light colours: no contrast or name violations on any main page', async () => {
    const audit = await auditAll()
    dark = audit.dark
    expect(audit.light.size).toBe(visits.length)
    expectClean(audit.light)
  }, 300_000)

  it('dark colours (prefers-color-scheme: dark): no contrast or name violations either', () => {
    expect(dark?.size).toBe(visits.length)
    expectClean(dark!)
  })
})
