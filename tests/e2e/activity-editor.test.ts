import { randomUUID } from 'node:crypto'
import type { Page } from 'playwright-core'
import type postgres from 'postgres'
import { apiUrl } from '../setup/api-client'
import { createVolunteers } from '../setup/journey'
import { setUpPhoneTests, shoot, signInAs } from '../setup/phone-browser'
import { quoteName } from '../../types/quote-name'

/**
 * A unit contact adds an activity (附件2 row) in the H5 build at 375×812: the form's own field
 * messages, a server message shown next to its field (序号 already taken), the date and time
 * pickers, place with coordinates, 覆盖人群 with 其他, co-organisers; published, it is in the
 * volunteers' list at once; then edited and withdrawn with the confirmation that counts sign-ups.
 */
let page: Page
let sql: postgres.Sql
setUpPhoneTests((opened) => {
  page = opened.page
  sql = opened.sql
})

/**
 * Taro's H5 picker rows are 34 px: swipe one column of the open picker by `rows` (up = later) with
 * real touch events, as a thumb would.
 */
async function dragPickerColumn(column: number, rows: number): Promise<void> {
  // The sheet slides up when it opens: measure once it has settled, at the selected row.
  await page.waitForTimeout(500)
  const indicator = page.locator('.weui-picker:visible .weui-picker__group').nth(column).locator('.weui-picker__indicator')
  const box = await indicator.boundingBox()
  if (!box) throw new Error('picker column not visible')
  const x = Math.round(box.x + box.width / 2)
  const y = Math.round(box.y + box.height / 2)
  const cdp = await page.context().newCDPSession(page)
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', dy: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y: y + dy }] })
  await touch('touchStart', 0)
  const steps = Math.max(4, Math.abs(rows) * 2)
  for (let i = 1; i <= steps; i += 1) await touch('touchMove', -(rows * 34 * i) / steps)
  await touch('touchEnd', -rows * 34)
  await cdp.detach()
  await page.waitForTimeout(500)
}

async function confirmPicker(): Promise<void> {
  await page.locator('.weui-picker:visible .weui-picker__action', { hasText: '确定' }).click()
  await page.waitForTimeout(300)
}

const fieldError = (name: string) => page.locator(`.field-error--${name}`)

/** Waits until `selector` shows exactly `expected` (answers from the server take a moment). */
async function expectText(selector: string, expected: string): Promise<void> {
  const locator = page.locator(selector).first()
  await locator.waitFor({ timeout: 10_000 })
  for (let i = 0; i < 50 && (await locator.innerText()).trim() !== expected; i += 1) await page.waitForTimeout(200)
  expect((await locator.innerText()).trim()).toBe(expected)
}
const text = async (selector: string) => (await page.locator(selector).first().innerText()).trim()

describe('activity editor in the H5 app (375×812)', () => {
  it('adds an activity that volunteers see at once, then edits and withdraws it', async () => {
    const [unit] = await sql<{ id: string; campaign_id: string; period_start: string }[]>`
      select u.id, u.campaign_id, c.period_start::text as period_start
      from units u join campaigns c on c.id = u.campaign_id where c.slug = 'demo' and u.key = 'hz-xinnan'`
    const [contact] = await sql<{ id: string }[]>`insert into app_users (display_name) values ('编辑测试联系人') returning id`
    await sql`insert into memberships (user_id, campaign_id, role, unit_id) values (${contact!.id}, ${unit!.campaign_id}, 'unit_contact', ${unit!.id})`
    const [taken] = await sql<{ seq_no: number; title: string }[]>`
      select seq_no, title from activities where unit_id = ${unit!.id} and seq_no is not null order by seq_no limit 1`
    const year = unit!.period_start.slice(0, 4)
    const title = `垃圾分类宣传进小区（${randomUUID().slice(0, 6)}）`

    await signInAs(page, contact!.id)
    await page.goto(apiUrl(`/#/package-unit/activity-edit/index?unitId=${unit!.id}`))
    await page.reload()
    await page.locator('.input-title').waitFor({ timeout: 20_000 })
    expect(await text('.unit-name')).toBe('海州区新南街道新时代文明实践所')
    await shoot(page, 'activity-editor-1-new')

    // Publishing an empty form: each message under its own field, nothing sent.
    await page.locator('.publish-activity').click()
    await expectText('.field-error--title', '活动名称至少 2 个字')
    await expectText('.field-error--category', '请选择所属类别（8 类之一）')
    await expectText('.field-error--locationName', '请填写活动地点')
    await expectText('.field-error--contactPhone', '请填写联系电话')
    await shoot(page, 'activity-editor-2-field-errors')

    await page.locator('.input-title input').fill(title)
    await page.locator('.category-chips .choice-chip--environment').click()
    await page.locator('.input-description textarea').fill('志愿者在小区垃圾投放点值守，指导居民分类投放，发放垃圾分类指南。')
    await page.locator('.key-activity-switch').click()
    await page.locator('.input-seq-no input').fill(String(taken!.seq_no))

    // Time: the start day moved 10 days on, 14:00–16:00; sign-up closes the evening before.
    await page.locator('.date-time--start .date-time__date').click()
    await dragPickerColumn(2, 10)
    await confirmPicker()
    expect(await text('.date-time--start .date-time__date')).toMatch(/^3月11日 周/)
    expect(await text('.date-time--end .date-time__date')).toMatch(/^3月11日 周/)
    await page.locator('.date-time--start .date-time__time').click()
    await dragPickerColumn(0, 5)
    await confirmPicker()
    expect(await text('.date-time--start .date-time__time')).toBe('14:00')
    await page.locator('.date-time--end .date-time__time').click()
    await dragPickerColumn(0, 5)
    await confirmPicker()
    expect(await text('.date-time--end .date-time__time')).toBe('16:00')
    await page.locator('.date-time--deadline .date-time__date').click()
    await confirmPicker()
    expect(await text('.date-time--deadline .date-time__date')).toMatch(/^3月10日 周/)
    expect(await text('.date-time--deadline .date-time__time')).toBe('18:00')
    await page.locator('.date-time--start').scrollIntoViewIfNeeded()
    await shoot(page, 'activity-editor-3-times')

    await page.locator('.input-location-name input').fill('新南街道幸福里小区垃圾投放点')
    await page.locator('.input-address input').fill('江苏省连云港市海州区新南街道幸福里小区')
    await page.locator('.input-latitude input').fill('34.5852')
    await page.locator('.input-longitude input').fill('119.1905')
    await page.locator('.geofence-switch').click()
    await expect(page.locator('.input-geofence input').inputValue()).resolves.toBe('300')
    await page.locator('.editor-field--geofenceRadiusM').scrollIntoViewIfNeeded()
    await shoot(page, 'activity-editor-3b-place')
    await page.locator('.input-contact-name input').fill('叶晓雯')
    await page.locator('.input-contact-phone input').fill('138-0000-2468')
    await page.locator('.input-capacity input').fill('30')
    await page.locator('.input-bring textarea').fill('手套、水杯')
    await page.locator('.input-dress textarea').fill('统一穿着红色志愿者马甲（现场发放）')
    await page.locator('.served-chips .choice-chip--empty_nest_elderly').click()
    await page.locator('.served-chips .choice-chip--other').click()
    await page.locator('.input-served-other input').fill('小区居民')
    for (const name of ['海州区城市管理局', '新南街道志愿者协会', '临时添加的单位']) {
      await page.locator('.input-co-organiser input').fill(name)
      await page.locator('.co-organisers__add-button').click()
    }
    await page.locator('.co-organisers__item', { hasText: '临时添加的单位' }).locator('.co-organisers__remove').click()
    expect(await page.locator('.co-organisers__name').allInnerTexts()).toEqual(['海州区城市管理局', '新南街道志愿者协会'])
    await page.locator('.co-organisers').scrollIntoViewIfNeeded()
    await shoot(page, 'activity-editor-4-filled')

    // The server's own check (序号 already used by the unit) comes back next to 序号.
    await page.locator('.publish-activity').click()
    await expectText('.field-error--seqNo', `序号 ${taken!.seq_no} 已被本单位的${quoteName(taken!.title)}使用，请换一个或留空自动编号`)
    await page.locator('.editor-field--seqNo').scrollIntoViewIfNeeded()
    await shoot(page, 'activity-editor-5-server-error')
    await page.locator('.input-seq-no input').fill('')
    await page.locator('.publish-activity').click()
    await expectText('.editor-status', '已发布')
    await page.locator('.editor-header').scrollIntoViewIfNeeded()
    await shoot(page, 'activity-editor-6-published')

    const [row] = await sql<Record<string, unknown>[]>`
      select id, status, is_key_activity, category, starts_at, ends_at, signup_deadline, contact_phone, capacity,
             served_populations::text[] as served, served_other, co_organisers, geofence_radius_m, latitude, seq_no
      from activities where title = ${title}`
    expect(row).toMatchObject({
      status: 'published',
      is_key_activity: true,
      category: 'environment',
      starts_at: new Date(`${year}-03-11T14:00:00+08:00`),
      ends_at: new Date(`${year}-03-11T16:00:00+08:00`),
      signup_deadline: new Date(`${year}-03-10T18:00:00+08:00`),
      contact_phone: '13800002468',
      capacity: 30,
      served: ['empty_nest_elderly', 'other'],
      served_other: '小区居民',
      co_organisers: ['海州区城市管理局', '新南街道志愿者协会'],
      geofence_radius_m: 300,
      latitude: 34.5852,
    })
    expect(row!.seq_no).not.toBe(taken!.seq_no)
    const activityId = String(row!.id)

    // A volunteer (no session) finds it in the list straight away.
    await page.evaluate(() => localStorage.clear())
    await page.goto(apiUrl('/#/pages/index/index'))
    await page.reload()
    await page.locator('.activity-search-input input').fill(title.slice(-7, -1))
    const card = page.locator('.activity-card', { hasText: title })
    await card.waitFor({ timeout: 15_000 })
    await shoot(page, 'activity-editor-7-volunteer-list')

    // Back as the contact: someone has signed up; moving the place tells them; withdrawing says how many.
    const [volunteer] = await createVolunteers(sql, 1)
    await sql`insert into registrations (activity_id, user_id, status, confirmed_at) values (${activityId}, ${volunteer!}, 'confirmed', now())`
    await signInAs(page, contact!.id)
    await page.goto(apiUrl(`/#/package-unit/activity-edit/index?id=${activityId}`))
    await page.reload()
    await page.locator('.input-title').waitFor({ timeout: 20_000 })
    expect(await text('.editor-header__signups')).toBe('已报名 1 人。修改时间或地点会通知他们')
    await page.locator('.input-location-name input').fill('新南街道新时代文明实践站')
    await page.locator('.save-activity').click()
    await page.locator('.taro__toast p', { hasText: '已保存，已通知 1 位报名的志愿者' }).waitFor({ timeout: 10_000 })
    const told = await sql<{ payload: { change: string } }[]>`select payload from notification_outbox where kind = 'activity_changed' and user_id = ${volunteer!}`
    expect(told.map((m) => m.payload.change)).toEqual(['地点改为 新南街道新时代文明实践站（江苏省连云港市海州区新南街道幸福里小区）'])

    await page.locator('.withdraw-activity').click()
    await page.locator('.withdraw-sheet__impact').waitFor()
    expect(await text('.withdraw-sheet__impact')).toBe('撤回后将取消 1 人的报名，并逐一通知他们。活动不再对志愿者显示，且不能再修改。')
    await page.locator('.withdraw-confirm').click()
    await expect(page.locator('.withdraw-sheet .editor-field__error').innerText()).resolves.toContain('请填写撤回原因')
    await page.locator('.withdraw-reason textarea').fill('场地临时无法使用')
    await shoot(page, 'activity-editor-8-withdraw-sheet')
    await page.locator('.withdraw-confirm').click()
    const modal = page.locator('.taro__modal')
    await expect(modal.innerText()).resolves.toContain('撤回后将取消 1 人的报名')
    await shoot(page, 'activity-editor-9-withdraw-confirm')
    await modal.locator('.taro-model__confirm').click()
    await expectText('.editor-status', '已撤回')
    await expectText('.editor-header__reason', '撤回原因：场地临时无法使用')
    expect(await page.locator('.publish-activity, .save-activity').count()).toBe(0)
    await page.waitForTimeout(300)
    await shoot(page, 'activity-editor-10-withdrawn')
    const [registration] = await sql<{ status: string }[]>`select status from registrations where activity_id = ${activityId}`
    expect(registration!.status).toBe('cancelled')
  })
})
