import { randomUUID } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import JSZip from 'jszip'
import type { Page } from 'playwright-core'
import type postgres from 'postgres'
import sharp from 'sharp'
import { newWorkbook } from '../../cloud/lib/excel/new-workbook'
import { PRIVACY_POLICY_VERSION } from '../../types/domain'
import { apiUrl } from '../setup/api-client'
import { setUpDeskTests } from '../setup/desk-browser'
import { openPhone, settled, shoot, signInAs, toastGone, type TPhoneBrowser } from '../setup/phone-browser'

/**
 * 导出报表 in the H5 build. A campaign of its own (March 2030, unpublished so no other test's app
 * opens it) with two districts, four units, activities with check-ins, a submitted Friday return
 * and submitted 附件1 projects with pictures. On a desk (1280×800) the organiser opens the console,
 * taps 导出报表 and downloads 附件2, the picture package, the month's 统计表 of one district and the
 * hours sheet — each file read back. On a phone (375×812) the 甲区 admin sees its district only, no
 * hours sheet, and downloads its district figures.
 */
let sql: postgres.Sql
let desk: { page: Page; failures: string[] }
setUpDeskTests((opened) => {
  sql = opened.sql
  desk = opened
})

type TFixture = { campaignId: string; organiser: string; districtAdmin: string }

async function createFixture(): Promise<TFixture> {
  const slug = `e-exp-${randomUUID().slice(0, 8)}`
  const [campaign] = await sql<{ id: string }[]>`
    insert into campaigns (slug, issuer, city, year, title, period_start, period_end, is_published)
    values (${slug}, '测试市文明办', '测试市', 2030, '关于开展2030年测试市学雷锋全民志愿服务行动月系列活动的通知', '2030-03-01', '2030-03-31', false)
    returning id`
  const campaignId = campaign!.id
  const [da, db] = await sql<{ id: string }[]>`
    insert into districts (campaign_id, key, name, kind, sort) values (${campaignId}, 'a', '甲区', 'county', 0), (${campaignId}, 'b', '乙区', 'function_area', 1)
    returning id`
  const units = await sql<{ id: string }[]>`
    insert into units (campaign_id, district_id, key, name, sort) values
      (${campaignId}, ${da!.id}, 'a1', '甲区新时代文明实践中心', 0), (${campaignId}, ${da!.id}, 'a2', '甲区实验小学', 1),
      (${campaignId}, ${db!.id}, 'b1', '乙区团工委', 2), (${campaignId}, ${db!.id}, 'b2', '乙区蓝天救援队', 3)
    returning id`
  const [a1, a2, b1, b2] = units.map((u) => u.id) as [string, string, string, string]
  const [week1] = await sql<{ id: string }[]>`
    insert into campaign_deadlines (campaign_id, kind, title, due_at) values
      (${campaignId}, 'weekly_stats', '3月8日统计表', '2030-03-08 18:00+08'),
      (${campaignId}, 'weekly_stats', '3月15日统计表', '2030-03-15 18:00+08'),
      (${campaignId}, 'summary', '活动总结', '2030-04-03 18:00+08')
    returning id`
  const people = await sql<{ id: string }[]>`
    insert into app_users (display_name, real_name, phone) values
      ('测试市组织方', null, null), ('甲区区县管理员', null, null),
      ('张三', '张三', '13900000001'), ('李四', '李四', '13900000002'), ('赵六', '赵六', '13900000004')
    returning id`
  const [organiser, districtAdmin, p1, p2, p3] = people.map((p) => p.id) as [string, string, string, string, string]
  await sql`insert into memberships (user_id, campaign_id, role, district_id) values
    (${organiser}, ${campaignId}, 'organiser', null), (${districtAdmin}, ${campaignId}, 'district_admin', ${da!.id})`
  await sql`insert into privacy_consents (user_id, policy_version, purpose) values (${p1}, ${PRIVACY_POLICY_VERSION}, 'registration'), (${p2}, ${PRIVACY_POLICY_VERSION}, 'registration')`

  const activities: Array<[string, string, string, string, string[]]> = [
    [a1, '“永远跟党走”学雷锋主题宣讲进社区', '2030-03-05 09:00+08', '2030-03-05 11:00+08', ['市委讲师团']],
    [a1, '关爱空巢老人上门服务', '2030-03-12 14:00+08', '2030-03-12 16:30+08', []],
    [a2, '红领巾学雷锋校园清洁', '2030-03-06 15:00+08', '2030-03-06 16:00+08', []],
    [b1, '植树节义务植树', '2030-03-12 08:30+08', '2030-03-12 11:30+08', ['乙区林业站']],
    [b2, '应急救护知识进社区', '2030-03-20 09:00+08', '2030-03-20 11:00+08', []],
  ]
  const ids: string[] = []
  for (const [unitId, title, from, to, co] of activities) {
    const [row] = await sql<{ id: string }[]>`
      insert into activities (campaign_id, unit_id, title, starts_at, ends_at, location_name, contact_name, contact_phone, category, co_organisers)
      values (${campaignId}, ${unitId}, ${title}, ${from}, ${to}, '新时代文明实践站', '王老师', '13800000008', 'civility', ${co})
      returning id`
    ids.push(row!.id)
  }
  const checkIns: Array<[number, string, string, string]> = [
    [0, p1, '2030-03-05 09:00+08', '2030-03-05 11:00+08'],
    [0, p2, '2030-03-05 09:20+08', '2030-03-05 11:00+08'],
    [1, p3, '2030-03-12 14:00+08', '2030-03-12 16:30+08'],
    [2, p2, '2030-03-06 15:00+08', '2030-03-06 16:00+08'],
    [3, p1, '2030-03-12 08:30+08', '2030-03-12 11:30+08'],
    [4, p3, '2030-03-20 09:00+08', '2030-03-20 10:30+08'],
  ]
  for (const [index, userId, inAt, outAt] of checkIns) {
    const [registration] = await sql<{ id: string }[]>`
      insert into registrations (activity_id, user_id, status, confirmed_at) values (${ids[index]!}, ${userId}, 'confirmed', now()) returning id`
    await sql`insert into check_ins (registration_id, checked_in_at, checked_out_at) values (${registration!.id}, ${inAt}, ${outAt})`
  }
  // a1 handed in its 3月8日 return: 覆盖人群, funds and a media link.
  await sql`insert into unit_submissions (campaign_id, unit_id, deadline_id, kind, status, submitted_at)
            values (${campaignId}, ${a1}, ${week1!.id}, 'weekly_stats', 'submitted', '2030-03-08 10:00+08')`
  const [stats] = await sql<{ id: string }[]>`
    insert into weekly_stats (campaign_id, unit_id, activity_id, deadline_id, week_ending, volunteer_count, organisation_count, service_hours, funds_yuan, figures_at)
    values (${campaignId}, ${a1}, ${ids[0]!}, ${week1!.id}, '2030-03-08', 2, 2, 3.67, 860, now()) returning id`
  await sql`insert into weekly_stats_served (stats_id, unit_id, population, served_count) values (${stats!.id}, ${a1}, 'empty_nest_elderly', 45)`
  await sql`insert into media_coverage (campaign_id, unit_id, activity_id, deadline_id, week_ending, print_reports, web_reports, links, read_count)
            values (${campaignId}, ${a1}, ${ids[0]!}, ${week1!.id}, '2030-03-08', 1, 1, ${['https://mp.weixin.qq.com/s/e2e']}, 1200)`

  // 附件1: one submitted project per 甲区 unit, two pictures each, files where local storage keeps them.
  for (const [unitId, name] of [[a1, '文明实践宣讲展'], [a2, '红领巾小雷锋']] as const) {
    const [application] = await sql<{ id: string }[]>`
      insert into showcase_applications (campaign_id, unit_id, organisation_name, project_name, project_summary, display_contents, status, submitted_at)
      values (${campaignId}, ${unitId}, ${name}, ${name}, '项目简介', ${['展板']}, 'submitted', now()) returning id`
    for (let position = 1; position <= 2; position += 1) {
      const bytes = await sharp({ create: { width: 80, height: 60, channels: 3, background: { r: 200, g: 40 * position, b: 60 } } }).jpeg().toBuffer()
      const storagePath = `${campaignId}/${unitId}/${randomUUID()}.jpg`
      const file = path.join(process.env.TEST_DATA_DIR ?? '', 'storage', ...storagePath.split('/'))
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(file, bytes)
      await sql`insert into photos (campaign_id, unit_id, purpose, showcase_application_id, showcase_position, storage_path, sha256, byte_size, mime_type)
                values (${campaignId}, ${unitId}, 'showcase', ${application!.id}, ${position}, ${storagePath}, ${'b'.repeat(64)}, ${bytes.length}, 'image/jpeg')`
    }
  }
  return { campaignId, organiser, districtAdmin }
}

/** Taps an export button and returns the file the browser saved, with the name it was offered under. */
async function download(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.locator(selector).click()])
  const saved = await file.path()
  return { name: file.suggestedFilename(), bytes: readFileSync(saved) }
}

async function workbookOf(bytes: Buffer) {
  const workbook = newWorkbook()
  await workbook.xlsx.load(bytes)
  return workbook
}

function cached(value: unknown): unknown {
  return value && typeof value === 'object' && 'result' in value ? (value as { result: unknown }).result : value
}

/** Opens the console home of the campaign, then 导出报表 from its tile, as a person would. */
async function openExports(page: Page, campaignId: string): Promise<void> {
  await page.goto(apiUrl(`/#/package-organiser/home/index?campaignId=${campaignId}`))
  // The session was put into storage after the app had started: start it again with it.
  await page.reload()
  try {
    await page.locator('.console-tile--exports').waitFor({ timeout: 20_000 })
  } catch (error) {
    await shoot(page, 'exports-console-failed')
    throw error
  }
  await page.locator('.console-tile--exports').click()
  await page.locator('.campaign-exports').waitFor({ timeout: 15_000 })
  await settled(page, '.campaign-exports')
}

let fixture: TFixture

beforeAll(async () => {
  fixture = await createFixture()
})

describe('导出报表 on a desk (1280×800)', () => {
  let page: Page
  beforeAll(async () => {
    page = desk.page
    await signInAs(page, fixture.organiser)
  })

  it('opens from the console: the choices in a pane beside the tables, two cards a row', async () => {
    await openExports(page, fixture.campaignId)
    expect(await page.locator('.export-card').count()).toBe(5)
    const choices = await page.locator('.campaign-exports__choices').boundingBox()
    const cards = await page.locator('.campaign-exports__cards').boundingBox()
    expect(cards!.x).toBeGreaterThan(choices!.x + choices!.width - 1)
    const first = await page.locator('.export-card').nth(0).boundingBox()
    const second = await page.locator('.export-card').nth(1).boundingBox()
    expect(Math.abs(first!.y - second!.y)).toBeLessThan(2)
    expect(second!.x).toBeGreaterThan(first!.x + first!.width - 1)
    const fontSize = await page.locator('.export-card__title').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    expect(fontSize).toBeGreaterThan(12)
    expect(fontSize).toBeLessThan(20)
    expect(await page.locator('.export-scope-text').innerText()).toBe('全部 4 个单位（2 个区县 / 板块）')
    expect(await page.locator('.export-card--showcase .export-card__facts').innerText()).toBe('已提交 2 个项目 · 4 张图片')
    expect(await page.locator('.export-period-text').innerText()).toBe('3月8日（3月1日—3月8日）')
    await shoot(page, 'exports-desk')
  })

  it('downloads 附件2 of every unit and the picture package', async () => {
    const arrangement = await download(page, '.export-run-arrangement')
    expect(arrangement.name).toBe('附件2 学雷锋志愿服务活动安排表（测试市文明办（全部单位））.xlsx')
    const sheet = (await workbookOf(arrangement.bytes)).getWorksheet('附件2')!
    expect(sheet.getCell('A2').value).toBe('2030 年 3 月学雷锋志愿服务活动安排表')
    expect([5, 6, 7, 8, 9, 10, 11].map((r) => sheet.getCell(r, 1).value)).toEqual(['甲区', 1, 2, 3, '乙区', 4, 5])
    expect(sheet.getCell('B6').value).toBe('甲区新时代文明实践中心、市委讲师团')
    expect(sheet.getCell('C10').value).toBe('3月12日 8:30—11:30')
    await page.locator('.export-file-arrangement').waitFor()

    const pictures = await download(page, '.export-run-showcase-pictures')
    expect(pictures.name).toBe('附件1 展示项目图片（测试市文明办（全部单位），2个项目）.zip')
    const zip = await JSZip.loadAsync(pictures.bytes)
    expect(Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name)).toEqual([
      '甲区新时代文明实践中心/文明实践宣讲展/1.jpg',
      '甲区新时代文明实践中心/文明实践宣讲展/2.jpg',
      '甲区实验小学/红领巾小雷锋/1.jpg',
      '甲区实验小学/红领巾小雷锋/2.jpg',
    ])
  })

  it('the month’s 统计表 of one district, and the hours sheet with phones only where consented', async () => {
    await page.locator('.export-scope .export-chip', { hasText: '甲区' }).click()
    await page.locator('.export-period .export-chip', { hasText: '2030年3月' }).click()
    expect(await page.locator('.export-scope-text').innerText()).toBe('甲区 · 2 个单位')
    expect(await page.locator('.export-card--arrangement .export-card__facts').innerText()).toBe('3 项活动 · 0/2 个单位已提交安排表')
    expect(await page.locator('.export-period-text').innerText()).toBe('2030年3月（3月1日—3月31日）')
    const stats = await download(page, '.export-run-weekly-stats')
    expect(stats.name).toBe('活动开展情况统计表（甲区，2030年3月）.xlsx')
    const sheet = (await workbookOf(stats.bytes)).getWorksheet('统计表')!
    expect(sheet.getCell('A2').value).toBe('填报单位（盖章）：甲区')
    expect([5, 6, 7].map((r) => sheet.getCell(r, 2).value)).toEqual([
      '“永远跟党走”学雷锋主题宣讲进社区（甲区新时代文明实践中心、市委讲师团）',
      '关爱空巢老人上门服务（甲区新时代文明实践中心）',
      '红领巾学雷锋校园清洁（甲区实验小学）',
    ])
    // 2 h + 1 h 40 min (3.67), 1 h, 2.5 h; 860 yuan from the handed-in Friday.
    expect(['C', 'G', 'H'].map((c) => cached(sheet.getCell(`${c}8`).value))).toEqual([4, 7.17, 860])
    expect(sheet.getCell('A8').value).toBe('合计')

    await page.locator('.export-scope .export-chip', { hasText: '全部区县' }).click()
    await page.locator('.export-period .export-chip', { hasText: '整个活动期' }).click()
    const hours = await download(page, '.export-run-volunteer-hours')
    expect(hours.name).toBe('志愿服务时长（i志愿批量导入，测试市文明办（全部单位），整个活动期）.xlsx')
    const rows = (await workbookOf(hours.bytes)).getWorksheet('服务时长')!
    expect(rows.getRow(1).values).toEqual([undefined, '序号', '姓名', '证件类型', '证件号码', '手机号', '活动名称', '服务日期', '签到时间', '签退时间', '服务时长（小时）', '服务组织/单位', '所属区县', '备注'])
    expect([2, 3, 4, 5, 6, 7].map((r) => [rows.getCell(r, 2).value, rows.getCell(r, 5).value, rows.getCell(r, 8).value, rows.getCell(r, 10).value])).toEqual([
      ['张三', '13900000001', '2030-03-05 09:00', 2],
      ['李四', '13900000002', '2030-03-05 09:20', 1.67],
      ['赵六', '139****0004', '2030-03-12 14:00', 2.5],
      ['李四', '13900000002', '2030-03-06 15:00', 1],
      ['张三', '13900000001', '2030-03-12 08:30', 3],
      ['赵六', '139****0004', '2030-03-20 09:00', 1.5],
    ])
    await page.locator('.export-file-volunteer-hours').waitFor()
    await page.locator('.export-card--hours').scrollIntoViewIfNeeded()
    await toastGone(page)
    await shoot(page, 'exports-desk-made')
    expect(desk.failures).toEqual([])
  })
})

describe('导出报表 on a phone (375×812), as a district admin', () => {
  let phone: TPhoneBrowser
  let page: Page
  beforeAll(async () => {
    phone = await openPhone()
    page = phone.page
    await signInAs(page, fixture.districtAdmin)
  })
  afterAll(async () => {
    await phone?.close()
  })

  it('one column, its own district only, no hours sheet; downloads the district figures', async () => {
    await openExports(page, fixture.campaignId)
    expect(await page.locator('.export-card').count()).toBe(4)
    expect(await page.locator('.export-card--hours').count()).toBe(0)
    expect(await page.locator('.export-scope .export-chip').count()).toBe(0)
    expect(await page.locator('.export-scope-text').innerText()).toBe('甲区 · 2 个单位')
    const choices = await page.locator('.campaign-exports__choices').boundingBox()
    const cards = await page.locator('.campaign-exports__cards').boundingBox()
    expect(cards!.y).toBeGreaterThan(choices!.y + choices!.height - 1)
    expect(cards!.width).toBeLessThanOrEqual(375)
    await shoot(page, 'exports-phone')

    await page.locator('.export-period .export-chip', { hasText: '2030年3月' }).click()
    await page.locator('.export-run-district-figures').scrollIntoViewIfNeeded()
    const figures = await download(page, '.export-run-district-figures')
    expect(figures.name).toBe('区县汇总（甲区，2030年3月）.xlsx')
    const sheet = (await workbookOf(figures.bytes)).getWorksheet('区县汇总')!
    expect(sheet.getCell('A2').value).toBe('填报单位：甲区')
    expect(sheet.getCell('B4').value).toBe('甲区')
    expect([3, 4, 5, 8].map((c) => cached(sheet.getCell(4, c).value))).toEqual([2, 3, 4, 7.17])
    expect(sheet.getCell('A5').value).toBe('合计')
    await page.locator('.export-file-district-figures').waitFor()
    await toastGone(page)
    await shoot(page, 'exports-phone-made')
    await page.evaluate(() => window.scrollTo(0, 0))
    const height = await page.evaluate(() => Math.ceil(document.querySelector('.campaign-exports')?.getBoundingClientRect().height ?? 0))
    await page.setViewportSize({ width: 375, height: Math.max(812, height + 120) })
    await settled(page, '.campaign-exports')
    await shoot(page, 'exports-phone-full')
    await page.setViewportSize({ width: 375, height: 812 })
  })
})
