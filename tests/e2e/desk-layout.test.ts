import type { Page } from 'playwright-core'
import type postgres from 'postgres'
import { setUpDeskTests } from '../setup/desk-browser'
import { shoot } from '../setup/phone-browser'
import { a11yVisits, openAs, setUpA11yPeople, type TA11yPeople, type TA11yVisit } from './a11y-pages'

/**
 * The H5 build on a 1280×800 desk: text and buttons at desk size (the root stays at 20 px instead
 * of Taro's 40 px, body text 16 px), the volunteer's and unit's pages and the tab bar in a centred
 * column, the organiser console across the width.
 */
let page: Page
let sql: postgres.Sql
setUpDeskTests((opened) => {
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

type TDeskLayout = { rootPx: number; column: { left: number; width: number } | null; tabbarWidth: number | null; smallest: number; body: number }

/** The root size, the app column's box, the tab bar's width and the sizes of the visible text. */
async function measure(): Promise<TDeskLayout> {
  return page.evaluate(() => {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect()
      return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && getComputedStyle(el).visibility !== 'hidden'
    }
    const container = document.querySelector('.taro-tabbar__container')
    const tabbar = document.querySelector('.taro-tabbar__tabbar')
    const sizes = Array.from(document.querySelectorAll('.taro_page_show *'))
      .filter((el) => visible(el) && Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim().length > 0))
      .map((el) => parseFloat(getComputedStyle(el).fontSize))
    // Body text: the size most sentence-length lines (6 characters and more, not labels like 周一) are drawn at.
    const counts = new Map<number, number>()
    Array.from(document.querySelectorAll('.taro_page_show *'))
      .filter((el) => visible(el) && Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim().length >= 6))
      .forEach((el) => {
        const size = parseFloat(getComputedStyle(el).fontSize)
        counts.set(size, (counts.get(size) ?? 0) + 1)
      })
    const body = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0
    const box = container?.getBoundingClientRect()
    return {
      rootPx: parseFloat(getComputedStyle(document.documentElement).fontSize),
      column: box ? { left: box.left, width: box.width } : null,
      tabbarWidth: tabbar && visible(tabbar) ? tabbar.getBoundingClientRect().width : null,
      smallest: Math.min(...sizes),
      body,
    }
  })
}

describe('desk layout (H5 at 1280×800)', () => {
  it('volunteer and unit pages: a centred column with desk-size text, the tab bar no wider than it', async () => {
    // Every page is shot first, then judged: a failing page still leaves all pictures to look at.
    const layouts: { name: string; layout: TDeskLayout }[] = []
    for (const name of ['首页', '活动详情', '我的', '我的活动', '单位工作台']) {
      const visit = visits.find((v) => v.name === name)!
      await openAs(page, visit, people)
      await shoot(page, `desk-${visit.path.replace(/^\/#\//, '').replace(/\/index.*$/, '').replace(/\//g, '-')}`)
      layouts.push({ name, layout: await measure() })
    }
    for (const { name, layout } of layouts) {
      expect({ name, rootPx: layout.rootPx }).toEqual({ name, rootPx: 20 })
      expect(layout.column!.width).toBeLessThanOrEqual(720)
      expect(Math.abs(layout.column!.left * 2 + layout.column!.width - 1280)).toBeLessThanOrEqual(2)
      if (layout.tabbarWidth !== null) expect(layout.tabbarWidth).toBeLessThanOrEqual(720)
      expect([name, layout.body >= 16 && layout.body <= 20 ? 'body ok' : layout.body]).toEqual([name, 'body ok'])
      expect([name, layout.smallest >= 12 ? 'smallest ok' : layout.smallest]).toEqual([name, 'smallest ok'])
    }
  }, 240_000)

  it('the organiser console keeps the desk width for its panes, at desk size', async () => {
    for (const name of ['组织方控制台', '报送情况']) {
      const visit = visits.find((v) => v.name === name)!
      await openAs(page, visit, people)
      await shoot(page, `desk-${visit.path.replace(/^\/#\//, '').replace(/\/index.*$/, '').replace(/\//g, '-')}`)
      const layout = await measure()
      expect(layout.rootPx).toBe(20)
      const width = await page.evaluate(() => document.querySelector('.taro_page_show .console-desk')?.getBoundingClientRect().width ?? 0)
      expect(width).toBeGreaterThan(1000)
      expect([name, layout.smallest >= 12 ? 'smallest ok' : layout.smallest]).toEqual([name, 'smallest ok'])
    }
  }, 120_000)
})
