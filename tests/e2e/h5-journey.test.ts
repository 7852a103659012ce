import { mkdtempSync, mkdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { apiUrl } from '../setup/api-client'

/**
 * A volunteer on a phone: the H5 build served by the local server, in Debian's headless Chromium
 * at 375×812. Screenshots land in tests/.artifacts/screenshots for a person to look at.
 */
const SHOTS = path.resolve(__dirname, '../.artifacts/screenshots')
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

let profileDir: string
let context: BrowserContext
let page: Page

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  profileDir = mkdtempSync(path.join(os.tmpdir(), 'xlf-chromium-'))
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  page = context.pages()[0] ?? (await context.newPage())
})

afterAll(async () => {
  await context?.close()
  rmSync(profileDir, { recursive: true, force: true })
})

/** Waits until the page's slide-in transition has finished, so the screenshot shows the page. */
async function settled(p: Page, selector: string): Promise<void> {
  for (let i = 0; i < 40; i += 1) {
    const box = await p.locator(selector).boundingBox()
    if (box && Math.abs(box.x) < 1) break
    await p.waitForTimeout(50)
  }
  await p.waitForTimeout(100)
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
    await page.screenshot({ path: path.join(SHOTS, 'activity-list.png') })
    expect(failures).toEqual([])
  })

  it('opens an activity’s detail page from the list', async () => {
    const firstTitle = (await page.locator('.activity-card .activity-title').first().innerText()).trim()
    await page.locator('.activity-card').first().click()
    await page.locator('.activity-detail .activity-title').waitFor({ timeout: 15_000 })
    expect((await page.locator('.activity-detail .activity-title').innerText()).trim()).toBe(firstTitle)
    await expect(page.locator('.activity-detail').innerText()).resolves.toMatch(/\d{3}\*{4}\d{4}/)
    await settled(page, '.activity-detail')
    await page.screenshot({ path: path.join(SHOTS, 'activity-detail.png'), fullPage: true })
  })

  it('logs in with a local demo account on 我的', async () => {
    await page.goto(apiUrl('/#/pages/me/index'))
    await page.locator('.demo-account').first().waitFor({ timeout: 15_000 })
    await page.locator('.demo-account').first().click()
    await page.locator('.profile-card').waitFor({ timeout: 15_000 })
    await page.screenshot({ path: path.join(SHOTS, 'me.png') })
  })
})
