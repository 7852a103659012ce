import type { Page } from 'playwright-core'
import type postgres from 'postgres'
import { apiUrl } from '../setup/api-client'
import { wgs84ToGcj02 } from '../../src/shared/wgs84-to-gcj02'
import { createVolunteers } from '../setup/journey'
import { dialogGone, settled, setUpPhoneTests, shoot, signInAs, toastGone } from '../setup/phone-browser'

/**
 * The rough edges a new user meets (issue 11 items 5–6), on a 375×812 phone in headless Chromium.
 * Screenshots: tests/.artifacts/screenshots/rough-edges-*.png.
 */
let page: Page
let sql: postgres.Sql
setUpPhoneTests((opened) => {
  page = opened.page
  sql = opened.sql
})

const VIEWPORT_HEIGHT = 812

/** A published campaign of its own in 2030 (so the app's current campaign stays the demo), with issuers and a theme. */
async function createCampaign(options: { published: boolean; theme: string }) {
  const slug = `edges-${Math.random().toString(36).slice(2, 8)}`
  const [campaign] = await sql<{ id: string }[]>`
    insert into campaigns (slug, issuer, issuers, city, year, title, theme, period_start, period_end, is_published)
    values (${slug}, '测试市文明办', ${['测试市精神文明建设指导委员会办公室', '共青团测试市委员会']}, '测试市', 2030,
            '关于开展2030年测试市学雷锋志愿服务活动的通知', ${options.theme}, '2030-03-01', '2030-03-31', ${options.published})
    returning id`
  const [unit] = await sql<{ id: string }[]>`insert into units (campaign_id, key, name) values (${campaign!.id}, 'u', '测试街道') returning id`
  return { campaignId: campaign!.id, unitId: unit!.id }
}

async function visiblePicker(): Promise<string> {
  await page.waitForTimeout(400)
  return page.locator('.weui-picker:visible').innerText()
}

async function closePicker(): Promise<void> {
  await page.locator('.weui-picker:visible .weui-picker__action', { hasText: '取消' }).click()
  await page.waitForTimeout(400)
}

describe('home page on a phone', () => {
  it('shows the full banner named by the theme once, then a compact one with the first activity on the first screen', async () => {
    await page.goto(apiUrl('/'))
    await page.locator('.activity-card').first().waitFor({ timeout: 30_000 })
    const title = (await page.locator('.campaign-header .campaign-title').innerText()).trim()
    expect(title).toBe('关爱他人 关爱社会 关爱自然')
    expect(await page.locator('.campaign-header-compact').count()).toBe(0)
    await shoot(page, 'rough-edges-home-first-visit')

    // Scrolling turns the banner compact at once.
    // Taro's H5 page scrolls inside its own page element, not the window.
    const scrollTo = (top: number) => page.evaluate((y) => document.querySelector('.taro_page.taro_page_show')?.scrollTo(0, y), top)
    await scrollTo(400)
    await page.locator('.campaign-header-compact').waitFor({ timeout: 5_000 })
    await scrollTo(0)

    // Next visit: compact from the start (persisted), the first card wholly on screen above the tab bar.
    await page.reload()
    await page.locator('.activity-card').first().waitFor({ timeout: 30_000 })
    await page.locator('.campaign-header-compact').waitFor()
    const tabBar = await page.locator('.taro-tabbar__tabbar').boundingBox()
    const card = await page.locator('.activity-card').first().boundingBox()
    expect(card).not.toBeNull()
    expect(card!.y + card!.height).toBeLessThanOrEqual(tabBar ? tabBar.y : VIEWPORT_HEIGHT)
    await shoot(page, 'rough-edges-home-compact')
  })

  it('offers places under 区域 and groups of units with the units', async () => {
    await page.locator('.district-filter').click()
    const places = await visiblePicker()
    expect(places).toContain('海州区')
    expect(places).toContain('市开发区')
    expect(places).not.toContain('各文明行业')
    expect(places).not.toContain('协调小组')
    await shoot(page, 'rough-edges-region-picker')
    await closePicker()
    await page.locator('.unit-filter').click()
    const units = await visiblePicker()
    expect(units).toContain('各志愿服务组织（全部）')
    expect(units).toContain('连云港蓝天救援队')
    await closePicker()
  })

  it('orders by distance when location is allowed, and explains and falls back when refused', async () => {
    // Refused first: the browser answers "User denied Geolocation".
    await page.context().clearPermissions()
    await page.locator('.sort-nearby').click()
    await page.locator('.sort-nearby-denied').waitFor({ timeout: 10_000 })
    await expect(page.locator('.sort-by-time').getAttribute('class')).resolves.toContain('sort-option--active')
    await shoot(page, 'rough-edges-nearby-denied')

    // Allowed, standing at 花果山风景区 (the browser speaks GPS, the activities GCJ-02): an activity there comes first.
    const gcj = { latitude: 34.6423, longitude: 119.2802 }
    const shifted = wgs84ToGcj02(gcj.latitude, gcj.longitude)
    await page.context().grantPermissions(['geolocation'])
    await page.context().setGeolocation({ latitude: 2 * gcj.latitude - shifted.latitude, longitude: 2 * gcj.longitude - shifted.longitude })
    await page.locator('.sort-nearby').click()
    await page.locator('.activity-card .activity-distance').first().waitFor({ timeout: 15_000 })
    await expect(page.locator('.activity-card .activity-place').first().innerText()).resolves.toContain('花果山风景区')
    await expect(page.locator('.activity-card .activity-distance').first().innerText()).resolves.toMatch(/\d+ m|\d+(\.\d)? km/)
    await shoot(page, 'rough-edges-nearby')
    await page.locator('.sort-by-time').click()
    await page.waitForFunction(() => document.querySelectorAll('.activity-card .activity-distance').length === 0)
  })
})

describe('activity links and 登录后报名', () => {
  it('says 活动不存在 for a mangled link', async () => {
    await page.goto(apiUrl('/#/pages/activity/index?id=8c1f2e4a-12'))
    await page.getByText('活动不存在').first().waitFor({ timeout: 15_000 })
    expect(await page.locator('.activity-page').innerText()).not.toMatch(/格式|validation|uuid/i)
    await settled(page, '.activity-page')
    await shoot(page, 'rough-edges-not-found')
  })

  it('comes back to the activity after logging in and the sign-up goes on without a second tap', async () => {
    const own = await createCampaign({ published: true, theme: '志愿测试 美好生活' })
    const [activity] = await sql<{ id: string }[]>`
      insert into activities (campaign_id, unit_id, title, starts_at, ends_at, location_name, category, capacity, seq_no)
      values (${own.campaignId}, ${own.unitId}, '登录后继续报名的活动', now() + interval '5 days', now() + interval '5 days 2 hours', '测试广场', 'care', 10, 7)
      returning id`
    await page.goto(apiUrl('/#/pages/me/index'))
    await page.evaluate(() => localStorage.clear())
    await page.goto(apiUrl(`/#/pages/activity/index?id=${activity!.id}`))
    await page.reload()
    await page.locator('.signup-action').waitFor({ timeout: 15_000 })
    // Volunteers never see the unit's 安排表序号.
    expect(await page.locator('.activity-detail').innerText()).not.toContain('安排表序号')
    await expect(page.locator('.signup-action').innerText()).resolves.toBe('登录后报名')
    await page.locator('.signup-action').click()

    const account = page.locator('.demo-account', { hasText: '王志愿' }).first()
    await account.waitFor({ timeout: 15_000 })
    await account.click()

    // Back on the activity; first sign-up asks for the real name and consent, then signs up by itself.
    await page.locator('.activity-detail').waitFor({ timeout: 15_000 })
    const sheet = page.locator('.profile-sheet')
    const signedUp = page.locator('.my-registration-status .signup-badge--confirmed')
    await Promise.race([sheet.waitFor({ timeout: 15_000 }), signedUp.waitFor({ timeout: 15_000 })])
    if (await sheet.isVisible()) {
      await sheet.locator('.profile-name-input input').fill('王志愿')
      await sheet.locator('.profile-phone-input input').fill('13912345600')
      await sheet.locator('.profile-consent .check-box__box').click()
      await sheet.locator('.profile-submit').click()
    }
    await signedUp.waitFor({ timeout: 15_000 })
    expect(page.url()).toContain(activity!.id)
    await toastGone(page, 10_000).catch(() => undefined)
    await dialogGone(page).catch(() => undefined)
    await shoot(page, 'rough-edges-login-then-signed-up')
  })
})

describe('我的: 加入单位, 消息 read flag, campaign switcher, certificate', () => {
  let volunteer: string
  let own: { campaignId: string; unitId: string }

  beforeAll(async () => {
    ;[volunteer] = (await createVolunteers(sql, 1)) as [string]
    // A second campaign open to this person only: unpublished, their unit's (a unit contact volunteers too).
    own = await createCampaign({ published: false, theme: '践行二十大·志愿我先行' })
    await sql`insert into memberships (user_id, campaign_id, role, unit_id) values (${volunteer}, ${own.campaignId}, 'unit_contact', ${own.unitId})`
    // Two hours served in it, for the certificate.
    const [activity] = await sql<{ id: string }[]>`
      insert into activities (campaign_id, unit_id, title, starts_at, ends_at, location_name, category)
      values (${own.campaignId}, ${own.unitId}, '“关爱空巢老人”上门探访', now() - interval '3 hours', now() - interval '1 hour', '测试社区', 'care') returning id`
    const [registration] = await sql<{ id: string }[]>`
      insert into registrations (activity_id, user_id, status, confirmed_at) values (${activity!.id}, ${volunteer}, 'confirmed', now() - interval '2 days') returning id`
    await sql`insert into check_ins (registration_id, checked_in_at, checked_out_at) values (${registration!.id}, now() - interval '3 hours', now() - interval '1 hour')`
    const payload = (title: string) => sql.json({ activityId: activity!.id, title, startsAt: new Date().toISOString(), locationName: '测试社区' })
    await sql`
      insert into notification_outbox (user_id, kind, payload, dedupe_key, status) values
        (${volunteer}, 'activity_tomorrow', ${payload('“关爱空巢老人”上门探访')}, ${`edges:${volunteer}:1`}, 'kept'),
        (${volunteer}, 'activity_soon', ${payload('“关爱空巢老人”上门探访')}, ${`edges:${volunteer}:2`}, 'kept'),
        (${volunteer}, 'waitlist_promoted', ${payload('社区义诊')}, ${`edges:${volunteer}:3`}, 'kept')`
    await signInAs(page, volunteer)
  })

  it('keeps the invite box behind a 加入单位 entry', async () => {
    await page.goto(apiUrl('/#/pages/me/index'))
    await page.reload()
    await page.locator('.profile-card').waitFor({ timeout: 15_000 })
    await page.locator('.join-unit-entry').waitFor()
    expect(await page.locator('.invite-code-input').count()).toBe(0)
    await page.locator('.join-unit-entry').click()
    await page.locator('.invite-code-input input').waitFor()
    await shoot(page, 'rough-edges-join-unit', true)
  })

  it('shows the unread count on 消息, marks a message read on opening and all with 全部已读', async () => {
    await expect(page.locator('.me-menu__badge').innerText()).resolves.toBe('3')
    await page.locator('.me-menu-notifications').click()
    await page.locator('.notification-unread-dot').first().waitFor({ state: 'attached', timeout: 15_000 })
    expect(await page.locator('.notification-unread-dot').count()).toBe(3)
    const bodies = await page.locator('.notification__body').allInnerTexts()
    for (const body of bodies) expect(body).not.toMatch(/「“|”」|““|””/)
    await settled(page, '.notifications-page')
    await shoot(page, 'rough-edges-messages-unread')

    await page.locator('.notification', { hasText: '候补成功' }).click()
    await page.locator('.activity-detail').waitFor({ timeout: 15_000 })
    // Back only once the activity page has slid in: a back in mid-transition can leave Taro's H5
    // router showing neither page (seen once on a loaded CI machine).
    await settled(page, '.activity-page')
    await page.goBack()
    await page.locator('.notifications-unread-count').waitFor()
    await page.reload()
    await expect(page.locator('.notifications-unread-count').innerText()).resolves.toBe('2 条未读')
    await page.locator('.notifications-read-all').click()
    await page.waitForFunction(() => document.querySelectorAll('.notification-unread-dot').length === 0)
    await expect(page.locator('.notifications-unread-count').innerText()).resolves.toBe('全部已读')
    await shoot(page, 'rough-edges-messages-read')
    const [row] = await sql<{ n: number }[]>`select count(*)::int as n from notification_outbox where user_id = ${volunteer} and read_at is null`
    expect(row!.n).toBe(0)
    await page.goto(apiUrl('/#/pages/me/index'))
    await page.locator('.me-menu').waitFor({ timeout: 15_000 })
    await page.waitForTimeout(500)
    expect(await page.locator('.me-menu__badge').count()).toBe(0)
  })

  it('switches campaign where two are open, keeps the choice, and the certificate names its campaign and organisers', async () => {
    await page.goto(apiUrl('/#/pages/index/index'))
    await page.reload()
    await page.locator('.campaign-switcher').waitFor({ timeout: 30_000 })
    await page.locator('.campaign-switcher').click()
    const options = await visiblePicker()
    expect(options).toContain('践行二十大·志愿我先行')
    // Other published 2030 campaigns may be listed too: scroll to ours by its row.
    const rows = options.split('\n').map((line) => line.trim()).filter((line) => /\d{4} /.test(line))
    const target = rows.findIndex((line) => line.includes('践行二十大'))
    expect(target).toBeGreaterThan(0)
    const indicator = page.locator('.weui-picker:visible .weui-picker__indicator').first()
    const box = await indicator.boundingBox()
    const cdp = await page.context().newCDPSession(page)
    const x = Math.round(box!.x + box!.width / 2)
    const y = Math.round(box!.y + box!.height / 2)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] })
    const steps = Math.max(4, target * 2)
    for (let i = 1; i <= steps; i += 1) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - (34 * target * i) / steps }] })
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    await cdp.detach()
    await page.waitForTimeout(500)
    await page.locator('.weui-picker:visible .weui-picker__action', { hasText: '确定' }).click()
    await page.waitForFunction(() => document.querySelector('.campaign-header .campaign-title')?.textContent?.includes('践行二十大'))
    await page.reload()
    await page.waitForFunction(() => document.querySelector('.campaign-header .campaign-title')?.textContent?.includes('践行二十大'), undefined, { timeout: 30_000 })
    await shoot(page, 'rough-edges-switched-campaign')

    await page.goto(apiUrl('/#/package-volunteer/certificate/index'))
    await page.locator('.certificate-issuer').waitFor({ timeout: 20_000 })
    await expect(page.locator('.certificate-campaign').innerText()).resolves.toContain('2030年测试市学雷锋志愿服务活动「践行二十大·志愿我先行」')
    const issuer = await page.locator('.certificate-issuer').innerText()
    expect(issuer).toContain('测试市精神文明建设指导委员会办公室')
    expect(issuer).not.toContain('平台')
    await settled(page, '.certificate-page')
    await shoot(page, 'rough-edges-certificate', true)
  })
})
