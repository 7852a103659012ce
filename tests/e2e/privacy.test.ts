import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import type postgres from 'postgres'
import { ZMyDataExport } from '../../types/api/privacy'
import { apiUrl } from '../setup/api-client'
import { createActivity, createUnit, createVolunteers } from '../setup/journey'
import { dialogGone, setUpPhoneTests, settled, shoot, signInAs } from '../setup/phone-browser'

/**
 * 个人信息与隐私 in the H5 build at 375×812: the notice from the login step, then a volunteer
 * withdraws the hours consent and downloads their data, and a unit's only contact deletes the
 * account after being told what happens to the unit.
 */
let page: Page
let sql: postgres.Sql
setUpPhoneTests((opened) => {
  page = opened.page
  sql = opened.sql
})

async function confirmDialog(button: string): Promise<void> {
  await page.locator('.taro-modal__foot').getByText(button, { exact: true }).click()
  await dialogGone(page)
}

describe('个人信息与隐私', () => {
  it('shows the notice from the login step, without a session', async () => {
    await page.goto(apiUrl('/#/pages/me/index'))
    await page.evaluate(() => localStorage.clear())
    await page.reload()
    await page.locator('.privacy-entry').waitFor({ timeout: 15_000 })
    await page.locator('.privacy-entry').click()
    await page.locator('.privacy-notice-full').waitFor({ timeout: 10_000 })
    await settled(page, '.privacy-page')
    const text = await page.locator('.privacy-notice-full').innerText()
    for (const heading of ['我们收集哪些信息', '为什么收集', '谁能看到', '保存多久', '你的权利', '联系我们']) expect(text).toContain(heading)
    expect(text).toMatch(/版本 \d{4}-\d{2}/)
    expect(await page.locator('.consent-list').count()).toBe(0)
    await shoot(page, 'privacy-notice-signed-out')
  })

  it('a volunteer withdraws the hours consent and downloads their data', async () => {
    const unit = await createUnit(sql)
    const [person] = await createVolunteers(sql, 1)
    const past = await createActivity(sql, unit, { startsIn: -300, endsIn: -120, title: '河道清洁' })
    const [reg] = await sql<{ id: string }[]>`insert into registrations (activity_id, user_id, status, confirmed_at) values (${past}, ${person!}, 'confirmed', now() - interval '1 day') returning id`
    await sql`insert into check_ins (registration_id, checked_in_at, checked_out_at, hours) values (${reg!.id}, now() - interval '290 minutes', now() - interval '170 minutes', 2)`
    await signInAs(page, person!)
    await page.reload()
    await page.locator('.privacy-entry').waitFor({ timeout: 15_000 })
    await shoot(page, 'privacy-me-entry')
    await page.locator('.privacy-entry').click()
    await page.locator('.consent-item--hours_report').waitFor({ timeout: 10_000 })
    await settled(page, '.privacy-page')
    await shoot(page, 'privacy-consents')
    expect(await page.locator('.consent-item--hours_report .consent-item__state').innerText()).toBe('已同意')

    await page.locator('.consent-item--hours_report .consent-withdraw').click()
    await confirmDialog('撤回同意')
    await page.locator('.consent-item--hours_report .consent-item__state--withdrawn').waitFor()
    expect(await page.locator('.consent-item--hours_report .consent-item__since').innerText()).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} 撤回/)
    const [event] = await sql<{ action: string }[]>`
      select action from privacy_consent_events where user_id = ${person!} and purpose = 'hours_report' order by occurred_at desc limit 1`
    expect(event!.action).toBe('withdrawn')
    await page.waitForTimeout(1600) // the toast fades
    await shoot(page, 'privacy-hours-withdrawn')

    const download = page.waitForEvent('download')
    await page.locator('.privacy-export__button').click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^我的个人信息-.*\.json$/)
    const data = ZMyDataExport.parse(JSON.parse(readFileSync((await file.path())!, 'utf8')))
    expect(data.registrations[0]).toMatchObject({ activity: '河道清洁' })
    expect(data.consentHistory.map((e) => e.action)).toEqual(['granted', 'withdrawn'])
  })

  it('the only contact of a unit is told what happens, confirms, and the account is gone', async () => {
    const unit = await createUnit(sql)
    await signInAs(page, unit.contactId)
    await page.goto(apiUrl('/#/package-volunteer/privacy/index'))
    await page.reload()
    await page.locator('.privacy-delete__start').waitFor({ timeout: 15_000 })
    await page.locator('.privacy-delete__start').click()
    await page.locator('.privacy-delete__warning').waitFor()
    expect(await page.locator('.privacy-delete__warning').innerText()).toContain('唯一的单位联系人')
    await page.locator('.privacy-delete__phrase input').fill('注销账号')
    expect(await page.locator('.privacy-delete__confirm').getAttribute('class')).toMatch(/disabled/)
    await page.locator('.privacy-delete__ack .check-box__box').click()
    await page.locator('.privacy-delete').scrollIntoViewIfNeeded()
    await shoot(page, 'privacy-delete-confirm')
    await page.locator('.privacy-delete__confirm').click()
    await confirmDialog('注销')
    await page.locator('.privacy-entry').waitFor({ timeout: 15_000 })
    expect(await page.locator('.privacy-entry__title').innerText()).toBe('个人信息保护说明')
    expect(await sql`select 1 from app_users where id = ${unit.contactId}`).toHaveLength(0)
    expect(await sql`select 1 from units where id = ${unit.unitId}`).toHaveLength(1)
    await page.waitForTimeout(1600)
    await shoot(page, 'privacy-deleted-signed-out')
  })
})
