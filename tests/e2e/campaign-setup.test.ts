import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import type postgres from 'postgres'
import { newWorkbook, workbookBytes } from '../../cloud/lib/excel/new-workbook'
import { apiUrl } from '../setup/api-client'
import { setUpDeskTests } from '../setup/desk-browser'
import { dialogGone, openPhone, settled, shoot, signInAs, toastGone, type TPhoneBrowser } from '../setup/phone-browser'

/**
 * 活动月设置 in the H5 build. On a desk (1280×800): a seeded notice opens filled in, in two
 * columns with the units as a table; the organiser's own campaign gets its basics edited, every
 * Friday of March as deadlines, a quota, contacts (a wrong phone named first), units imported from
 * a messy list (errors by row, then the correct rows), and is copied into 2028 with the Fridays
 * worked out again. On a phone (375×812): the same page in one column, a unit typed in, and the
 * district admin reading it without any way to change it.
 */
let sql: postgres.Sql
let organiser: string
let districtAdmin: string
let campaignId: string
let noticeId: string
let desk: { page: Page; failures: string[] }
setUpDeskTests((opened) => {
  sql = opened.sql
  desk = opened
})

async function openSetup(page: Page, id: string): Promise<void> {
  await page.goto(apiUrl(`/#/package-organiser/campaign/index?campaignId=${id}`))
  await page.reload()
  await page.locator('.setup-header__title').waitFor({ timeout: 20_000 })
  await settled(page, '.setup-view')
}

async function closeNotice(page: Page, title: string): Promise<string> {
  const modal = page.locator('.taro__modal')
  await modal.getByText(title).waitFor({ timeout: 15_000 })
  const text = await modal.innerText()
  await modal.getByText('知道了').click()
  await dialogGone(page)
  return text
}

async function messyUnitList(): Promise<string> {
  const workbook = newWorkbook()
  const sheet = workbook.addWorksheet('名单')
  sheet.mergeCells('A1:D1')
  sheet.getCell('A1').value = '学雷锋志愿服务月参与单位名单'
  sheet.getRow(2).values = ['序号', ' 单位名称 ', '所属县区/板块', '类型']
  const rows = [
    [1, '东海县文明办 ', '东海县', '部门'],
    [2, '东海县牛山街道', null, '街道'],
    [3, '连云港经济技术开发区社会事业局', '开发区', '部门'],
    [4, '市图书馆', '', '行业单位'],
    [5, '东海县文明办', '东海县', '部门'],
    [6, '某某合作社', '东海县', '农场'],
  ]
  rows.forEach((values, i) => {
    sheet.getRow(3 + i).values = values
  })
  sheet.mergeCells('C3:C4')
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'xlf-units-')), '单位名单.xlsx')
  writeFileSync(file, await workbookBytes(workbook))
  return file
}

beforeAll(async () => {
  const [campaign] = await sql<{ id: string }[]>`
    insert into campaigns (slug, issuer, issuers, city, year, title, theme, period_start, period_end, is_published)
    values ('e2e-setup-2027', '测试市文明办', '{测试市文明办}', '测试市', 2027, '2027年测试市学雷锋志愿服务月', '志愿我先行', '2027-03-01', '2027-03-31', false)
    returning id`
  campaignId = campaign!.id
  const [district] = await sql<{ id: string }[]>`insert into districts (campaign_id, key, name, kind) values (${campaignId}, 'hz', '海州区', 'county') returning id`
  await sql`insert into units (campaign_id, district_id, key, name, kind) values (${campaignId}, ${district!.id}, 'hz-1', '海州区新南街道', 'town')`
  const users = await sql<{ id: string }[]>`insert into app_users (display_name) values ('设置页组织方'), ('设置页区县管理员') returning id`
  organiser = users[0]!.id
  districtAdmin = users[1]!.id
  const [notice] = await sql<{ id: string }[]>`select id from campaigns where notice_ref = '000_93174a38ebc3e534.txt'`
  noticeId = notice!.id
  await sql`insert into memberships (user_id, campaign_id, role) values (${organiser}, ${campaignId}, 'organiser'), (${organiser}, ${noticeId}, 'organiser')`
  await sql`insert into memberships (user_id, campaign_id, role, district_id) values (${districtAdmin}, ${campaignId}, 'district_admin', ${district!.id})`
})

describe('活动月设置 on a desk (1280×800)', () => {
  let page: Page
  beforeAll(async () => {
    page = desk.page
    await signInAs(page, organiser)
  })
  afterAll(() => {
    expect(desk.failures).toEqual([])
  })

  it('opens the seeded 连云港 notice filled in: two columns, the units a table with its header', async () => {
    await openSetup(page, noticeId)
    await expect(page.locator('.setup-header__title').innerText()).resolves.toContain('连云港市学雷锋志愿服务集中活动')
    await expect(page.locator('.basics-row--period').innerText()).resolves.toContain('2024年3月')
    expect(await page.locator('.deadline-row').count()).toBe(2)
    await expect(page.locator('.quota-grid__row--county').innerText()).resolves.toContain('≥ 6 个')
    await expect(page.locator('.contact-card').first().innerText()).resolves.toContain('王清')
    const [units] = await sql<{ n: number }[]>`select count(*)::int as n from units where campaign_id = ${noticeId}`
    expect(await page.locator('.unit-row:not(.unit-row--head)').count()).toBe(units!.n)
    const columns = page.locator('.setup-view__column')
    const left = await columns.nth(0).boundingBox()
    const right = await columns.nth(1).boundingBox()
    expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1)
    expect(Math.abs(right!.y - left!.y)).toBeLessThan(2)
    expect(await page.locator('.unit-row--head').isVisible()).toBe(true)
    expect(await page.locator('.setup-view__jump').isVisible()).toBe(false)
    await shoot(page, 'campaign-setup-desk-notice')
  })

  it('edits the basic facts and makes a deadline for every Friday of March 2027', async () => {
    await openSetup(page, campaignId)
    await page.locator('.basics-edit').click()
    await page.locator('.basics-theme input').fill('践行二十大·志愿我先行')
    await page.locator('.setup-chips--period-kind .setup-chip--year_round').click()
    const period = await page.locator('.period-field').innerText()
    expect(period).toContain('2027年3月1日')
    expect(period).toContain('起，全年')
    await shoot(page, 'campaign-setup-desk-basics-form')
    await page.locator('.setup-chips--period-kind .setup-chip--month').click()
    await page.locator('.basics-issuers input').fill('测试市文明办、共青团测试市委')
    await page.locator('.basics-submit').click()
    await page.locator('.basics-edit').waitFor()
    await expect(page.locator('.basics-row--theme').innerText()).resolves.toContain('践行二十大·志愿我先行')
    await expect(page.locator('.basics-row--issuer').innerText()).resolves.toContain('测试市文明办、共青团测试市委')

    await page.locator('.deadline-fridays').click()
    await expect(page.locator('.friday-month').innerText()).resolves.toContain('2027年3月的每个周五')
    await page.locator('.friday-submit').click()
    await page.locator('.deadline-row').nth(3).waitFor({ timeout: 10_000 })
    const days = await page.locator('.deadline-row__day').allInnerTexts()
    expect(days).toEqual(['3月5日', '3月12日', '3月19日', '3月26日'])
    await expect(page.locator('.deadline-row').first().innerText()).resolves.toContain('3月5日（周五）活动开展情况统计表')
    await expect(page.locator('.deadline-row__time').first().innerText()).resolves.toContain('周五 18:00')
  })

  it('sets a quota and the contacts, naming a wrong phone before saving', async () => {
    await page.locator('.quotas-edit').click()
    await page.locator('.quota-input--county-showcase_projects input').fill('6')
    await page.locator('.quota-input--unit-key_activities input').fill('1')
    await page.locator('.quotas-submit').click()
    await page.locator('.quotas-edit').waitFor()
    await expect(page.locator('.quota-grid__row--county').innerText()).resolves.toContain('≥ 6 个')

    await page.locator('.contacts-edit').click()
    await page.locator('.contact-name input').fill('王清')
    await page.locator('.contact-organisation input').fill('市文明办道德建设指导处')
    await page.locator('.contact-phone input').fill('12345')
    await page.locator('.contacts-submit').click()
    await expect(page.locator('.contact-form .setup-error').innerText()).resolves.toContain('第 1 位联系人（王清）的电话“12345”不正确')
    await page.locator('.contact-phone input').fill('0518 85802696')
    await page.locator('.contacts-submit').click()
    await page.locator('.contact-card').waitFor()
    await expect(page.locator('.contact-card').innerText()).resolves.toContain('0518-85802696')
  })

  it('imports units from a messy list: each wrong row said in Chinese, then only the correct rows', async () => {
    await toastGone(page)
    await page.locator('.unit-import-open').click()
    const chooser = page.waitForEvent('filechooser')
    await page.locator('.unit-import-choose').click()
    await (await chooser).setFiles(await messyUnitList())
    await page.locator('.unit-import__preview').waitFor({ timeout: 30_000 })
    const summary = await page.locator('.unit-import__summary').innerText()
    expect(summary).toContain('正确 4 行，有错误 2 行；将新增 4 个单位，新建 东海县（县区）、开发区（功能板块）')
    await expect(page.locator('.import-row--error', { hasText: '第 7 行' }).innerText()).resolves.toContain('与第 3 行的单位重名')
    await expect(page.locator('.import-row--error', { hasText: '第 8 行' }).innerText()).resolves.toContain('类型“农场”无法识别')
    expect(await page.locator('.unit-import-all').getAttribute('class')).toContain('nut-button-disabled')
    await page.locator('.unit-import__preview').scrollIntoViewIfNeeded()
    await shoot(page, 'campaign-setup-desk-import-preview')
    await page.locator('.unit-import-valid').click()
    expect(await closeNotice(page, '导入完成')).toContain('新增 4 个单位，新建 2 个县区')
    await page.locator('.unit-group__name', { hasText: '东海县' }).waitFor()
    const names = await page.locator('.unit-row__name').allInnerTexts()
    for (const name of ['东海县文明办', '东海县牛山街道', '连云港经济技术开发区社会事业局', '市图书馆', '海州区新南街道']) expect(names).toContain(name)
    await page.evaluate(() => window.scrollTo(0, 0))
    await toastGone(page)
    await shoot(page, 'campaign-setup-desk')
    await shoot(page, 'campaign-setup-desk-full', true)
  })

  it('copies the campaign into 2028: opens the copy, unpublished, with the Fridays of March 2028', async () => {
    await page.locator('.setup-copy-open').click()
    await expect(page.locator('.copy-year input').inputValue()).resolves.toBe('2028')
    await shoot(page, 'campaign-setup-desk-copy-sheet')
    await page.locator('.copy-submit').click()
    await page.waitForURL(/campaignId=(?!.*e2e)/, { timeout: 15_000 })
    await page.locator('.setup-header__title', { hasText: '2028年测试市学雷锋志愿服务月' }).waitFor({ timeout: 20_000 })
    await settled(page, '.setup-view')
    await expect(page.locator('.setup-header__state').innerText()).resolves.toBe('未发布')
    expect(await page.locator('.deadline-row__day').allInnerTexts()).toEqual(['3月3日', '3月10日', '3月17日', '3月24日', '3月31日'])
    expect(await page.locator('.unit-row:not(.unit-row--head)').count()).toBe(5)
    const [copy] = await sql<{ id: string; created_by: string }[]>`select id, created_by from campaigns where year = 2028 and title = '2028年测试市学雷锋志愿服务月'`
    expect(copy!.created_by).toBe(organiser)
    expect(page.url()).toContain(copy!.id)
    await toastGone(page)
    await shoot(page, 'campaign-setup-desk-copied')
  })
})

describe('活动月设置 on a phone (375×812)', () => {
  let phone: TPhoneBrowser
  let page: Page
  beforeAll(async () => {
    phone = await openPhone()
    page = phone.page
  })
  afterAll(async () => {
    await phone?.close()
  })

  it('shows the sections in one column with jump chips, and types a unit in', async () => {
    await signInAs(page, organiser)
    await openSetup(page, campaignId)
    expect(await page.locator('.setup-view__jump').isVisible()).toBe(true)
    const columns = page.locator('.setup-view__column')
    const first = await columns.nth(0).boundingBox()
    const second = await columns.nth(1).boundingBox()
    expect(second!.y).toBeGreaterThan(first!.y + first!.height - 1)
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(375)
    await shoot(page, 'campaign-setup-phone')

    await page.locator('.deadline-add').click()
    await page.locator('.setup-chips--deadline-kind .setup-chip--photos').click()
    await expect(page.locator('.deadline-title input').inputValue()).resolves.toBe('活动图片')
    await page.locator('.deadline-form').scrollIntoViewIfNeeded()
    await shoot(page, 'campaign-setup-phone-deadline-form')
    await page.locator('.deadline-submit').click()
    await page.locator('.deadline-row--photos').waitFor({ timeout: 10_000 })
    await expect(page.locator('.deadline-row--photos').innerText()).resolves.toContain('3月1日')

    await page.locator('.setup-jump-units').click()
    await page.locator('.unit-add').click()
    await page.locator('.unit-name input').fill('海州区实验小学')
    await page.locator('.setup-chips--unit-kind .setup-chip--school').click()
    await page.locator('.setup-chips--unit-district .setup-chip', { hasText: '海州区' }).click()
    await page.locator('.unit-submit').click()
    const row = page.locator('.unit-row', { hasText: '海州区实验小学' })
    await row.waitFor({ timeout: 10_000 })
    await expect(row.innerText()).resolves.toContain('学校')
    // A second unit of the same name is refused in words.
    await page.locator('.unit-add').click()
    await page.locator('.unit-name input').fill('海州区 实验小学')
    await page.locator('.unit-submit').click()
    await expect(page.locator('.unit-form .setup-error').innerText()).resolves.toContain('单位名称不能重复')
    await page.locator('.unit-form .setup-cancel').click()
    await toastGone(page)
    await row.scrollIntoViewIfNeeded()
    await shoot(page, 'campaign-setup-phone-units')
    await shoot(page, 'campaign-setup-phone-full', true)
  })

  it('lets the district admin read the set-up but change nothing', async () => {
    await signInAs(page, districtAdmin)
    await openSetup(page, campaignId)
    await expect(page.locator('.setup-header').innerText()).resolves.toContain('只有本活动月的组织方可以修改设置')
    for (const selector of ['.basics-edit', '.deadline-add', '.quotas-edit', '.contacts-edit', '.unit-add', '.unit-import-open', '.unit-edit', '.setup-copy-open']) {
      expect([selector, await page.locator(selector).count()]).toEqual([selector, 0])
    }
    await shoot(page, 'campaign-setup-phone-district-admin')
  })
})
