import type { Page } from 'playwright-core'
import type postgres from 'postgres'
import { codeForStep } from '../../src/features/checkins/code/phone-code'
import { ZCheckinKeyResponse } from '../../types/api/checkins'
import { checkinStepAt } from '../../types/checkin-code'
import { api, apiUrl } from '../setup/api-client'
import { createActivity, createUnit, createVolunteers, tokenFor } from '../setup/journey'
import { dialogGone, openPhone, settled, setUpPhoneTests, shoot, signInAs, toastGone } from '../setup/phone-browser'
import { readQrOnPage } from '../setup/read-qr'

/**
 * A volunteer on a phone: the H5 build served by the local server, in Debian's headless Chromium
 * at 375×812. Screenshots land in tests/.artifacts/screenshots for a person to look at.
 */
let page: Page
let sql: postgres.Sql
setUpPhoneTests((opened) => {
  page = opened.page
  sql = opened.sql
})

/** Dismisses the H5 modal (Taro's DOM dialog) after checking what it says. */
async function expectDialog(p: Page, title: string): Promise<string> {
  const dialog = p.locator('.taro__modal')
  await dialog.getByText(title).waitFor({ timeout: 10_000 })
  await p.waitForTimeout(300) // its fade-in, for the screenshot
  return dialog.innerText()
}

async function closeDialog(p: Page): Promise<void> {
  await p.locator('.taro__modal').getByText('知道了').click()
  await dialogGone(p)
}

describe('H5 volunteer journey', () => {
  it('shows the demo campaign’s activities from the API', async () => {
    const failures: string[] = []
    page.on('response', (response) => {
      if (response.url().includes('/api/') && response.status() >= 500) failures.push(`${response.status()} ${response.url()}`)
    })
    await page.goto(apiUrl('/'))
    await page.locator('.activity-card').first().waitFor({ timeout: 30_000 })
    expect(await page.locator('.activity-card').count()).toBeGreaterThanOrEqual(5)
    await expect(page.getByText('示例').first().isVisible()).resolves.toBe(true)
    await shoot(page, 'activity-list')
    expect(failures).toEqual([])
  })

  it('opens an activity’s detail page from the list', async () => {
    const firstTitle = (await page.locator('.activity-card .activity-title').first().innerText()).trim()
    await page.locator('.activity-card').first().click()
    await page.locator('.activity-detail .activity-title').waitFor({ timeout: 15_000 })
    expect((await page.locator('.activity-detail .activity-title').innerText()).trim()).toBe(firstTitle)
    await expect(page.locator('.activity-detail').innerText()).resolves.toMatch(/\d{3}\*{4}\d{4}/)
    await settled(page, '.activity-detail')
    await shoot(page, 'activity-detail', true)
  })

  it('logs in with a local demo account on 我的', async () => {
    await page.goto(apiUrl('/#/pages/me/index'))
    await page.locator('.demo-account').first().waitFor({ timeout: 15_000 })
    await page.locator('.demo-account').first().click()
    await page.locator('.profile-card').waitFor({ timeout: 15_000 })
    await page.locator('.me-menu').waitFor()
    await shoot(page, 'me')
  })
})

describe('H5 volunteer journey: sign up, check in, hours', () => {
  let volunteerId: string
  let specialDayTitle: string
  let unit: { campaignId: string; unitId: string; contactId: string }
  let runningId: string

  beforeAll(async () => {
    // A person of their own with no real name or phone yet, so the consent form shows.
    const [person] = await sql<{ id: string }[]>`insert into app_users (display_name) values ('浏览器志愿者') returning id`
    volunteerId = person!.id
    unit = await createUnit(sql)
    runningId = await createActivity(sql, unit, { startsIn: -30, endsIn: 90, deadlineIn: 60, title: '社区垃圾分类引导（进行中）' })
    await signInAs(page, volunteerId)
  })

  it('browses the March day strip and filters by the special day 3·5 学雷锋纪念日', async () => {
    await page.goto(apiUrl('/#/pages/index/index'))
    await page.reload() // a fresh app, now with the volunteer's session
    await page.locator('.activity-card').first().waitFor({ timeout: 15_000 })
    const fifth = page.locator('.day-strip__item[data-date$="-03-05"]')
    await expect(fifth.locator('.day-cell__count').innerText()).resolves.toMatch(/^\d+ 项$/)
    const countOnStrip = Number((await fifth.locator('.day-cell__count').innerText()).replace(/\D/g, ''))

    await page.locator('.special-day-chip', { hasText: '学雷锋纪念日' }).click()
    await expect(page.locator('.special-day-chip.filter-chip--active').innerText()).resolves.toContain('学雷锋纪念日')
    await page.waitForFunction(() => {
      const days = Array.from(document.querySelectorAll('.activity-card .activity-card__day')).map((d) => d.textContent)
      return days.length > 0 && days.every((d) => d === '5')
    })
    await expect(fifth.locator('.day-cell').getAttribute('class')).resolves.toContain('day-cell--selected')
    // The strip's count and the list agree (a page holds 20; the 5th has fewer).
    await page.locator('.activity-list-end').waitFor()
    expect(await page.locator('.activity-card').count()).toBe(countOnStrip)
    await shoot(page, 'special-day-filter')

    await page.locator('.special-day-chip', { hasText: '中国水周' }).click()
    await page.waitForFunction(() => {
      const days = Array.from(document.querySelectorAll('.activity-card .activity-card__day')).map((d) => Number(d.textContent))
      return days.length > 0 && days.every((d) => d >= 22 && d <= 28)
    })
    await page.locator('.special-day-chip', { hasText: '学雷锋纪念日' }).click()
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.activity-card .activity-card__day')).every((d) => d.textContent === '5'))
  })

  it('signs up the first time through the real-name and privacy-consent form', async () => {
    const card = page.locator('.activity-card', { has: page.locator('.signup-badge--open') }).first()
    specialDayTitle = (await card.locator('.activity-title').innerText()).trim()
    await card.click()
    await page.locator('.activity-detail .activity-title').waitFor()
    await expect(page.locator('.signup-action').innerText()).resolves.toBe('立即报名')
    await page.locator('.signup-action').click()

    const sheet = page.locator('.profile-sheet')
    await sheet.waitFor()
    await expect(sheet.innerText()).resolves.toMatch(/姓名、手机号[\s\S]*活动组织方[\s\S]*所属单位和本活动月的组织方[\s\S]*撤回同意/)
    await sheet.locator('.profile-name-input input').fill('张志愿')
    await sheet.locator('.profile-phone-input input').fill('13912345678')
    await sheet.locator('.profile-submit').click()
    await expect(sheet.locator('.profile-error').innerText()).resolves.toBe('请先阅读并同意隐私说明')
    await sheet.locator('.profile-consent .check-box__box').click()
    await settled(page, '.bottom-sheet__panel')
    await shoot(page, 'profile-consent')
    await sheet.locator('.profile-submit').click()

    await page.locator('.my-registration-status .signup-badge--confirmed').waitFor({ timeout: 10_000 })
    await page.locator('.taro__toast').getByText('报名成功').waitFor()
    await expect(page.locator('.signup-action').innerText()).resolves.toBe('取消报名')
    // Registered: the contact's phone is shown in full.
    await expect(page.locator('.activity-contact').innerText()).resolves.toMatch(/1\d{10}/)
    await toastGone(page)
    await shoot(page, 'signed-up')
  })

  it('finds the sign-up in 我的活动', async () => {
    await page.goto(apiUrl('/#/pages/me/index'))
    await page.locator('.me-menu-my-activities').click()
    await page.locator('.my-item-title').first().waitFor({ timeout: 10_000 })
    await expect(page.locator('.my-item-title').allInnerTexts()).resolves.toContain(specialDayTitle)
    await expect(page.locator('.my-item', { hasText: specialDayTitle }).locator('.signup-badge').innerText()).resolves.toBe('已报名')
    await settled(page, '.my-activities')
    await shoot(page, 'my-activities')
  })

  it('checks in with the code the unit contact shows, then checks out with a fresh one', async () => {
    // The unit contact opens 签到管理 on a phone of their own (sessions live in localStorage, shared
    // by every page of one browser profile); the QR they show is read back from the screen.
    const contactPhone = await openPhone()
    try {
      const contactPage = contactPhone.page
      await signInAs(contactPage, unit.contactId)
      await contactPage.goto(apiUrl(`/#/package-manage/checkin/index?id=${runningId}`))
      await contactPage.reload()
      await contactPage.locator('.checkin-qr img').waitFor({ timeout: 15_000 })
      await settled(contactPage, '.manage-page')
      await shoot(contactPage, 'checkin-manage', true)
      const shownDigits = (await contactPage.locator('.checkin-short-code').innerText()).replace(/\s/g, '')
      expect(await readQrOnPage(contactPage, '.checkin-qr img')).toMatch(new RegExp(`^XLF-CHECKIN:${runningId}\\.\\d+\\.[\\w-]{22}$`))

      await page.goto(apiUrl(`/#/pages/activity/index?id=${runningId}`))
      await page.locator('.signup-action').waitFor()
      await page.locator('.signup-action').click()
      await page.locator('.checkin-code-input input').waitFor({ timeout: 10_000 })
      await page.locator('.taro__toast').getByText('报名成功').waitFor()
      await toastGone(page)
      await page.locator('.checkin-code-input input').fill(shownDigits)
      await page.locator('.checkin-code-submit').click()
      await expect(expectDialog(page, '签到成功')).resolves.toContain('社区垃圾分类引导')
      await shoot(page, 'checked-in')
      await closeDialog(page)
      await expect(page.locator('.my-checkin-time').innerText()).resolves.toMatch(/\d{2}:\d{2}/)

      // 40 minutes on the job, then a fresh code fetched with the contact's session.
      await sql`update check_ins set checked_in_at = checked_in_at - interval '40 minutes'
                where registration_id in (select id from registrations where activity_id = ${runningId})`
      const { key } = ZCheckinKeyResponse.parse((await api(`/api/activities/${runningId}/checkin-key`, { token: tokenFor(unit.contactId) })).body)
      await page.locator('.checkin-code-input input').fill(codeForStep(key, runningId, checkinStepAt(Date.now())).shortCode)
      await page.locator('.checkin-code-submit').click()
      await expect(expectDialog(page, '签退成功')).resolves.toMatch(/本次服务时长 0\.\d+ 小时/)
      await closeDialog(page)
      await expect(page.locator('.my-hours').innerText()).resolves.toMatch(/0\.\d+ 小时/)
      await shoot(page, 'checked-out')

      await contactPage.reload()
      await contactPage.locator('.roster-state').first().waitFor()
      await expect(contactPage.locator('.roster-item', { hasText: '张志愿' }).locator('.roster-state').innerText()).resolves.toMatch(/小时/)
    } finally {
      await contactPhone.close()
    }
  })

  it('joins the waitlist of a full activity with its rank, leaves it, and is told why an overlapping one is refused', async () => {
    const fullId = await createActivity(sql, unit, { startsIn: 3 * 24 * 60, endsIn: 3 * 24 * 60 + 120, capacity: 1, title: '满员的敬老院探访' })
    const [occupant] = await createVolunteers(sql, 1)
    expect((await api('/api/registrations', { token: tokenFor(occupant!), body: { activityId: fullId } })).status).toBe(200)

    await page.goto(apiUrl(`/#/pages/activity/index?id=${fullId}`))
    await expect(page.locator('.signup-action').innerText()).resolves.toBe('加入候补')
    await page.locator('.signup-action').click()
    await expect(expectDialog(page, '已加入候补')).resolves.toContain('你是候补第 1 位')
    await closeDialog(page)
    await expect(page.locator('.my-registration-status .signup-badge').innerText()).resolves.toBe('候补第 1 位')
    await shoot(page, 'waitlisted')

    await page.locator('.signup-action').click() // 取消候补, confirmed in a dialog
    await page.locator('.taro__modal').getByText('退出候补', { exact: true }).click()
    await dialogGone(page)
    await page.locator('.my-registration').waitFor({ state: 'detached' })
    await expect(page.locator('.signup-action').innerText()).resolves.toBe('加入候补')

    // Overlaps the running activity the volunteer is signed up for: the server names it.
    const clashId = await createActivity(sql, unit, { startsIn: -10, endsIn: 60, deadlineIn: 30, title: '同时段的另一场活动' })
    await page.goto(apiUrl(`/#/pages/activity/index?id=${clashId}`))
    await page.locator('.signup-action').click()
    await expect(expectDialog(page, '报名未成功')).resolves.toContain('「社区垃圾分类引导（进行中）」')
    await closeDialog(page)
  })

  it('shows the hours and the 服务证明', async () => {
    await page.goto(apiUrl('/#/package-volunteer/hours/index'))
    await page.locator('.hours-total').waitFor({ timeout: 10_000 })
    // Checked in 40 minutes before the scan but the activity began 30 minutes ago: hours count from the start.
    expect(Number(await page.locator('.hours-total').innerText())).toBeGreaterThanOrEqual(0.5)
    await expect(page.locator('.hours-item-title').allInnerTexts()).resolves.toContain('社区垃圾分类引导（进行中）')
    await settled(page, '.hours-page')
    await shoot(page, 'hours')

    await page.locator('.certificate-entry').click()
    await page.locator('.certificate-image img').waitFor({ timeout: 10_000 })
    await expect(page.locator('.certificate-facts').innerText()).resolves.toMatch(/张志愿[\s\S]*2030年测试市学雷锋志愿服务活动[\s\S]*编号 \S+[\s\S]*测试文明办/)
    // Issued by the campaign's organisers, never a generic platform (issue 11).
    await expect(page.locator('.certificate-facts').innerText()).resolves.not.toContain('平台')
    await expect(page.locator('.certificate-hint').innerText()).resolves.toBe('长按图片保存，或截图保存')
    await settled(page, '.certificate-page')
    await shoot(page, 'certificate')
  })
})

