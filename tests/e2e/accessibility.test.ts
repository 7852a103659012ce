import type { Page } from 'playwright-core'
import type postgres from 'postgres'
import { describeViolations, isLabelRule, runAxe, type TAxeCounts } from '../setup/axe'
import { setUpPhoneTests, shoot } from '../setup/phone-browser'
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

async function auditAll(scheme: 'light' | 'dark'): Promise<Map<string, TAxeCounts>> {
  await page.emulateMedia({ colorScheme: scheme })
  const results = new Map<string, TAxeCounts>()
  for (const visit of visits) {
    await openAs(page, visit, people)
    results.set(visit.name, await runAxe(page))
    await shoot(page, `a11y-${scheme}-${visit.path.replace(/^\/#\//, '').replace(/\/index.*$/, '').replace(/\//g, '-')}-${visit.as}`)
  }
  // One table in the log: the figures the report quotes (before and after the fixes).
  const lines = [...results].map(([name, c]) => `${name.padEnd(14, '　')} contrast=${c.contrast} labels=${c.labels} other=${c.other}`)
  const total = [...results.values()].reduce((t, c) => ({ contrast: t.contrast + c.contrast, labels: t.labels + c.labels }), { contrast: 0, labels: 0 })
  console.log(`axe (${scheme}):\n${lines.join('\n')}\nTOTAL contrast=${total.contrast} labels=${total.labels}`)
  return results
}

function expectClean(results: Map<string, TAxeCounts>): void {
  const failures = [...results].flatMap(([name, c]) =>
    describeViolations(c.violations, (id) => id === 'color-contrast' || isLabelRule(id)).map((line) => `${name} · ${line}`),
  )
  expect(failures).toEqual([])
}

describe('accessibility (axe-core, 375×812)', () => {
  it('light colours: no contrast or name violations on any main page', async () => {
    expectClean(await auditAll('light'))
  }, 300_000)

  it('dark colours (prefers-color-scheme: dark): no contrast or name violations either', async () => {
    expectClean(await auditAll('dark'))
    await page.emulateMedia({ colorScheme: 'light' })
  }, 300_000)
})
