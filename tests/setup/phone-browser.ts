import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import type postgres from 'postgres'
import { apiUrl } from './api-client'
import { connectTestDb } from './db'
import { tokenFor } from './journey'

/** Where the browser tests leave screenshots for a person to look at. */
export const SCREENSHOTS_DIR = path.resolve(__dirname, '../.artifacts/screenshots')
/** The key under which the app keeps its session (Taro's storage, in localStorage on H5). */
const TOKEN_KEY = 'xlf.session.token'

/** Debian's Chromium, as the tests install it; flags keep it off this machine's closed network. */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** A phone: 375×812, touch, Chinese locale, Shanghai time. */
export const PHONE = {
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
} as const

export type TPhoneBrowser = { context: BrowserContext; page: Page; close: () => Promise<void> }

/**
 * One person's phone: a persistent context on a fresh profile directory (so sessions in
 * localStorage belong to this person only), removed again on close.
 */
export async function openPhone(): Promise<TPhoneBrowser> {
  const profileDir = mkdtempSync(path.join(os.tmpdir(), 'xlf-chromium-'))
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
    ...PHONE,
  })
  const page = context.pages()[0] ?? (await context.newPage())
  return {
    context,
    page,
    close: async () => {
      await context.close()
      rmSync(profileDir, { recursive: true, force: true })
    },
  }
}

export async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOTS_DIR, `${name}.png`), fullPage })
}

/** Signs the page in as `userId` the way the app keeps a session. */
export async function signInAs(page: Page, userId: string): Promise<void> {
  await page.goto(apiUrl('/#/pages/me/index'))
  await page.evaluate(([key, token]) => localStorage.setItem(key, JSON.stringify({ data: token })), [TOKEN_KEY, tokenFor(userId)] as const)
}

export type TPhoneTest = { phone: TPhoneBrowser; page: Page; sql: postgres.Sql }

/**
 * What every browser test file sets up: before its tests, a connection to the test database and a
 * phone (handed to `ready`); after them, both closed again.
 */
export function setUpPhoneTests(ready: (opened: TPhoneTest) => void): void {
  let sql: postgres.Sql | undefined
  let phone: TPhoneBrowser | undefined
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS_DIR, { recursive: true })
    sql = connectTestDb()
    phone = await openPhone()
    ready({ phone, page: phone.page, sql })
  })
  afterAll(async () => {
    await phone?.close()
    await sql?.end()
  })
}

/** Waits until the page's slide-in transition has finished (then `pauseMs` more), so a screenshot shows the page. */
export async function settled(page: Page, selector: string, pauseMs = 150): Promise<void> {
  for (let i = 0; i < 40; i += 1) {
    const box = await page.locator(selector).first().boundingBox()
    if (box && Math.abs(box.x) < 1) break
    await page.waitForTimeout(50)
  }
  await page.waitForTimeout(pauseMs)
}

/** Taro's H5 dialog has faded out (opacity, then display: none), which Playwright would still call visible. */
export async function dialogGone(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('.taro__modal')).every((el) => el instanceof HTMLElement && el.style.display === 'none'),
  )
}

/** Taro's H5 toast has faded out on its own (opacity, then display: none); pictures wait for it. */
export async function toastGone(page: Page, timeoutMs = 5_000): Promise<void> {
  await page.waitForFunction(
    () => Array.from(document.querySelectorAll('.taro__toast')).every((el) => el instanceof HTMLElement && el.style.display === 'none'),
    undefined,
    { timeout: timeoutMs },
  )
}

/** Presses a button of Taro's H5 dialog after it has faded in; returns what it said. */
export async function answerDialog(page: Page, title: string, button: string): Promise<string> {
  const dialog = page.locator('.taro__modal')
  await dialog.getByText(title).first().waitFor({ timeout: 10_000 })
  await page.waitForTimeout(300)
  const text = await dialog.innerText()
  await dialog.getByText(button, { exact: true }).click()
  await dialogGone(page)
  return text
}
