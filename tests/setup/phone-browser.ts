import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core'
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

export type TBrowser = { context: BrowserContext; page: Page; close: () => Promise<void> }
export type TPhoneBrowser = TBrowser

/**
 * One person's browser on a device (a phone here, a desk in desk-browser.ts): a persistent context
 * on a fresh profile directory (so sessions in localStorage belong to this person only), removed
 * again on close.
 */
export async function openBrowser(device: BrowserContextOptions): Promise<TBrowser> {
  const profileDir = mkdtempSync(path.join(os.tmpdir(), 'xlf-chromium-'))
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
    ...device,
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

/** One person's phone (375×812, touch). */
export async function openPhone(): Promise<TPhoneBrowser> {
  return openBrowser(PHONE)
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

/**
 * A fresh load of `hashPath` signed in as `userId` (null: signed out). The session is put into
 * storage from a small answer of the same origin (/api/health), so the app starts once, already
 * with it, instead of starting on 我的 and again after a reload.
 */
export async function openSignedIn(page: Page, userId: string | null, hashPath: string): Promise<void> {
  await page.goto(apiUrl('/api/health'))
  await page.evaluate(
    ([key, token]) => (token === null ? localStorage.removeItem(key) : localStorage.setItem(key, JSON.stringify({ data: token }))),
    [TOKEN_KEY, userId === null ? null : tokenFor(userId)] as const,
  )
  await page.goto(apiUrl(hashPath))
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

/**
 * Waits until the element is on a Taro page that has slid in (its page no longer translated) and
 * no finite animation or transition of the document is still running (a spinner's endless one
 * does not count), then for two painted frames and `pauseMs` more: a screenshot shows the page.
 * Gives up quietly after 5 s, as the old fixed polling did: the assertions that follow say what is wrong.
 */
export async function settled(page: Page, selector: string, pauseMs = 0): Promise<void> {
  await page
    .waitForFunction(
      (sel) => {
        const el = document.querySelector(sel)
        if (!el) return false
        const host = el.closest('.taro_page')
        const transform = host ? getComputedStyle(host).transform : 'none'
        if (transform !== 'none' && transform !== 'matrix(1, 0, 0, 1, 0, 0)') return false
        return document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity)
      },
      selector,
      { timeout: 5_000, polling: 'raf' },
    )
    .catch(() => undefined)
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))))
  if (pauseMs > 0) await page.waitForTimeout(pauseMs)
}

/** Every picture in (or being) the first element matching `selector` is loaded and decoded, ready to be drawn. */
export async function picturesShown(page: Page, selector: string): Promise<void> {
  await page
    .locator(selector)
    .first()
    .evaluate(async (el) => {
      const images = el instanceof HTMLImageElement ? [el] : Array.from(el.querySelectorAll('img'))
      await Promise.all(images.map((img) => img.decode().catch(() => undefined)))
    })
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
