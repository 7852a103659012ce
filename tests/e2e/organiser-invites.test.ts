import type { Page } from 'playwright-core'
import type postgres from 'postgres'
import { ZIssueInvitesResponse } from '../../types/api/invites'
import { api, apiUrl } from '../setup/api-client'
import { DESK, setUpDeskTests } from '../setup/desk-browser'
import { tokenFor } from '../setup/journey'
import { dialogGone, openPhone, picturesShown, settled, shoot, signInAs, toastGone, type TPhoneBrowser } from '../setup/phone-browser'
import { readQrOnPage } from '../setup/read-qr'

/**
 * The organiser console in the H5 build. On a desk (1280×800) the demo organiser opens the
 * console from 我的, revokes a unit's code, issues codes for every unit without one (once), prints
 * the QR poster (four and one to an A4 page, as a PDF) and issues a district admin's code. On a
 * phone (375×812): the console home, and the district admin joining by the link in that code's QR
 * (我的 fills the code in) and seeing only its district.
 */
let sql: postgres.Sql
let page: Page
let failures: string[]
setUpDeskTests((opened) => {
  sql = opened.sql
  page = opened.page
  failures = opened.failures
})

/** Pages of a PDF Chromium printed: the /Count of its page tree's root (the largest one). */
function pdfPages(pdf: Buffer): number {
  const counts = [...pdf.toString('latin1').matchAll(/\/Count (\d+)/g)].map((m) => Number(m[1]))
  return counts.length > 0 ? Math.max(...counts) : 0
}

type TDemo = { campaignId: string; units: number; districtAdminCode?: string }
const demo: TDemo = { campaignId: '', units: 0 }

describe('organiser console on a desk (1280×800)', () => {
  beforeAll(async () => {
    const [campaign] = await sql<{ id: string; units: number }[]>`
      select c.id, (select count(*)::int from units u where u.campaign_id = c.id) as units from campaigns c where c.slug = 'demo'`
    demo.campaignId = campaign!.id
    demo.units = campaign!.units
  })

  it('the demo organiser opens the console from 我的: a centred two-pane desk, not a stretched phone page', async () => {
    await page.goto(apiUrl('/#/pages/me/index'))
    const account = page.locator('.demo-account', { hasText: '示例组织方' }).first()
    await account.waitFor({ timeout: 20_000 })
    await account.click()
    const entry = page.locator('.console-entry-row').first()
    await entry.waitFor({ timeout: 15_000 })
    await toastGone(page)
    expect(await entry.innerText()).toContain('组织方')
    await shoot(page, 'organiser-me-desk')

    await entry.click()
    await page.locator('.console-campaign-title').waitFor({ timeout: 15_000 })
    await settled(page, '.console-home')
    expect(await page.locator('.console-tile').count()).toBe(6)
    const main = await page.locator('.console-home__main').boundingBox()
    const side = await page.locator('.console-home__side').boundingBox()
    const whole = await page.locator('.console-home').boundingBox()
    // Two panes side by side, in a column narrower than the window and centred in it.
    expect(side!.x).toBeGreaterThan(main!.x + main!.width - 1)
    expect(Math.abs(side!.y - main!.y)).toBeLessThan(2)
    expect(whole!.width).toBeLessThanOrEqual(1120)
    expect(Math.abs(whole!.x - (1280 - (whole!.x + whole!.width)))).toBeLessThan(24)
    // Text at desk size, not doubled by the rem root.
    const fontSize = await page.locator('.console-tile__label').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    expect(fontSize).toBeGreaterThan(12)
    expect(fontSize).toBeLessThan(20)
    // Every district of the demo campaign is a row of the table, with all units counted.
    const [districts] = await sql<{ n: number }[]>`select count(distinct district_id)::int as n from units where campaign_id = ${demo.campaignId}`
    expect(await page.locator('.console-scope-row').count()).toBe(districts!.n)
    expect(await page.locator('.console-header').innerText()).toContain(String(demo.units))
    await shoot(page, 'organiser-console-desk')
  })

  it('revokes a unit’s code, then issues codes for every unit without one — once', async () => {
    await page.locator('.console-tile--invites').click()
    await page.locator('.unit-invite-row').first().waitFor({ timeout: 15_000 })
    await settled(page, '.invite-manager')
    expect(await page.locator('.unit-invite-row').count()).toBe(demo.units)
    // Every demo unit has its seeded code: nothing to issue yet.
    await expect(page.locator('.invite-issue-all').innerText()).resolves.toContain('每个单位都已有邀请码')
    await shoot(page, 'organiser-invites-desk')

    // The last unit's code goes (never DEMOU003: the auth test joins with it).
    const row = page.locator('.unit-invite-row').last()
    const unitName = (await row.locator('.unit-invite__name').innerText()).trim()
    const oldCode = (await row.locator('.unit-invite-code').innerText()).trim()
    expect(oldCode).not.toBe('DEMOU003')
    await row.locator('.unit-invite-revoke').click()
    const confirm = page.locator('.taro__modal')
    await confirm.getByText(`撤销邀请码`).waitFor()
    await confirm.getByText('撤销', { exact: true }).click()
    await dialogGone(page)
    await row.locator('.unit-invite-issue').waitFor({ timeout: 10_000 })
    await expect(page.locator('.invite-issue-all').innerText()).resolves.toContain('为 1 个单位生成邀请码')
    const refused = await api('/api/auth/join', { token: tokenFor((await newUser('迟到的联系人'))), body: { inviteCode: oldCode } })
    expect(refused.body.code).toBe('invite_revoked')

    await page.locator('.invite-issue-all').click()
    const notice = page.locator('.taro__modal')
    await notice.getByText('单位邀请码').waitFor({ timeout: 10_000 })
    expect(await notice.innerText()).toMatch(new RegExp(`已为 1 个单位生成邀请码，${demo.units - 1} 个已有有效邀请码的单位未重复生成`))
    await notice.getByText('知道了').click()
    await dialogGone(page)
    const newCode = (await row.locator('.unit-invite-code').innerText()).trim()
    expect(newCode).toMatch(/^[2-9A-HJ-NP-Z]{8}$/)
    await expect(page.locator('.invite-issue-all').innerText()).resolves.toContain('每个单位都已有邀请码')
    // Issuing again (here through the API) makes nothing: one live code per unit.
    const organiser = await sql<{ id: string }[]>`select id from app_users where display_name = '陈文明（示例组织方）'`
    const again = ZIssueInvitesResponse.parse((await api(`/api/campaigns/${demo.campaignId}/invites`, { token: tokenFor(organiser[0]!.id), body: { target: 'all_units' } })).body)
    expect(again).toEqual({ created: [], skipped: demo.units })
    const [live] = await sql<{ n: number }[]>`
      select count(*)::int as n from invite_codes i join units u on u.id = i.unit_id
      where u.campaign_id = ${demo.campaignId} and u.name = ${unitName} and i.revoked_at is null`
    expect(live!.n).toBe(1)
    await shoot(page, 'organiser-invites-issued-desk')

    // 二维码 shows the code large, with its card.
    await row.locator('.unit-invite-qr').click()
    await page.locator('.invite-sheet-code').waitFor()
    expect((await page.locator('.invite-sheet-code').innerText()).replace(/\s/g, '')).toBe(newCode)
    await page.locator('.invite-card-image').waitFor()
    await picturesShown(page, '.invite-card-image')
    await settled(page, '.invite-sheet-code')
    await shoot(page, 'organiser-invite-sheet-desk')
    await page.locator('.bottom-sheet__close').click()
  })

  it('prints the QR poster: a card per unit, four or one to an A4 page', async () => {
    await page.locator('.invite-poster-open').click()
    await page.locator('.poster-card').first().waitFor({ timeout: 15_000 })
    await settled(page, '.invite-poster')
    expect(await page.locator('.poster-card').count()).toBe(demo.units)
    // Each card's QR carries the join link of that card's code.
    const card = page.locator('.poster-card').last()
    const code = (await card.locator('.poster-card-code').innerText()).replace(/\s/g, '')
    expect(await readQrOnPage(page, '.poster-card:last-child .qr-code img', 400)).toBe(
      `${process.env.TEST_API_URL}/#/pages/me/index?invite=${code}`,
    )
    await shoot(page, 'organiser-poster-desk')

    // page.pdf() lays out with whatever media is emulated: print, as the browser's print dialog does.
    await page.emulateMedia({ media: 'print' })
    await settled(page, '.invite-poster')
    await shoot(page, 'organiser-poster-print-view')
    const four = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
    expect(pdfPages(four)).toBe(Math.ceil(demo.units / 4))
    await page.emulateMedia({ media: 'screen' })
    await page.locator('.invite-poster-layout-one').click()
    await page.locator('.invite-poster--one').waitFor()
    await page.emulateMedia({ media: 'print' })
    const one = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
    expect(pdfPages(one)).toBe(demo.units)
    // For a person to look at: the first sheets as rendered for print.
    await page.emulateMedia({ media: 'print' })
    await page.setViewportSize({ width: 794, height: 1123 })
    await settled(page, '.invite-poster--one')
    await shoot(page, 'organiser-poster-print-one')
    await page.locator('.invite-poster-layout-four').evaluate((el) => (el as HTMLElement).click())
    await page.locator('.invite-poster--four').waitFor()
    await settled(page, '.invite-poster--four')
    await shoot(page, 'organiser-poster-print-four')
    await page.emulateMedia({ media: 'screen' })
    await page.setViewportSize(DESK.viewport)
    expect(failures).toEqual([])
  })

  it('issues a district admin’s code for 海州区 and shows it large', async () => {
    await page.goBack()
    await page.locator('.person-invite-role-district_admin').waitFor({ timeout: 15_000 })
    await settled(page, '.invite-manager')
    await page.locator('.person-invite-role-district_admin').click()
    await page.locator('.person-invite-district', { hasText: '海州区' }).click()
    await page.locator('.person-invite-note input').fill('海州区团委 周老师')
    await page.locator('.person-invite-submit').click()
    await page.locator('.invite-sheet-code').waitFor({ timeout: 10_000 })
    const code = (await page.locator('.invite-sheet-code').innerText()).replace(/\s/g, '')
    const [row] = await sql<{ role: string; district: string; note: string }[]>`
      select i.role::text as role, d.name as district, i.note from invite_codes i join districts d on d.id = i.district_id where i.code = ${code}`
    expect(row).toEqual({ role: 'district_admin', district: '海州区', note: '海州区团委 周老师' })
    await page.locator('.invite-card-image').waitFor()
    await toastGone(page)
    expect(await page.locator('#taro-navigation-bar').innerText()).toContain('邀请码')
    expect(await page.locator('#taro-navigation-bar').innerText()).not.toContain('海报')
    await shoot(page, 'organiser-district-code-desk')
    demo.districtAdminCode = code
    expect(failures).toEqual([])
  })
})

async function newUser(name: string): Promise<string> {
  const [user] = await sql<{ id: string }[]>`insert into app_users (display_name) values (${name}) returning id`
  return user!.id
}

describe('organiser console on a phone (375×812)', () => {
  let phone: TPhoneBrowser
  let page: Page
  beforeAll(async () => {
    phone = await openPhone()
    page = phone.page
  })
  afterAll(async () => {
    await phone?.close()
  })

  it('the console home as one column', async () => {
    const [organiser] = await sql<{ id: string }[]>`select id from app_users where display_name = '陈文明（示例组织方）'`
    await signInAs(page, organiser!.id)
    await page.reload()
    await page.locator('.console-entry-row').first().waitFor({ timeout: 20_000 })
    await shoot(page, 'organiser-me-phone')
    await page.locator('.console-entry-row').first().click()
    await page.locator('.console-campaign-title').waitFor({ timeout: 15_000 })
    await settled(page, '.console-home')
    const main = await page.locator('.console-home__main').boundingBox()
    const side = await page.locator('.console-home__side').boundingBox()
    expect(side!.y).toBeGreaterThan(main!.y + main!.height - 1)
    expect(main!.width).toBeLessThanOrEqual(375)
    await shoot(page, 'organiser-console-phone')
    const height = await page.evaluate(() => Math.ceil(document.querySelector('.console-home')?.getBoundingClientRect().height ?? 0))
    await page.setViewportSize({ width: 375, height: Math.max(812, height + 120) })
    await settled(page, '.console-home')
    await shoot(page, 'organiser-console-phone-full')
    await page.setViewportSize({ width: 375, height: 812 })
  })

  it('a district admin opens the join link: 我的 fills the code in, one tap joins, the console shows 海州区 only', async () => {
    const code = demo.districtAdminCode
    expect(code).toBeDefined()
    const admin = await newUser('海州区团委周老师')
    await page.evaluate(() => localStorage.clear())
    await page.goto(apiUrl(`/#/pages/me/index?invite=${code!}`))
    await page.reload()
    await page.locator('.invite-link-notice').waitFor({ timeout: 20_000 })
    expect(await page.locator('.invite-link-notice').innerText()).toContain(code!)
    await shoot(page, 'district-admin-link-signed-out')

    await signInAs(page, admin)
    await page.goto(apiUrl(`/#/pages/me/index?invite=${code!}`))
    await page.reload()
    const input = page.locator('.invite-code-input input')
    await input.waitFor({ timeout: 20_000 })
    expect(await input.inputValue()).toBe(code)
    await page.locator('.invite-code-linked').waitFor()
    await shoot(page, 'district-admin-link-prefilled')
    await page.locator('.invite-code-submit').click()
    const entry = page.locator('.console-entry-row').first()
    await entry.waitFor({ timeout: 15_000 })
    expect(await entry.innerText()).toContain('区县管理员 · 海州区')
    await toastGone(page)
    await shoot(page, 'district-admin-me')

    await entry.click()
    await page.locator('.console-campaign-title').waitFor({ timeout: 15_000 })
    await settled(page, '.console-home')
    expect(await page.locator('.console-role').innerText()).toBe('区县管理员 · 海州区')
    const [haizhou] = await sql<{ names: string[] }[]>`
      select array_agg(u.name order by u.sort) as names from units u join districts d on d.id = u.district_id
      join campaigns c on c.id = u.campaign_id where c.slug = 'demo' and d.key = 'haizhou'`
    const shown = await page.locator('.console-scope-row .console-scope__name').allInnerTexts()
    expect(shown).toEqual(haizhou!.names)
    // Only the sections a district admin may use: no 邀请码, 活动月设置 or 照片复核.
    expect(await page.locator('.console-tile').count()).toBe(3)
    expect(await page.locator('.console-tile--invites').count()).toBe(0)
    await shoot(page, 'district-admin-console-phone')
  })
})
