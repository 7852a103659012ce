import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { apiUrl } from './api-client'
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
