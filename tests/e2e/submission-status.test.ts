import { randomUUID } from 'node:crypto'
import type { Page } from 'playwright-core'
import type postgres from 'postgres'
import { apiUrl } from '../setup/api-client'
import { setUpDeskTests, type TDeskTest } from '../setup/desk-browser'
import { dialogGone, openPhone, settled, shoot, signInAs, type TPhoneBrowser } from '../setup/phone-browser'

/**
 * 报送情况 in the H5 build. On a desk (1280×800): the demo organiser reaches it from the console
 * home; on a campaign of 36 units × 13 columns the table scrolls both ways with its header row and
 * unit column in place; a cell opens in a side panel, 退回修改 with a reason changes the cell; a
 * Friday's column reminds every unit that still owes it. On a phone (375×812): a district admin
 * sees a list per unit of its own district only, and a row opens its sheet.
 */
let sql: postgres.Sql
let desk: TDeskTest
setUpDeskTests((opened) => {
  sql = opened.sql
  desk = opened
})

const DAY = 24 * 3600_000
const rel = (days: number) => new Date(Date.now() + days * DAY)

/** 36 units in three districts, 12 deadlines around today, every state somewhere. */
async function createCampaign() {
  const slug = `se-${randomUUID().slice(0, 8)}`
  const [campaign] = await sql<{ id: string }[]>`
    insert into campaigns (slug, issuer, city, year, title, period_start, period_end, is_published)
    values (${slug}, '连云港市文明办', '连云港市', 2026, '报送情况浏览器测试活动月',
            (${rel(-40)}::timestamptz at time zone 'Asia/Shanghai')::date, (${rel(30)}::timestamptz at time zone 'Asia/Shanghai')::date, false)
    returning id`
  const campaignId = campaign!.id
  await sql`insert into districts (campaign_id, key, name, kind, sort) values
    (${campaignId}, 'hz', '海州区', 'county', 1), (${campaignId}, 'ly', '连云区', 'county', 2), (${campaignId}, 'kfq', '市开发区', 'function_area', 3)`
  await sql`
    insert into units (campaign_id, district_id, key, name, sort)
    select ${campaignId}, d.id, 'u' || g, '单位' || lpad(g::text, 2, '0') || (array['街道', '学校', '社区'])[1 + g % 3], g
    from generate_series(1, 36) g
    join districts d on d.campaign_id = ${campaignId} and d.sort = 1 + (g - 1) % 3`
  await sql`insert into campaign_quotas (campaign_id, subject, metric, min_count) values
    (${campaignId}, 'county', 'showcase_projects', 6), (${campaignId}, 'function_area', 'showcase_projects', 3),
    (${campaignId}, 'unit', 'showcase_projects', 1), (${campaignId}, 'unit', 'key_activities', 1)`
  await sql`insert into campaign_deadlines (campaign_id, kind, title, due_at) values
    (${campaignId}, 'activity_plan', '活动安排表（附件2）', ${rel(-20)}),
    (${campaignId}, 'showcase_application', '展示项目申报表（附件1）', ${rel(-20)}),
    (${campaignId}, 'photos', '活动图片上传', ${rel(-1)}),
    (${campaignId}, 'summary', '活动总结', ${rel(20)}),
    (${campaignId}, 'report', '图文报告', ${rel(10)}),
    (${campaignId}, 'status_report', '开展情况报告', ${rel(15)})`
  for (const [i, days] of [-35, -28, -21, -14, -7, 3].entries()) {
    await sql`insert into campaign_deadlines (campaign_id, kind, title, due_at) values (${campaignId}, 'weekly_stats', ${`第${i + 1}周统计表`}, ${rel(days)})`
  }
  const users = await sql<{ id: string }[]>`
    insert into app_users (display_name) values ('报送情况测试组织方'), ('海州区测试管理员') returning id`
  const [organiser, admin] = users.map((u) => u.id) as [string, string]
  await sql`insert into memberships (user_id, campaign_id, role) values (${organiser}, ${campaignId}, 'organiser')`
  await sql`
    insert into memberships (user_id, campaign_id, role, district_id)
    select ${admin}, ${campaignId}, 'district_admin', id from districts where campaign_id = ${campaignId} and key = 'hz'`
  // A contact for every unit but every eleventh.
  await sql`
    with contacts as (
      insert into app_users (display_name, real_name, phone)
      select '联系人' || u.sort, '联系人' || u.sort, '138' || lpad(u.sort::text, 8, '0')
      from units u where u.campaign_id = ${campaignId} and u.sort % 11 <> 0
      returning id, real_name)
    insert into memberships (user_id, campaign_id, role, unit_id)
    select c.id, ${campaignId}, 'unit_contact', u.id from contacts c join units u on u.campaign_id = ${campaignId} and '联系人' || u.sort = c.real_name`
  await sql`
    insert into activities (campaign_id, unit_id, seq_no, title, starts_at, ends_at, location_name, category, is_key_activity, contact_name, contact_phone)
    select ${campaignId}, u.id, k, u.name || '志愿服务' || k, ${rel(-30)}::timestamptz + (k * interval '5 days'), ${rel(-30)}::timestamptz + (k * interval '5 days') + interval '2 hours',
           '新时代文明实践站', 'care', k = 1 and u.sort % 4 <> 0, '联系人' || u.sort, '13800000000'
    from units u cross join generate_series(1, 3) k where u.campaign_id = ${campaignId}`
  await sql`
    insert into unit_submissions (campaign_id, unit_id, deadline_id, kind, status, submitted_at)
    select ${campaignId}, u.id, d.id, d.kind, 'submitted', d.due_at - interval '1 day'
    from units u join campaign_deadlines d on d.campaign_id = u.campaign_id
    where u.campaign_id = ${campaignId}
      and ((d.kind = 'activity_plan' and u.sort % 5 <> 0) or (d.kind = 'photos' and u.sort % 3 = 0)
           or (d.kind = 'weekly_stats' and d.due_at < now() and (u.sort + extract(day from d.due_at)::int) % 4 <> 0))`
  await sql`
    insert into unit_submissions (campaign_id, unit_id, deadline_id, kind, status, submitted_at, returned_at, return_reason)
    select ${campaignId}, u.id, d.id, d.kind, 'returned', d.due_at - interval '1 day', d.due_at, '请补充新闻稿图片'
    from units u join campaign_deadlines d on d.campaign_id = u.campaign_id and d.kind = 'weekly_stats' and d.due_at > now()
    where u.campaign_id = ${campaignId} and u.sort % 7 = 0`
  await sql`
    insert into showcase_applications (campaign_id, unit_id, deadline_id, project_name, organisation_name, project_summary, status, submitted_at)
    select ${campaignId}, u.id, d.id, u.name || '展示项目', u.name, '项目简介：组织志愿者开展便民服务。', 'submitted', d.due_at - interval '2 days'
    from units u join campaign_deadlines d on d.campaign_id = u.campaign_id and d.kind = 'showcase_application'
    where u.campaign_id = ${campaignId} and u.sort % 3 <> 0`
  await sql`
    insert into reports (campaign_id, unit_id, deadline_id, kind, title, body, status, submitted_at)
    select ${campaignId}, u.id, d.id, d.kind, u.name || '图文报告', '本月开展活动 3 场。', 'submitted', now() - interval '1 day'
    from units u join campaign_deadlines d on d.campaign_id = u.campaign_id and d.kind = 'report'
    where u.campaign_id = ${campaignId} and u.sort % 2 = 0`
  return { campaignId, organiser, admin }
}

type TCampaign = Awaited<ReturnType<typeof createCampaign>>
let world: TCampaign

describe('报送情况 on a desk (1280×800)', () => {
  let page: Page
  beforeAll(async () => {
    world = await createCampaign()
    page = desk.page
  })

  it('is reached from the demo organiser\'s console home', async () => {
    await page.goto(apiUrl('/#/pages/me/index'))
    const account = page.locator('.demo-account', { hasText: '示例组织方' }).first()
    await account.waitFor({ timeout: 20_000 })
    await account.click()
    const entry = page.locator('.console-entry-row').first()
    await entry.waitFor({ timeout: 15_000 })
    await entry.click()
    await page.locator('.console-tile--status').click()
    await page.locator('.status-table').waitFor({ timeout: 20_000 })
    const [demo] = await sql<{ units: number; deadlines: number }[]>`
      select (select count(*)::int from units u where u.campaign_id = c.id) as units,
             (select count(*)::int from campaign_deadlines d where d.campaign_id = c.id) as deadlines
      from campaigns c where c.slug = 'demo'`
    // Every unit a row, every deadline a column, plus 重点活动 (the demo has the per-unit quota).
    expect(await page.locator('.status-table__row').count()).toBe(demo!.units + 1)
    expect(await page.locator('.status-table__th').count()).toBe(demo!.deadlines + 1)
    await shoot(page, 'status-demo-desk')
  })

  it('keeps the header row and the unit column in place while the table scrolls both ways', async () => {
    await signInAs(page, world.organiser)
    await page.goto(apiUrl(`/#/package-organiser/status/index?campaignId=${world.campaignId}`))
    await page.reload()
    const table = page.locator('.status-table')
    await table.waitFor({ timeout: 20_000 })
    expect(await page.locator('.status-table__row').count()).toBe(37)
    expect(await page.locator('.status-table__th').count()).toBe(13)
    await expect(page.locator('.status-quota-summary').innerText()).resolves.toMatch(/区县展示项目|缺重点活动/)
    // Colour is never alone: every cell says its state in words.
    const words = await page.locator('.status-cell__state').allInnerTexts()
    expect(words.length).toBe(36 * 13)
    expect(new Set(words)).toEqual(new Set(['已提交', '逾期', '未提交', '已退回', '达标', '不足']))
    await shoot(page, 'status-desk')

    const before = await table.boundingBox()
    const sizes = await table.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, scrollHeight: el.scrollHeight, clientHeight: el.clientHeight }))
    expect(sizes.scrollWidth).toBeGreaterThan(sizes.clientWidth + 200)
    expect(sizes.scrollHeight).toBeGreaterThan(sizes.clientHeight + 200)
    const firstThBefore = await page.locator('.status-table__th').first().boundingBox()
    const scrolled = await table.evaluate((el) => {
      el.scrollTop = 600
      el.scrollLeft = el.scrollWidth
      return el.scrollLeft
    })
    expect(scrolled).toBeGreaterThan(200)
    await settled(page, '.status-table')
    const head = await page.locator('.status-table__row--head').boundingBox()
    const corner = await page.locator('.status-table__corner').boundingBox()
    const firstTh = await page.locator('.status-table__th').first().boundingBox()
    // The header row stays at the top of the box; the columns under it moved left.
    expect(Math.abs(head!.y - before!.y)).toBeLessThan(3)
    expect(Math.abs(firstTh!.x - (firstThBefore!.x - scrolled))).toBeLessThan(3)
    expect(Math.abs(corner!.x - before!.x)).toBeLessThan(3)
    // A unit cell of a row now in view stays at the left edge.
    const visible = await page.locator('.status-table__unit').evaluateAll((cells) =>
      cells.map((c) => c.getBoundingClientRect()).filter((r) => r.top > 200 && r.bottom < 700).map((r) => r.left),
    )
    expect(visible.length).toBeGreaterThan(3)
    for (const left of visible) expect(Math.abs(left - before!.x)).toBeLessThan(3)
    await shoot(page, 'status-desk-scrolled')
    await table.evaluate((el) => {
      el.scrollTop = 0
      el.scrollLeft = 0
    })
  })

  it('opens a cell in a side panel and returns it with a reason', async () => {
    const row = page.locator('.status-table__row', { hasText: '单位02社区' })
    const planCell = row.locator('.status-table__td').first()
    await expect(planCell.innerText()).resolves.toContain('已提交')
    await planCell.click()
    const panel = page.locator('.cell-panel')
    await panel.locator('.cell-detail').waitFor({ timeout: 15_000 })
    await expect(panel.innerText()).resolves.toContain('报送内容')
    await expect(panel.innerText()).resolves.toContain('单位02社区志愿服务1')
    // The table stays usable beside the panel.
    const panelBox = await panel.boundingBox()
    const tableBox = await page.locator('.status-table').boundingBox()
    expect(tableBox!.x + tableBox!.width).toBeLessThanOrEqual(panelBox!.x + 1)

    await panel.locator('.open-return').click()
    await panel.locator('.return-reason-input textarea').fill('请补充第 3 项活动的地点和联系人电话')
    await panel.locator('.confirm-return').click()
    await expect(planCell.innerText()).resolves.toBeDefined()
    await page.waitForFunction(() => document.querySelector('.cell-panel')?.textContent?.includes('请补充第 3 项活动的地点和联系人电话') ?? false, undefined, { timeout: 15_000 })
    await page.waitForFunction(
      () => Array.from(document.querySelectorAll('.status-table__row')).find((r) => r.textContent?.includes('单位02社区'))?.querySelector('.status-table__td')?.textContent?.includes('已退回') ?? false,
      undefined,
      { timeout: 15_000 },
    )
    const [row2] = await sql<{ status: string; return_reason: string }[]>`
      select s.status, s.return_reason from unit_submissions s join units u on u.id = s.unit_id
      where u.campaign_id = ${world.campaignId} and u.name = '单位02社区' and s.kind = 'activity_plan'`
    expect(row2).toEqual({ status: 'returned', return_reason: '请补充第 3 项活动的地点和联系人电话' })
    const [told] = await sql<{ n: number }[]>`
      select count(*)::int as n from notification_outbox o join memberships m on m.user_id = o.user_id
      join units u on u.id = m.unit_id where u.name = '单位02社区' and u.campaign_id = ${world.campaignId} and o.kind = 'submission_returned'`
    expect(told!.n).toBe(1)
    await shoot(page, 'status-desk-panel')
    await panel.locator('.status-side__close').click()
    await panel.waitFor({ state: 'detached' })
  })

  it('reminds every unit that still owes a Friday, once', async () => {
    // The header of 第5周 (due a week ago) shows that column alone, with its units still owing.
    await page.locator('.status-table__th', { hasText: '统计' }).nth(4).click()
    await page.waitForFunction(() => document.querySelectorAll('.status-table__th').length === 1, undefined, { timeout: 15_000 })
    const bulk = page.locator('.status-bulk')
    await bulk.waitFor({ timeout: 10_000 })
    const owing = Number(/还有 (\d+) 个单位未交/.exec(await bulk.innerText())?.[1])
    expect(owing).toBeGreaterThan(0)
    await shoot(page, 'status-desk-friday')
    await page.locator('.remind-all').click()
    const modal = page.locator('.taro__modal')
    await modal.getByText('提醒未交的单位？').waitFor()
    await modal.getByText('发送提醒', { exact: true }).click()
    // The result comes as a notice (units without a contact are named in it).
    const notice = page.locator('.taro__modal')
    await notice.getByText('提醒结果').waitFor({ timeout: 10_000 })
    const text = await notice.innerText()
    expect(text).toMatch(/已提醒 \d+ 个单位/)
    await shoot(page, 'status-desk-reminded')
    await notice.getByText('知道了').click()
    await dialogGone(page)
    const [sent] = await sql<{ units: number }[]>`
      select count(distinct o.payload ->> 'unitId')::int as units from notification_outbox o
      join campaign_deadlines d on d.id::text = o.payload ->> 'deadlineId'
      where o.kind = 'organiser_reminder' and d.campaign_id = ${world.campaignId}`
    const reminded = Number(/已提醒 (\d+) 个单位/.exec(text)?.[1])
    const noContact = Number(/(\d+) 个单位还没有联系人/.exec(text)?.[1] ?? 0)
    expect(sent!.units).toBe(reminded)
    expect(reminded + noContact).toBe(owing)
    // The cells say so; a second reminder sends nothing.
    await page.waitForFunction(() => document.querySelectorAll('.status-table .status-cell__mark').length > 0, undefined, { timeout: 10_000 })
    await page.locator('.remind-all').click()
    await page.locator('.taro__modal').getByText('发送提醒', { exact: true }).click()
    const again = page.locator('.taro__modal')
    await again.getByText('提醒结果').waitFor({ timeout: 10_000 })
    expect(await again.innerText()).toContain(`${reminded} 个单位此前已提醒，未重复发送`)
    await again.getByText('知道了').click()
    expect(desk.failures).toEqual([])
  })
})

describe('报送情况 on a phone (375×812)', () => {
  let phone: TPhoneBrowser

  beforeAll(async () => {
    phone = await openPhone()
  })
  afterAll(async () => {
    await phone?.close()
  })

  it('shows a district admin a list per unit of its own district; a row opens its sheet', async () => {
    const { page } = phone
    await signInAs(page, world.admin)
    await page.goto(apiUrl(`/#/package-organiser/status/index?campaignId=${world.campaignId}`))
    await page.reload()
    await page.locator('.status-unit').first().waitFor({ timeout: 20_000 })
    expect(await page.locator('.status-table').count()).toBe(0)
    // 海州区: units 1, 4, 7, … 34 — twelve of the thirty-six.
    expect(await page.locator('.status-unit').count()).toBe(12)
    const names = await page.locator('.status-unit__name').allInnerTexts()
    expect(names.every((n) => ['01', '04', '07', '10', '13', '16', '19', '22', '25', '28', '31', '34'].includes(n.slice(2, 4)))).toBe(true)
    await expect(page.locator('.status-head__role').innerText()).resolves.toContain('海州区')
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(376)
    await shoot(page, 'status-phone')

    await page.locator('.status-unit').first().locator('.status-unit__row').nth(4).click()
    const sheet = page.locator('.status-sheet')
    await sheet.locator('.cell-detail').waitFor({ timeout: 15_000 })
    const text = await sheet.innerText()
    expect(text).toContain('报送内容')
    // A district admin reads; 退回 and 采用 are the organisers'.
    expect(await sheet.locator('.open-return').count()).toBe(0)
    await shoot(page, 'status-phone-sheet')
  })
})
