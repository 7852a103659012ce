import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import dayjs from 'dayjs'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'
import type { Page } from 'playwright-core'
import type postgres from 'postgres'
import sharp from 'sharp'
import { newWorkbook } from '../../cloud/lib/excel/new-workbook'
import { apiUrl } from '../setup/api-client'
import { answerDialog, SCREENSHOTS_DIR, setUpPhoneTests, shoot, signInAs, toastGone } from '../setup/phone-browser'

dayjs.extend(utc)
dayjs.extend(timezone)

/**
 * The unit contact's 每周统计表 in the H5 build at 375×812: the figures from check-ins shown read
 * only, 覆盖人群 / 服务人次 / 资金 / media typed per activity card with the 合计 following live, a bad
 * link named under its card, a 新闻稿 picture uploaded with its progress, saved, submitted and
 * exported as the .xlsx the notice asks for.
 */
let page: Page
let sql: postgres.Sql
setUpPhoneTests((opened) => {
  page = opened.page
  sql = opened.sql
})

const day = (offset: number) => dayjs().tz('Asia/Shanghai').add(offset, 'day').format('YYYY-MM-DD')
const at = (offset: number, time: string) => `${day(offset)} ${time}+08`

type TFixture = { unitId: string; contactId: string; friday: string; summary: string; a1: string; a2: string }

/** A campaign running now: the previous Friday 4 days ago, this one in 3 days; two activities this week with check-ins. */
async function fixture(): Promise<TFixture> {
  const [campaign] = await sql<{ id: string }[]>`
    insert into campaigns (slug, issuer, city, year, title, period_start, period_end, is_published)
    values (${`t-${randomUUID().slice(0, 8)}`}, '共青团测试市委员会', '测试市', ${Number(day(0).slice(0, 4))},
            '关于开展测试市学雷锋全民志愿服务行动月系列活动的通知', ${day(-10)}, ${day(20)}, false)
    returning id`
  const campaignId = campaign!.id
  await sql`insert into campaign_deadlines (campaign_id, kind, title, due_at) values (${campaignId}, 'weekly_stats', '上周统计表', ${at(-4, '18:00')})`
  const [friday] = await sql<{ id: string }[]>`
    insert into campaign_deadlines (campaign_id, kind, title, due_at) values (${campaignId}, 'weekly_stats', '本周五活动开展情况统计表（含新闻稿和图片）', ${at(3, '18:00')}) returning id`
  const [summary] = await sql<{ id: string }[]>`
    insert into campaign_deadlines (campaign_id, kind, title, due_at) values (${campaignId}, 'summary', '活动总结', ${at(25, '18:00')}) returning id`
  const [unit] = await sql<{ id: string }[]>`insert into units (campaign_id, key, name) values (${campaignId}, 'dz', '端州区团委') returning id`
  const [contact] = await sql<{ id: string }[]>`insert into app_users (display_name) values ('端州联系人') returning id`
  await sql`insert into memberships (user_id, campaign_id, role, unit_id) values (${contact!.id}, ${campaignId}, 'unit_contact', ${unit!.id})`
  const activity = async (title: string, from: string, to: string, co: string[]) => {
    const [row] = await sql<{ id: string }[]>`
      insert into activities (campaign_id, unit_id, title, starts_at, ends_at, location_name, category, co_organisers)
      values (${campaignId}, ${unit!.id}, ${title}, ${from}, ${to}, '社区广场', 'care', ${co}) returning id`
    return row!.id
  }
  const a1 = await activity('敬老院探访', at(-1, '09:00'), at(-1, '11:00'), ['市人民医院'])
  const a2 = await activity('河道清洁', at(-2, '14:00'), at(-2, '16:00'), [])
  const checkIn = async (activityId: string, from: string, to: string) => {
    const [user] = await sql<{ id: string }[]>`insert into app_users (display_name, real_name, phone) values ('志愿者', '张三', '13900000000') returning id`
    const [registration] = await sql<{ id: string }[]>`
      insert into registrations (activity_id, user_id, status, confirmed_at) values (${activityId}, ${user!.id}, 'confirmed', now()) returning id`
    await sql`insert into check_ins (registration_id, checked_in_at, checked_out_at) values (${registration!.id}, ${from}, ${to})`
  }
  await checkIn(a1, at(-1, '09:00'), at(-1, '11:00'))
  await checkIn(a1, at(-1, '09:30'), at(-1, '11:00'))
  await checkIn(a1, at(-1, '10:00'), at(-1, '11:00'))
  await checkIn(a2, at(-2, '14:00'), at(-2, '16:00'))
  await checkIn(a2, at(-2, '14:00'), at(-2, '16:00'))
  return { unitId: unit!.id, contactId: contact!.id, friday: friday!.id, summary: summary!.id, a1, a2 }
}

const input = (scope: string) => page.locator(`${scope} input, ${scope} textarea`).first()
const total = (label: string) => page.locator(`[data-total="${label}"]`).innerText()

describe('每周统计表 on a phone', () => {
  it('fills a week from a phone, with 合计 live, a picture, submit and the Excel export', async () => {
    const f = await fixture()
    await signInAs(page, f.contactId)
    await page.goto(apiUrl(`/#/package-unit/weekly-stats/index?unitId=${f.unitId}&deadlineId=${f.friday}`))
    await page.reload()
    await page.locator('.stats-card').first().waitFor({ timeout: 20_000 })
    await page.waitForTimeout(300) // the page's slide-in

    // The figures come from the check-ins and cannot be typed.
    expect(await page.locator('.stats-card').count()).toBe(2)
    const card1 = page.locator(`.stats-card[data-activity="${f.a1}"]`)
    const card2 = page.locator(`.stats-card[data-activity="${f.a2}"]`)
    await expect(card1.locator('.stats-card__name').innerText()).resolves.toBe('敬老院探访（端州区团委、市人民医院）')
    await expect(card1.locator('.stats-figure__value').allInnerTexts()).resolves.toEqual(['3', '2', '4.5'])
    await expect(card2.locator('.stats-figure__value').allInnerTexts()).resolves.toEqual(['2', '1', '4'])
    expect(await card1.locator('.stats-figures input').count()).toBe(0)
    await expect(total('参与志愿者人次')).resolves.toBe('5')
    await expect(total('累计志愿服务时数')).resolves.toBe('8.5')
    await expect(page.locator('.stats-deadline--active .stats-deadline__state').innerText()).resolves.toBe('未开始')
    await shoot(page, 'weekly-stats-open')

    // 覆盖人群 with 服务人次, 其他 described, 资金 and the media row; the 合计 follows.
    await card1.locator('.served-chip[data-population="empty_nest_elderly"]').click()
    await input(`.stats-card[data-activity="${f.a1}"] .served-row[data-population="empty_nest_elderly"] .served-row__count`).fill('30')
    await card1.locator('.served-chip[data-population="other"]').click()
    await expect(card1.locator('.stats-card__problem').innerText()).resolves.toContain('选了“其他”，请说明是哪类人群')
    await input(`.stats-card[data-activity="${f.a1}"] .served-row__description`).fill('社区居民')
    await input(`.stats-card[data-activity="${f.a1}"] .served-row[data-population="other"] .served-row__count`).fill('20')
    await input(`.stats-card[data-activity="${f.a1}"] .stats-funds`).fill('500.5')
    await input(`.stats-card[data-activity="${f.a1}"] .stats-web`).fill('1')
    await input(`.stats-card[data-activity="${f.a1}"] .stats-reads`).fill('800')
    await card1.locator('.stats-link__add').click()
    await input(`.stats-card[data-activity="${f.a1}"] .stats-link__input`).fill('mp.weixin.qq.com/s/abc')
    await expect(card1.locator('.stats-card__problem').innerText()).resolves.toContain('第 1 条链接不是有效的网址')
    await input(`.stats-card[data-activity="${f.a1}"] .stats-link__input`).fill('https://mp.weixin.qq.com/s/abc')
    expect(await card1.locator('.stats-card__problem').count()).toBe(0)
    await card2.locator('.served-chip[data-population="disabled"]').click()
    await input(`.stats-card[data-activity="${f.a2}"] .served-row__count`).fill('5')
    await expect(total('服务人次')).resolves.toBe('55')
    await expect(total('投入资金及物料（元）')).resolves.toBe('500.50')
    await expect(page.locator('.stats-totals__media').innerText()).resolves.toContain('网站 1 条 · 链接 1 条 · 阅读 800 次')
    await card1.scrollIntoViewIfNeeded()
    await card1.screenshot({ path: `${SCREENSHOTS_DIR}/weekly-stats-card.png` })

    // 新闻稿 with a picture, uploaded with its progress; 联系人.
    await input('.stats-body').fill('敬老院探访活动中，端州区团委联合市人民医院为老人义诊……')
    const picture = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#3c7be0' } }).jpeg().toBuffer()
    const chooser = page.waitForEvent('filechooser')
    await page.locator('.stats-picture--add').click()
    await (await chooser).setFiles({ name: 'news.jpg', mimeType: 'image/jpeg', buffer: picture })
    await page.locator('.stats-picture[data-picture]').waitFor({ timeout: 20_000 })
    await input('.stats-contact-name').fill('李明')
    await input('.stats-contact-phone').fill('0758-2223333')
    await page.locator('.stats-save').click()
    await page.locator('.stats-save', { hasText: '已保存' }).waitFor({ timeout: 10_000 })
    await toastGone(page, 10_000)
    await shoot(page, 'weekly-stats-filled')

    // Saved: a fresh visit shows it.
    await page.reload()
    await page.locator('.stats-card').first().waitFor({ timeout: 20_000 })
    await expect(input(`.stats-card[data-activity="${f.a1}"] .served-row__description`).inputValue()).resolves.toBe('社区居民')
    await expect(total('服务人次')).resolves.toBe('55')
    await expect(page.locator('.stats-deadline--active .stats-deadline__state').innerText()).resolves.toBe('草稿')

    // The summary is another tab; back to the Friday.
    await page.locator(`.stats-deadline[data-id="${f.summary}"]`).click()
    await page.locator(`.stats-deadline--active[data-id="${f.summary}"]`).waitFor({ timeout: 10_000 })
    await expect(page.locator('.stats-news .stats-section__title').innerText()).resolves.toBe('活动总结')
    await expect(page.locator('.stats-totals__period').innerText()).resolves.toMatch(/—.* · 2 项活动$/)
    await shoot(page, 'weekly-stats-summary-tab')
    await page.locator(`.stats-deadline[data-id="${f.friday}"]`).click()
    await page.locator(`.stats-deadline--active[data-id="${f.friday}"]`).waitFor({ timeout: 10_000 })

    await page.locator('.stats-submit').click()
    const said = await answerDialog(page, '提交统计表', '提交')
    expect(said).toContain('截止前可以撤回修改')
    await page.locator('.submission-banner', { hasText: '已提交' }).waitFor({ timeout: 15_000 })
    expect(await page.locator('.stats-card input').count()).toBe(0)
    await page.locator('.stats-withdraw', { hasText: '撤回修改' }).waitFor()
    await toastGone(page, 10_000)
    await shoot(page, 'weekly-stats-submitted')
    await card1.scrollIntoViewIfNeeded()
    await card1.screenshot({ path: `${SCREENSHOTS_DIR}/weekly-stats-card-submitted.png` })
    const [row] = await sql<{ status: string }[]>`select status from unit_submissions where deadline_id = ${f.friday} and unit_id = ${f.unitId}`
    expect(row?.status).toBe('submitted')

    // 导出 Excel: the browser saves the workbook; read it back.
    const download = page.waitForEvent('download', { timeout: 20_000 })
    await page.locator('.stats-export').click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^端州区团委-\d+月\d+日活动开展情况统计表\.xlsx$/)
    const workbook = newWorkbook()
    await workbook.xlsx.load(readFileSync((await file.path())!))
    const sheet = workbook.getWorksheet('统计表')!
    expect(sheet.getCell('A1').text).toBe(`${day(0).slice(0, 4)}测试市“学雷锋全民志愿服务行动月”活动开展情况统计表`)
    expect(sheet.getCell('B5').text).toBe('河道清洁（端州区团委）')
    expect(sheet.getCell('E6').text).toBe('空巢老人（30）、其他：社区居民（20）')
    expect(sheet.getCell('C7').value).toEqual({ formula: 'SUM(C5:C6)', result: 5 })
    expect(sheet.getCell('F7').value).toEqual({ formula: 'SUM(F5:F6)', result: 55 })
    expect(workbook.getWorksheet('新闻稿')!.getImages()).toHaveLength(1)
  })
})
