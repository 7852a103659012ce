import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import type postgres from 'postgres'
import sharp from 'sharp'
import { apiUrl } from '../setup/api-client'
import { connectTestDb } from '../setup/db'
import { createActivity, createUnit } from '../setup/journey'
import { openPhone, SCREENSHOTS_DIR, shoot, signInAs, type TPhoneBrowser } from '../setup/phone-browser'

/**
 * The unit contact's 活动照片 page in the H5 build, at 375×812: upload through the file chooser,
 * 检查中, then the real checker's verdict with its reasons and 重拍建议.
 */
const repoRoot = path.resolve(__dirname, '../..')
// Labelled photos kept outside the repository (never copied into it); the pass case needs them.
const EVAL_DIR = path.resolve(repoRoot, '../shared/photo-eval')
const EVAL_PHOTO = path.join(EVAL_DIR, 'images/class-52-on.jpg')
const hasEvalPhotos = existsSync(EVAL_PHOTO)
if (!hasEvalPhotos) console.log(`photo-upload: ${EVAL_DIR} is absent — skipping the test that expects 合格 on a real photo`)

let phone: TPhoneBrowser
let page: Page
let sql: postgres.Sql

beforeAll(async () => {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true })
  sql = connectTestDb()
  phone = await openPhone()
  page = phone.page
})

afterAll(async () => {
  await phone?.close()
  await sql?.end()
})

/** Opens the activity as its unit contact and follows 活动照片 from the bottom bar. */
async function openPhotosPage(activityId: string, screenshot?: string): Promise<void> {
  await page.goto(apiUrl(`/#/pages/activity/index?id=${activityId}`))
  await page.reload() // a fresh app with the contact's session
  await page.locator('.photos-entry').waitFor({ timeout: 15_000 })
  if (screenshot) await shoot(page, screenshot)
  await page.locator('.photos-entry').click()
  await page.locator('.photos-activity-title').waitFor({ timeout: 10_000 })
  await page.locator('.photo-upload-button').waitFor()
}

/** Every verdict badge text the page shows, in order, however briefly (a MutationObserver). */
async function recordBadges(): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = []
    Object.assign(window, { __badges: seen })
    const note = () =>
      document.querySelectorAll('.photo-list .photo-verdict').forEach((el) => {
        const text = el.textContent ?? ''
        if (seen[seen.length - 1] !== text) seen.push(text)
      })
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true })
  })
}

async function badgesSeen(): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __badges?: string[] }).__badges ?? [])
}

/**
 * A 1200×900 JPEG of grey tiles: sharp (a flat grey would fail as blurred, and the banner would not
 * even be looked for) yet with no banner and nobody in it.
 */
async function greyMosaicJpeg(): Promise<Buffer> {
  const [width, height, tile] = [1200, 900, 20]
  const shade = (tx: number, ty: number) => 70 + (((tx * 73856093) ^ (ty * 19349663)) >>> 0) % 120
  const pixels = Buffer.alloc(width * height * 3)
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) pixels.fill(shade(Math.floor(x / tile), Math.floor(y / tile)), (y * width + x) * 3, (y * width + x) * 3 + 3)
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 90 }).toBuffer()
}

/** Taps 上传照片 (or 重新拍摄) and hands the browser's file chooser the given file. */
async function chooseFile(button: string, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.locator(button).first().click()
  await (await chooser).setFiles(file)
}

describe('活动照片: the unit contact uploads an activity photo', () => {
  let unit: { campaignId: string; unitId: string; contactId: string }

  beforeAll(async () => {
    unit = await createUnit(sql)
    await sql`update campaigns set theme = '学雷锋志愿服务月' where id = ${unit.campaignId}`
  })

  it('gets 不合格 for a grey picture with no banner and nobody in it, with the reasons and how to retake it', async () => {
    const activityId = await createActivity(sql, unit, { startsIn: -180, endsIn: -60, title: '社区环境整治志愿服务' })
    // Signed out, the bottom bar has no 活动照片.
    await page.goto(apiUrl(`/#/pages/activity/index?id=${activityId}`))
    await page.locator('.signup-action').waitFor({ timeout: 15_000 })
    expect(await page.locator('.photos-entry').count()).toBe(0)

    await signInAs(page, unit.contactId)
    await openPhotosPage(activityId, 'photo-entry')
    await expect(page.locator('.photos-activity-title').innerText()).resolves.toBe('社区环境整治志愿服务')
    await expect(page.locator('.photo-rules-card').innerText()).resolves.toMatch(/拍摄要求[\s\S]*清晰整洁[\s\S]*主题突出[\s\S]*学雷锋志愿服务月[\s\S]*统一着装[\s\S]*20 人以上/)
    await page.getByText('还没有上传照片').waitFor()
    await page.waitForTimeout(300) // the page's slide-in
    await shoot(page, 'photo-page-empty')

    const grey = await greyMosaicJpeg()
    await recordBadges()
    await chooseFile('.photo-upload-button', { name: 'grey.jpg', mimeType: 'image/jpeg', buffer: grey })
    await page.locator('.photo-verdict', { hasText: '检查中' }).first().waitFor({ timeout: 5_000 })
    await shoot(page, 'photo-checking')

    const card = page.locator('.photo-card[data-status="failed"]')
    await card.waitFor({ timeout: 30_000 })
    expect(await badgesSeen()).toEqual(['检查中', '不合格'])
    await expect(card.locator('.photo-verdict').innerText()).resolves.toBe('不合格')
    expect(await card.locator('.photo-rule').count()).toBeGreaterThanOrEqual(4)
    // No banner and nobody in the picture: both rules fail, each with a 重拍建议.
    await expect(card.locator('.photo-rule--fail[data-rule="theme_banner"]').innerText()).resolves.toMatch(/横幅/)
    await expect(card.locator('.photo-rule--fail[data-rule="people"]').innerText()).resolves.toMatch(/人/)
    const hints = await card.locator('.photo-retake-hint').allInnerTexts()
    expect(hints.length).toBeGreaterThanOrEqual(2)
    hints.forEach((hint) => expect(hint).toMatch(/^重拍建议：\S+/))
    await expect(card.locator('.photo-retake').innerText()).resolves.toBe('重新拍摄')
    await card.locator('.photo-thumb img').evaluate((img) => (img as HTMLImageElement).decode())
    await card.screenshot({ path: path.join(SCREENSHOTS_DIR, 'photo-failed-card.png') })
    await shoot(page, 'photo-failed')

    // 重新拍摄 opens the chooser again; a file that is not JPEG/PNG/WebP never leaves the phone.
    const uploads: string[] = []
    page.on('request', (r) => r.url().includes('/api/photos/upload-url') && uploads.push(r.url()))
    await chooseFile('.photo-retake', { name: 'notes.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('GIF89a not a photo') })
    await page.locator('.taro__toast').getByText('只支持 JPG、PNG 或 WebP 格式的照片').waitFor({ timeout: 5_000 })
    expect(uploads).toEqual([])

    // The verdict is stored: a fresh visit lists it.
    await page.reload()
    await page.locator('.photo-card[data-status="failed"] .photo-retake-hint').first().waitFor({ timeout: 15_000 })
    expect(await page.locator('.photo-card').count()).toBe(1)
  })

  ;(hasEvalPhotos ? it : it.skip)('gets 合格 for a real group photo with the theme banner', async () => {
    const activityId = await createActivity(sql, unit, { startsIn: -180, endsIn: -60, title: '关爱困境儿童〈圆梦微心愿〉志愿服务活动' })
    await openPhotosPage(activityId)
    // As if the check outlasted the upload request: the page must ask GET /api/photos/:id until it ends.
    const polled: string[] = []
    page.on('request', (r) => /\/api\/photos\/[0-9a-f-]{36}$/.test(new URL(r.url()).pathname) && polled.push(r.url()))
    const photosEndpoint = (url: URL) => url.pathname === '/api/photos'
    await page.route(
      photosEndpoint,
      async (route) => {
        if (route.request().method() !== 'POST') return route.continue()
        const response = await route.fetch()
        const photo = { ...(await response.json()), status: 'queued', rules: [], peopleCount: null, bannerText: null, checkedAt: null }
        return route.fulfill({ response, json: photo })
      },
    )
    await chooseFile('.photo-upload-button', EVAL_PHOTO)
    await page.locator('.photo-card[data-status="queued"] .photo-progress').waitFor({ timeout: 30_000 })
    const card = page.locator('.photo-card[data-status="passed"]')
    await card.waitFor({ timeout: 10_000 })
    expect(polled.length).toBeGreaterThanOrEqual(1)
    await page.unroute(photosEndpoint)
    await expect(card.locator('.photo-verdict').innerText()).resolves.toBe('合格')
    await expect(card.locator('.photo-finding').allInnerTexts()).resolves.toEqual([expect.stringMatching(/^识别人数 \d+ 人$/), expect.stringMatching(/^横幅文字 “.*圆梦微心愿.*”$/)])
    expect(await card.locator('.photo-rule--fail').count()).toBe(0)
    expect(await card.locator('.photo-retake').count()).toBe(0)
    await card.locator('.photo-thumb img').evaluate((img) => (img as HTMLImageElement).decode())
    await card.screenshot({ path: path.join(SCREENSHOTS_DIR, 'photo-passed-card.png') })
  })
})
