import type { Page } from 'playwright-core'
import { api } from '../setup/api-client'
import { createVolunteers, tokenFor } from '../setup/journey'
import { answerDialog, setUpPhoneTests, settled, shoot, signInAs } from '../setup/phone-browser'

/**
 * 我的 → 退出所有设备 on a phone (issue 12, item 5): after confirming, this phone is signed out and a
 * token the same person holds on another device is refused too.
 */
let page: Page
let sql: Parameters<Parameters<typeof setUpPhoneTests>[0]>[0]['sql']
setUpPhoneTests((opened) => {
  page = opened.page
  sql = opened.sql
})

describe('退出所有设备', () => {
  it('signs this phone out and ends the session on every other device', async () => {
    const [person] = await createVolunteers(sql, 1)
    const otherDevice = tokenFor(person!)
    await signInAs(page, person!)
    await page.reload()
    const button = page.locator('.logout-everywhere-button')
    await button.waitFor({ timeout: 15_000 })
    await button.scrollIntoViewIfNeeded()
    await settled(page, '.logout')
    await shoot(page, 'hardening-sign-out-everywhere-1-me')

    // Thinking better of it changes nothing.
    await button.click()
    await answerDialog(page, '退出所有设备', '再想想')
    expect((await api('/api/me', { token: otherDevice })).status).toBe(200)

    await button.click()
    const said = await answerDialog(page, '退出所有设备', '全部退出')
    expect(said).toContain('包括这台')
    // Signed out here: the login panel replaces the account.
    await page.getByText('本地演示登录', { exact: false }).first().waitFor({ timeout: 10_000 })
    await shoot(page, 'hardening-sign-out-everywhere-2-signed-out')
    const elsewhere = await api('/api/me', { token: otherDevice })
    expect(elsewhere).toMatchObject({ status: 401, body: { code: 'session_revoked' } })
  })
})
