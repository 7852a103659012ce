import type { Page } from 'playwright-core'
import type postgres from 'postgres'
import { codeForStep } from '../../src/features/checkins/code/phone-code'
import { ZCheckinKeyResponse } from '../../types/api/checkins'
import { checkinStepAt, parseCheckinCode } from '../../types/checkin-code'
import { api, apiUrl } from '../setup/api-client'
import { createActivity, createUnit, createVolunteers, tokenFor } from '../setup/journey'
import { answerDialog, openPhone, setUpPhoneTests, settled, shoot, signInAs } from '../setup/phone-browser'
import { readQrOnPage } from '../setup/read-qr'

/**
 * Check-in with the network switched off (issue 11.1), in headless Chromium at 375×812: the unit
 * contact's code keeps rotating with no network and after a restart without one; the volunteer's
 * typed code is kept on the phone as 待同步 and counted, at its own time, when the network returns
 * or when the app is opened again.
 */
let page: Page
let sql: postgres.Sql
setUpPhoneTests((opened) => {
  page = opened.page
  sql = opened.sql
})

let activityId = ''
let contactId = ''
let volunteerId = ''
let key = ''

beforeAll(async () => {
  const unit = await createUnit(sql)
  contactId = unit.contactId
  activityId = await createActivity(sql, unit, { startsIn: -30, endsIn: 150, title: '村口义诊（无信号）' })
  ;[volunteerId] = (await createVolunteers(sql, 1)) as [string]
  await sql`insert into registrations (activity_id, user_id, status, confirmed_at) values (${activityId}, ${volunteerId}, 'confirmed', now())`
  key = ZCheckinKeyResponse.parse((await api(`/api/activities/${activityId}/checkin-key`, { token: tokenFor(contactId) })).body).key
})

/** The codes valid now, as the server derives them (the test process is never offline). */
const expectedNow = () => codeForStep(key, activityId, checkinStepAt(Date.now()))


const digitsOn = async (p: Page) => (await p.locator('.checkin-short-code').innerText()).replace(/\s/g, '')

async function checkInRow() {
  const [row] = await sql<{ checked_in_at: Date; checked_out_at: Date | null; hours: string | null }[]>`
    select ci.checked_in_at, ci.checked_out_at, ci.hours from check_ins ci join registrations r on r.id = ci.registration_id
    where r.activity_id = ${activityId} and r.user_id = ${volunteerId}`
  return row ?? null
}

describe('check-in with no network', () => {
  it('the contact’s code keeps rotating offline, and after a restart without network', async () => {
    const contact = await openPhone()
    try {
      const p = contact.page
      await signInAs(p, contactId)
      await p.goto(apiUrl(`/#/package-manage/checkin/index?id=${activityId}`))
      await p.reload()
      await p.locator('.checkin-short-code').waitFor({ timeout: 20_000 })
      await settled(p, '.manage-page')
      await shoot(p, 'checkin-offline-contact-online')

      await contact.context.setOffline(true)
      const before = await digitsOn(p)
      // The next step comes within 30 s, made on the phone from the stored key.
      await p.waitForFunction((old) => document.querySelector('.checkin-short-code')?.textContent?.replace(/\s/g, '') !== old, before, { timeout: 35_000 })
      const rotated = await digitsOn(p)
      expect(rotated).toBe(expectedNow().shortCode)
      const qr = await readQrOnPage(p, '.checkin-qr img')
      expect(qr).toBe(expectedNow().qrText)
      expect(parseCheckinCode(qr ?? '')).toMatchObject({ kind: 'qr', activityId })
      await shoot(p, 'checkin-offline-contact-rotated')

      // Closed and opened again where the API cannot be reached: the stored key still makes the code.
      await contact.context.setOffline(false)
      await p.route('**/api/**', (route) => route.abort('internetdisconnected'))
      await p.reload()
      await p.locator('.checkin-offline-badge').waitFor({ timeout: 20_000 })
      await p.locator('.checkin-short-code').waitFor()
      expect(await digitsOn(p)).toBe(expectedNow().shortCode)
      await settled(p, '.manage-page')
      await shoot(p, 'checkin-offline-contact-restart')
    } finally {
      await contact.close()
    }
  })

  it('a volunteer’s code typed offline waits as 待同步 and counts at its own time when the network returns', async () => {
    await signInAs(page, volunteerId)
    await page.goto(apiUrl(`/#/pages/activity/index?id=${activityId}`))
    await page.reload()
    await page.locator('.checkin-code-input input').waitFor({ timeout: 20_000 })

    await page.context().setOffline(true)
    await page.locator('.checkin-code-input input').fill(expectedNow().shortCode)
    const scannedAt = Date.now()
    await page.locator('.checkin-code-submit').click()
    expect(await answerDialog(page, '已保存，待同步', '知道了')).toMatch(/网络恢复后会自动提交/)
    await page.locator('.queued-scan--pending').waitFor()
    expect(await page.locator('.queued-scan--pending').innerText()).toContain('待同步')
    await settled(page, '.activity-page')
    await shoot(page, 'checkin-offline-volunteer-queued', true)
    expect(await checkInRow()).toBeNull()
    // Kept in the phone's storage, so closing the app loses nothing.
    expect(await page.evaluate(() => localStorage.getItem('xlf.checkin.queue'))).toContain(activityId)

    await page.waitForTimeout(4_000)
    await page.context().setOffline(false)
    await page.locator('.queued-scan').waitFor({ state: 'detached', timeout: 20_000 })
    await page.waitForFunction(() => /\d{2}:\d{2}/.test(document.querySelector('.my-checkin-time')?.textContent ?? ''), undefined, { timeout: 15_000 })
    const row = await checkInRow()
    // Counted at the time it was typed, not when it reached the server 4 s later.
    expect(Math.abs((row?.checked_in_at.getTime() ?? 0) - scannedAt)).toBeLessThan(2_000)
    await settled(page, '.activity-page')
    await shoot(page, 'checkin-offline-volunteer-synced', true)
  })

  it('a check-out made offline is sent when the app is opened again', async () => {
    await sql`update check_ins set checked_in_at = checked_in_at - interval '40 minutes'
              where registration_id = (select id from registrations where activity_id = ${activityId} and user_id = ${volunteerId})`
    await page.reload()
    await page.locator('.checkin-code-input input').waitFor({ timeout: 20_000 })
    await settled(page, '.activity-page')
    // No network: the emulated offline state, and every API call refused in the page as well, so a
    // request the emulation lets through on a loaded machine cannot reach the server.
    await page.context().setOffline(true)
    await page.route('**/api/**', (route) => route.abort('internetdisconnected'))
    await page.locator('.checkin-code-input input').fill(expectedNow().shortCode)
    const scannedAt = Date.now()
    await page.locator('.checkin-code-submit').click()
    await answerDialog(page, '已保存，待同步', '知道了')
    // The app is closed while still offline, then opened again with the network back.
    await page.goto('about:blank')
    await page.unroute('**/api/**')
    await page.context().setOffline(false)
    await page.waitForTimeout(3_000)
    const closed = await checkInRow()
    if (closed?.checked_out_at) {
      // Say which scans the server counted, to tell a double send from a scan that slipped through.
      console.log('scans counted while the app was closed:', await sql`
        select id, scanned_at, queued, action from check_in_scans where activity_id = ${activityId} order by scanned_at`)
    }
    expect(closed?.checked_out_at).toBeNull()
    await page.goto(apiUrl(`/#/pages/activity/index?id=${activityId}`))
    await page.waitForFunction(() => /小时/.test(document.querySelector('.my-hours')?.textContent ?? ''), undefined, { timeout: 20_000 })
    const row = await checkInRow()
    expect(Math.abs((row?.checked_out_at?.getTime() ?? 0) - scannedAt)).toBeLessThan(2_000)
    // The activity started 30 minutes before the first check-in (moved back 40): hours from the start.
    expect(Number(row?.hours)).toBeGreaterThan(0.4)
    await settled(page, '.activity-page')
    await shoot(page, 'checkin-offline-volunteer-checked-out', true)
  })
})
