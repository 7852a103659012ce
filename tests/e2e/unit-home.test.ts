import type { Page } from 'playwright-core'
import type postgres from 'postgres'
import { api, apiUrl } from '../setup/api-client'
import { settled, setUpPhoneTests, shoot, signInAs, toastGone } from '../setup/phone-browser'

/**
 * The unit contact's 单位工作台 in the H5 build at 375×812: the demo contact logs in on 我的, opens
 * the card at the top and sees the campaign's deliverables; a contact of two units sees urgency,
 * a returned item with its reason and today's 签到管理; a volunteer's 我的 is unchanged.
 */
let page: Page
let sql: postgres.Sql
setUpPhoneTests((opened) => {
  page = opened.page
  sql = opened.sql
})

const hours = (n: number) => new Date(Date.now() + n * 3600_000)

/** The whole page in one picture: H5 pages scroll inside Taro's container, so the phone grows instead. */
async function shootWhole(name: string): Promise<void> {
  const height = await page.evaluate(() => Math.ceil(document.querySelector('.unit-home-page')?.getBoundingClientRect().height ?? 0))
  await page.setViewportSize({ width: 375, height: Math.max(812, height + 120) })
  await page.waitForTimeout(300)
  await shoot(page, name)
  await page.setViewportSize({ width: 375, height: 812 })
}

describe('H5 单位工作台', () => {
  it('the demo unit contact: 我的 → 单位工作台 → every deliverable of the campaign', async () => {
    const failures: string[] = []
    page.on('response', (response) => {
      if (response.url().includes('/api/') && response.status() >= 500) failures.push(`${response.status()} ${response.url()}`)
    })
    await page.goto(apiUrl('/#/pages/me/index'))
    const account = page.locator('.demo-account', { hasText: '示例单位联系人' }).first()
    await account.waitFor({ timeout: 20_000 })
    await account.click()
    const entry = page.locator('.unit-desk-entry').first()
    await entry.waitFor({ timeout: 15_000 })
    await toastGone(page)
    await shoot(page, 'unit-home-me')

    // What the card says comes from the database: the contact's unit and the campaign's deadlines.
    const [unit] = await sql<{ unit_id: string; name: string; campaign_id: string; deadlines: number }[]>`
      select u.id as unit_id, u.name, u.campaign_id,
             (select count(*)::int from campaign_deadlines d where d.campaign_id = u.campaign_id) as deadlines
      from app_users p join memberships m on m.user_id = p.id and m.role = 'unit_contact' join units u on u.id = m.unit_id
      where p.display_name = '李联络（示例单位联系人）'`
    expect(unit).toBeDefined()
    expect(await entry.innerText()).toContain(unit!.name)
    expect(await entry.innerText()).toMatch(/项待办/)

    await entry.click()
    await page.locator('.unit-home-name').waitFor({ timeout: 15_000 })
    await settled(page, '.unit-home', 200)
    expect(await page.locator('.unit-home-name').innerText()).toBe(unit!.name)
    // Every deadline of the campaign is listed, the 附件2 one as a draft (the unit has activities, nothing submitted).
    expect(await page.locator('.deliverable-row').count()).toBe(unit!.deadlines)
    const plan = page.locator('.deliverable-row', { hasText: '活动安排表' }).first()
    expect(await plan.locator('.deliverable-state').innerText()).toBe('草稿')
    expect(await plan.innerText()).toMatch(/还剩 \d+ 天/)
    expect(await page.locator('.todo-card').count()).toBeGreaterThan(0)
    expect(await page.locator('.todo-card').first().innerText()).toContain('去处理')
    expect(await page.locator('.unit-activity').count()).toBeGreaterThan(0)
    await shoot(page, 'unit-home-demo')
    // Nine things to do months ahead: the nearest three, the rest one tap away.
    const more = page.locator('.todo-more')
    if ((await page.locator('.deliverable-row').count()) > 3) {
      expect(await page.locator('.todo-card').count()).toBe(3)
      await more.click()
      expect(await page.locator('.todo-card').count()).toBeGreaterThan(3)
    }
    await shootWhole('unit-home-demo-full')

    // The first 待办 opens its page (the 附件2 page of the arrangement helper).
    await page.locator('.todo-card').first().click()
    await page.waitForURL(/package-unit\/(arrangement|showcase|photo-handin|weekly-stats|reports)\/index/, { timeout: 10_000 })
    expect(failures).toEqual([])
  })

  it('a contact of two units: urgency colours, the returned reason, today\'s 签到管理, opening without a unit id', async () => {
    const [campaign] = await sql<{ id: string }[]>`
      insert into campaigns (slug, issuer, city, year, title, theme, period_start, period_end, is_published)
      values (${`e2e-uh-${Date.now()}`}, '测试文明办', '连云港市', 2026, '学雷锋志愿服务月（浏览器测试）', '志愿我先行',
              (now() at time zone 'Asia/Shanghai')::date - 10, (now() at time zone 'Asia/Shanghai')::date + 20, false) returning id`
    const units = await sql<{ id: string }[]>`
      insert into units (campaign_id, key, name) values (${campaign!.id}, 'a', '海州区新海街道'), (${campaign!.id}, 'b', '海州区新东街道') returning id`
    const [unitA, unitB] = units.map((u) => u.id) as [string, string]
    const [contact] = await sql<{ id: string }[]>`insert into app_users (display_name) values ('两单位联系人') returning id`
    await sql`insert into memberships (user_id, campaign_id, role, unit_id) values
      (${contact!.id}, ${campaign!.id}, 'unit_contact', ${unitA}), (${contact!.id}, ${campaign!.id}, 'unit_contact', ${unitB})`
    await sql`insert into campaign_quotas (campaign_id, subject, metric, min_count) values (${campaign!.id}, 'unit', 'key_activities', 1)`
    const deadline = async (kind: string, title: string, due: Date) =>
      (await sql<{ id: string }[]>`insert into campaign_deadlines (campaign_id, kind, title, due_at) values (${campaign!.id}, ${kind}, ${title}, ${due}) returning id`)[0]!.id
    const plan = await deadline('activity_plan', '活动安排表（附件2）', hours(-72))
    const week = await deadline('weekly_stats', '本周五活动开展情况统计表', hours(-30))
    await deadline('photos', '活动图片上传', hours(10))
    await deadline('showcase_application', '启动仪式展示项目申报表（附件1）', hours(50))
    await deadline('summary', '活动总结', hours(24 * 12))
    await sql`insert into unit_submissions (campaign_id, unit_id, deadline_id, kind, status, submitted_at, returned_at, return_reason)
              values (${campaign!.id}, ${unitA}, ${week}, 'weekly_stats', 'returned', ${hours(-40)}, ${hours(-20)}, '请补充新闻稿的网页链接和阅读数')`
    await sql`insert into unit_submissions (campaign_id, unit_id, deadline_id, kind, status, submitted_at)
              values (${campaign!.id}, ${unitA}, ${plan}, 'activity_plan', 'submitted', ${hours(-80)})`
    // Today's activity (签到管理 one tap away), a draft and a withdrawn one.
    await sql`insert into activities (campaign_id, unit_id, title, starts_at, ends_at, location_name, category, status, capacity, is_key_activity)
              values (${campaign!.id}, ${unitA}, '蔷薇河护河志愿行动', ${hours(-1)}, ${hours(1)}, '蔷薇河畔', 'environment', 'published', 30, false),
                     (${campaign!.id}, ${unitA}, '文明交通劝导（草稿）', ${hours(72)}, ${hours(74)}, '通灌路口', 'civility', 'draft', 20, false),
                     (${campaign!.id}, ${unitA}, '社区义诊（已撤回）', ${hours(96)}, ${hours(98)}, '社区卫生服务站', 'health', 'cancelled', 40, true)`

    await signInAs(page, contact!.id)
    await page.goto(apiUrl('/#/pages/me/index'))
    await page.reload()
    await page.locator('.unit-desk-entry').nth(1).waitFor({ timeout: 15_000 })
    expect(await page.locator('.unit-desk-entry').count()).toBe(2)
    await page.waitForTimeout(300)
    await expect(page.locator('.unit-desk-entry', { hasText: '海州区新海街道' }).innerText()).resolves.toContain('已退回，待重交')
    await shoot(page, 'unit-home-me-two-units')

    // Opened without a unit id: the first unit.
    await page.goto(apiUrl('/#/package-unit/home/index'))
    await page.reload()
    await page.locator('.unit-home-name').waitFor({ timeout: 15_000 })
    await settled(page, '.unit-home', 200)
    const name = await page.locator('.unit-home-name').innerText()
    expect(['海州区新海街道', '海州区新东街道']).toContain(name)
    if (name !== '海州区新海街道') {
      await page.locator('.unit-header__switch').click()
      await page.getByText('海州区新海街道', { exact: true }).last().click()
      await page.locator('.unit-home-name', { hasText: '海州区新海街道' }).waitFor({ timeout: 10_000 })
      // The sheet slides away (then display: none); the picture waits for it.
      await page.waitForFunction(() =>
        Array.from(document.querySelectorAll('.taro__actionSheet')).every((el) => el instanceof HTMLElement && el.style.display === 'none'),
      )
      await page.waitForTimeout(200)
    }

    await shoot(page, 'unit-home-urgency')
    // 待办: the returned weekly table first (past its deadline but still doable), then by due time.
    const todo = page.locator('.todo-card')
    expect(await todo.count()).toBe(3)
    await page.locator('.todo-more').click()
    expect(await todo.count()).toBe(4)
    await expect(todo.nth(0).innerText()).resolves.toContain('请补充新闻稿的网页链接和阅读数')
    await expect(todo.nth(0).locator('.todo-days').innerText()).resolves.toBe('已截止，可重交')
    expect(await todo.nth(0).getAttribute('class')).toContain('todo-card--urgent')
    await expect(todo.nth(1).locator('.todo-days').innerText()).resolves.toMatch(/今天截止|还剩 1 天/)
    expect(await todo.nth(1).getAttribute('class')).toContain('todo-card--urgent')
    expect(await todo.nth(2).getAttribute('class')).toContain('todo-card--soon')
    expect(await todo.nth(3).getAttribute('class')).toContain('todo-card--normal')
    // The submitted 附件2 still owes a key activity (the withdrawn one does not count).
    await expect(page.locator('.deliverable-row', { hasText: '活动安排表' }).innerText()).resolves.toContain('还需 1 个重点活动')
    expect(await page.locator('.unit-home-checkin').innerText()).toContain('今天的活动')
    expect(await page.locator('.unit-activity').count()).toBe(3)
    await shootWhole('unit-home-urgency-full')

    await page.locator('.unit-home-checkin').click()
    await page.waitForURL(/package-manage\/checkin\/index\?id=/, { timeout: 10_000 })

    // The tick queues 报送提醒 for what is due within a day or three; without WeChat they wait in 消息,
    // and a tap opens the unit's home.
    expect((await api('/api/cron/tick')).status).toBe(200)
    await page.goto(apiUrl('/#/package-volunteer/notifications/index'))
    await page.reload()
    const reminder = page.locator('.notification--deadline_reminder', { hasText: '活动图片上传' }).first()
    await reminder.waitFor({ timeout: 15_000 })
    expect(await reminder.innerText()).toContain('打开单位工作台')
    await shoot(page, 'unit-home-reminder-inbox')
    await reminder.click()
    await page.waitForURL(/package-unit\/home\/index\?unitId=/, { timeout: 10_000 })
    await page.locator('.unit-home-name').last().waitFor({ timeout: 10_000 })
  })

  it('a volunteer\'s 我的 has no 单位工作台', async () => {
    const [person] = await sql<{ id: string }[]>`insert into app_users (display_name) values ('普通志愿者') returning id`
    await signInAs(page, person!.id)
    await page.goto(apiUrl('/#/pages/me/index'))
    await page.reload()
    await page.locator('.me-menu').waitFor({ timeout: 15_000 })
    await page.waitForTimeout(500)
    expect(await page.locator('.unit-desk').count()).toBe(0)
  })
})
