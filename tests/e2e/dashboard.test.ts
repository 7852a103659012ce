import { randomUUID } from 'node:crypto'
import type { Page } from 'playwright-core'
import type postgres from 'postgres'
import { apiUrl } from '../setup/api-client'
import { setUpDeskTests, type TDeskTest } from '../setup/desk-browser'
import { openPhone, settled, shoot, signInAs, type TPhoneBrowser } from '../setup/phone-browser'

/**
 * 数据看板 in the H5 build: an organiser on a desk (1280×800) sees six charts in a grid of cards,
 * each really drawn (canvas pixels in the series' colours, not a blank box) with its figures as a
 * table; picking a district redraws them. On a phone (375×812) the cards stack and stay within
 * the screen; a district admin sees its own district only.
 */
let sql: postgres.Sql

type TFixture = { campaignId: string; organiser: string; districtAdmin: string; districts: string[] }
const fx: TFixture = { campaignId: '', organiser: '', districtAdmin: '', districts: [] }

const CATEGORIES = ['theory', 'culture_education', 'civility', 'care', 'environment', 'science', 'health', 'legal']

/**
 * A campaign of its own (unpublished: the app keeps opening on the demo campaign for other tests)
 * with three districts and a unit without one, activities of every category, sign-ups over ten
 * days, check-ins with hours, checked photos and deadlines with returns.
 */
async function createFixture(): Promise<TFixture> {
  const [campaign] = await sql<{ id: string }[]>`
    insert into campaigns (slug, issuer, city, year, title, period_start, period_end, is_published)
    values (${`e2e-dash-${randomUUID().slice(0, 8)}`}, '连云港市文明办', '连云港市', 2027, '看板演示学雷锋志愿服务月', '2027-03-01', '2027-03-31', false)
    returning id`
  const id = campaign!.id
  const districts = (await sql<{ id: string }[]>`
    insert into districts (campaign_id, key, name, kind, sort) values
      (${id}, 'hz', '海州区', 'county', 0), (${id}, 'ly', '连云区', 'county', 1), (${id}, 'gy', '赣榆区', 'county', 2)
    returning id`).map((r) => r.id)
  const unitRows: Array<[string | null, string]> = [
    [districts[0]!, '海州区文明办'], [districts[0]!, '海州区团委'], [districts[1]!, '连云区文明办'],
    [districts[1]!, '连云港港口集团'], [districts[2]!, '赣榆区文明办'], [null, '市志愿者联合会'],
  ]
  const units: string[] = []
  for (const [i, [district, name]] of unitRows.entries()) {
    const [u] = await sql<{ id: string }[]>`
      insert into units (campaign_id, district_id, key, name, sort) values (${id}, ${district}, ${`u${i}`}, ${name}, ${i}) returning id`
    units.push(u!.id)
  }
  const [organiser, districtAdmin] = (await sql<{ id: string }[]>`
    insert into app_users (display_name) values ('看板组织方'), ('看板区县管理员') returning id`).map((r) => r.id) as [string, string]
  await sql`insert into memberships (user_id, campaign_id, role, district_id) values
    (${organiser}, ${id}, 'organiser', null), (${districtAdmin}, ${id}, 'district_admin', ${districts[0]!})`

  const volunteers = (await sql<{ id: string }[]>`
    insert into app_users (display_name) select '看板志愿者' || g from generate_series(1, 40) g returning id`).map((r) => r.id)
  const activities: Array<{ id: string; unit: string }> = []
  for (let i = 0; i < 14; i += 1) {
    const unit = units[i % units.length]!
    const [a] = await sql<{ id: string }[]>`
      insert into activities (campaign_id, unit_id, title, starts_at, ends_at, location_name, category, status, is_key_activity)
      values (${id}, ${unit}, ${`看板活动${i + 1}`}, '2027-03-05 08:00+08', '2027-03-05 17:00+08', '市民广场',
              ${CATEGORIES[i % CATEGORIES.length]!}, ${i % 5 === 4 ? 'draft' : 'published'}, ${i % 4 === 0})
      returning id`
    if (i % 5 !== 4) activities.push({ id: a!.id, unit })
  }
  // Sign-ups on ten days in late February, more near 3月5日; every other person checks in.
  let n = 0
  for (const [ai, activity] of activities.entries()) {
    for (let k = 0; k < 3 + (ai % 4); k += 1) {
      const volunteer = volunteers[(ai * 3 + k) % volunteers.length]!
      const at = new Date(Date.UTC(2027, 1, 20 + ((ai + k * 2) % 10), 2 + k))
      const cancelled = n % 9 === 8
      const [reg] = await sql<{ id: string }[]>`
        insert into registrations (activity_id, user_id, status, created_at, confirmed_at, cancelled_at)
        values (${activity.id}, ${volunteer}, ${cancelled ? 'cancelled' : 'confirmed'}, ${at}, ${at}, ${cancelled ? at : null})
        returning id`
      if (!cancelled && n % 2 === 0) {
        const inAt = new Date('2027-03-05T09:00:00+08:00')
        await sql`insert into check_ins (registration_id, checked_in_at, checked_out_at)
                  values (${reg!.id}, ${inAt}, ${new Date(inAt.getTime() + (1 + (n % 4)) * 3600_000)})`
      }
      n += 1
    }
  }
  const verdicts = ['passed', 'passed', 'passed', 'failed', 'needs_review', 'passed', 'passed', 'error']
  for (const [i, activity] of activities.entries()) {
    for (let k = 0; k < 2; k += 1) {
      const [p] = await sql<{ id: string }[]>`
        insert into photos (campaign_id, unit_id, purpose, activity_id, storage_path, sha256, byte_size)
        values (${id}, ${activity.unit}, 'activity', ${activity.id}, ${`e2e-dash/${randomUUID()}.jpg`}, ${'c'.repeat(64)}, 100) returning id`
      const verdict = verdicts[(i * 2 + k) % verdicts.length]!
      await sql`insert into photo_check_results (photo_id, verdict, engine_version) values (${p!.id}, ${verdict}, 'e2e')`
    }
  }
  const deadlines = await sql<{ id: string; kind: string }[]>`
    insert into campaign_deadlines (campaign_id, kind, title, due_at) values
      (${id}, 'activity_plan', '活动安排表', '2026-11-20 18:00+08'),
      (${id}, 'showcase_application', '展示项目申报', '2026-11-25 18:00+08'),
      (${id}, 'weekly_stats', '第一周统计', '2027-03-05 18:00+08'),
      (${id}, 'weekly_stats', '第二周统计', '2027-03-12 18:00+08'),
      (${id}, 'summary', '活动总结', '2027-04-03 18:00+08')
    returning id, kind`
  const plan = deadlines.find((d) => d.kind === 'activity_plan')!.id
  for (const [i, unit] of units.entries()) {
    if (i === 5) continue // 市志愿者联合会 is late with 附件2
    const status = i === 2 ? 'returned' : 'submitted'
    await sql`insert into unit_submissions (campaign_id, unit_id, deadline_id, kind, status, submitted_at, returned_at, return_reason)
              values (${id}, ${unit}, ${plan}, 'activity_plan', ${status}, now(), ${status === 'returned' ? new Date() : null},
                      ${status === 'returned' ? '请补充联系人电话' : null})`
  }
  await sql`insert into showcase_applications (campaign_id, unit_id, project_name, status, submitted_at)
            select ${id}, u, '展示项目', 'submitted', now() from unnest(${units.slice(0, 3)}::uuid[]) u`
  return { campaignId: id, organiser, districtAdmin, districts }
}

/** Per chart canvas: its size, the share of pixels with ink, and whether a given colour is drawn. */
async function canvasInk(page: Page, colours: Record<string, [number, number, number]>) {
  return page.evaluate((wanted) => {
    return Array.from(document.querySelectorAll('canvas.chart-canvas__node')).map((node) => {
      const canvas = node as HTMLCanvasElement
      const ctx = canvas.getContext('2d')
      if (!ctx || canvas.width === 0) return { id: canvas.id, width: 0, cssWidth: 0, ink: 0, found: [] as string[] }
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height)
      let ink = 0
      let samples = 0
      const found = new Set<string>()
      for (let i = 0; i < data.length; i += 4 * 3) {
        samples += 1
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!]
        if (data[i + 3]! > 0 && !(r > 240 && g > 240 && b > 240)) ink += 1
        for (const [name, [wr, wg, wb]] of Object.entries(wanted)) {
          if (Math.abs(r - wr) + Math.abs(g - wg) + Math.abs(b - wb) < 12) found.add(name)
        }
      }
      return { id: canvas.id, width: canvas.width, cssWidth: canvas.getBoundingClientRect().width, ink: ink / samples, found: [...found] }
    })
  }, colours)
}

const COLOURS: Record<string, [number, number, number]> = {
  red: [0xd7, 0x26, 0x3d],
  blue: [0x3a, 0x78, 0xc9],
  amber: [0xe0, 0x8a, 0x00],
  green: [0x2b, 0x9a, 0x66],
}

/** Waits until all six charts have ink (uCharts draws on a timer after the page renders). */
async function chartsDrawn(page: Page) {
  await page.locator('.dashboard-panel').nth(5).waitFor({ timeout: 20_000 })
  for (let i = 0; i < 50; i += 1) {
    const inks = await canvasInk(page, COLOURS)
    if (inks.length === 6 && inks.every((c) => c.ink > 0.01)) return inks
    await page.waitForTimeout(100)
  }
  return canvasInk(page, COLOURS)
}

/** Opens the dashboard as a fresh page load, so the app reads the session signInAs stored. */
async function openDashboard(page: Page, campaignId: string, districtId?: string): Promise<void> {
  await page.goto(dashboardUrl(campaignId, districtId))
  await page.reload()
}

function dashboardUrl(campaignId: string, districtId?: string): string {
  return apiUrl(`/#/package-organiser/dashboard/index?campaignId=${campaignId}${districtId ? `&districtId=${districtId}` : ''}`)
}

/**
 * The whole dashboard in one picture: the H5 page scrolls inside its own container, so a full-page
 * screenshot would show only the first screen; the viewport is made as tall as the content instead.
 */
async function shootWhole(page: Page, name: string): Promise<void> {
  const size = page.viewportSize()!
  const height = await page.locator('.dashboard').evaluate((el) => Math.ceil(el.getBoundingClientRect().height) + 120)
  await page.setViewportSize({ width: size.width, height: Math.min(height, 6000) })
  await settled(page, '.dashboard')
  await shoot(page, name)
  await page.setViewportSize(size)
}

async function tableText(page: Page, panel: string): Promise<string> {
  return page.locator(`.dashboard-panel--${panel} table`).innerText()
}

let desk: TDeskTest
setUpDeskTests((opened) => {
  sql = opened.sql
  desk = opened
  // Besides 5xx answers: a script error while drawing is a failure too.
  desk.page.on('pageerror', (e) => desk.failures.push(e.message))
})
beforeAll(async () => {
  Object.assign(fx, await createFixture())
})

describe('数据看板 on a desk (1280×800)', () => {

  it('draws six charts in a grid of cards, each beside its figures', async () => {
    const { page } = desk
    await signInAs(page, fx.organiser)
    await openDashboard(page, fx.campaignId)
    const inks = await chartsDrawn(page)
    expect(inks.map((c) => c.id)).toEqual(['signups', 'categories', 'districts', 'service', 'photos', 'completeness'].map((k) => `dashboard-chart-${k}`))
    for (const canvas of inks) {
      expect(canvas.ink).toBeGreaterThan(0.02)
      // The backing store is sized for the screen: CSS width × device pixel ratio (1 on this desk).
      expect(canvas.width).toBe(Math.floor(canvas.cssWidth))
    }
    const found = Object.fromEntries(inks.map((c) => [c.id.replace('dashboard-chart-', ''), c.found]))
    expect(found.signups).toContain('red')
    expect(found.categories).toContain('red')
    expect(found.service).toEqual(expect.arrayContaining(['blue', 'amber']))
    expect(found.photos).toEqual(expect.arrayContaining(['green', 'red', 'amber']))
    expect(found.completeness).toEqual(expect.arrayContaining(['green', 'amber', 'red']))

    // Two cards side by side, in a centred column.
    const first = (await page.locator('.dashboard-panel').nth(0).boundingBox())!
    const second = (await page.locator('.dashboard-panel').nth(1).boundingBox())!
    expect(second.x).toBeGreaterThan(first.x + first.width - 1)
    expect(Math.abs(second.y - first.y)).toBeLessThan(2)
    expect(first.width).toBeGreaterThan(450)

    // The tables are real tables with the figures from the database.
    const [signups] = await sql<{ n: number }[]>`
      select count(*)::int as n from registrations r join activities a on a.id = r.activity_id where a.campaign_id = ${fx.campaignId}`
    expect(await tableText(page, 'signups')).toContain(`合计\t${signups!.n}`)
    expect(await page.locator('.dashboard-panel--categories tbody tr').count()).toBe(8)
    expect(await tableText(page, 'completeness')).toMatch(/活动安排表\t66\.7%\t6\t4\t1\t1\t0/)
    expect(await page.locator('.dashboard-header').innerText()).toContain('6 个单位')
    await shoot(page, 'dashboard-desk-first-screen')
    await shootWhole(page, 'dashboard-desk')
  })

  it('narrows to one district and redraws', async () => {
    const { page } = desk
    await page.locator('.dashboard-chip', { hasText: '连云区' }).click()
    await page.locator('.dashboard-header', { hasText: '2 个单位' }).waitFor({ timeout: 10_000 })
    await page.waitForFunction(() => !document.querySelector('.dashboard--stale'))
    const inks = await chartsDrawn(page)
    expect(inks.every((c) => c.ink > 0.01)).toBe(true)
    expect(await page.locator('.dashboard-panel--districts tbody tr').count()).toBe(1)
    expect(await tableText(page, 'completeness')).toMatch(/活动安排表\t50\.0%\t2\t1\t1\t0\t0/)
    await shoot(page, 'dashboard-desk-district')
    expect(desk.failures).toEqual([])
  })
})

describe('数据看板 on a phone (375×812)', () => {
  // One phone for both people: signInAs replaces the session and openDashboard starts the app again.
  let phone: TPhoneBrowser
  beforeAll(async () => {
    phone = await openPhone()
  })
  afterAll(async () => {
    await phone?.close()
  })

  it('stacks the cards within the screen; an organiser sees all districts', async () => {
    await signInAs(phone.page, fx.organiser)
    await openDashboard(phone.page, fx.campaignId)
    const inks = await chartsDrawn(phone.page)
    for (const canvas of inks) {
      expect(canvas.ink).toBeGreaterThan(0.02)
      // 2× backing store on a 2× phone: sharp text.
      expect(canvas.width).toBe(Math.floor(canvas.cssWidth) * 2)
      expect(canvas.cssWidth).toBeLessThanOrEqual(375)
    }
    const boxes = await phone.page.locator('.dashboard-panel').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON()))
    for (let i = 1; i < boxes.length; i += 1) {
      expect(boxes[i].x).toBeCloseTo(boxes[0].x, 0)
      expect(boxes[i].y).toBeGreaterThan(boxes[i - 1].y + boxes[i - 1].height - 1)
    }
    // Nothing wider than the phone: wide tables scroll inside their card.
    for (const box of boxes) expect(box.x + box.width).toBeLessThanOrEqual(375)
    expect(await phone.page.locator('.dashboard').evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0)
    await shoot(phone.page, 'dashboard-phone-first-screen')
    await shootWhole(phone.page, 'dashboard-phone')
  })

  it('keeps a district admin to its own district', async () => {
    await signInAs(phone.page, fx.districtAdmin)
    await openDashboard(phone.page, fx.campaignId)
    const inks = await chartsDrawn(phone.page)
    expect(inks.every((c) => c.ink > 0.01)).toBe(true)
    const header = await phone.page.locator('.dashboard-header').innerText()
    expect(header).toContain('区县管理员 · 海州区')
    expect(header).toContain('2 个单位')
    expect(await phone.page.locator('.dashboard-chip').count()).toBe(0)
    const districts = await tableText(phone.page, 'districts')
    expect(districts).toContain('海州区')
    expect(districts).not.toMatch(/连云区|赣榆区|未分区/)
    await shootWhole(phone.page, 'dashboard-phone-district-admin')

    // Naming another district in the address is refused, in words.
    await openDashboard(phone.page, fx.campaignId, fx.districts[1])
    await phone.page.locator('.state-view--error').waitFor({ timeout: 15_000 })
    expect(await phone.page.locator('.state-view--error').innerText()).toContain('区县管理员只能查看本区县的数据')
  })
})
