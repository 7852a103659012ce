import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import type { Page } from 'playwright-core'
import type postgres from 'postgres'
import { ZCreatePhotoUploadResponse, ZPhoto, type TPhoto } from '../../types/api/photos'
import { api, apiUrl } from '../setup/api-client'
import { setUpDeskTests } from '../setup/desk-browser'
import { createActivity, tokenFor } from '../setup/journey'
import { dialogGone, openPhone, picturesShown, settled, shoot, signInAs, toastGone, type TPhoneBrowser } from '../setup/phone-browser'

/**
 * 照片复核 in the H5 build. Photos of two units go through the real checker (labelled real photos
 * from ../shared/photo-eval, never copied into the repository). On a desk (1280×800) the organiser
 * walks the 待复核 grid with ← →, passes with A, rejects with R and a reason, and rejects two
 * 不合格 photos at once; on a phone (375×812) one photo at a time, swiped, decided with the buttons;
 * the unit then reads the decision and the reason on its 提交本单位照片 page.
 */
const EVAL_DIR = path.resolve(__dirname, '../../../shared/photo-eval/images')
const hasEvalPhotos = existsSync(path.join(EVAL_DIR, 'lab-19-on.jpg'))
if (!hasEvalPhotos) console.log(`photo-review e2e: ${EVAL_DIR} is absent — skipping the review journeys (they need real photos the checker sends to review)`)
const describeWithPhotos = hasEvalPhotos ? describe : describe.skip

let sql: postgres.Sql

type TUnit = { campaignId: string; unitId: string; contactId: string; name: string }
type TWorld = { campaignId: string; organiser: string; units: [TUnit, TUnit]; photos: Array<TPhoto & { unit: TUnit; file: string }> }

/** A campaign of its own (so no other test's photos enter its queue): two districts, two units, an organiser. */
async function createWorld(): Promise<TWorld> {
  const slug = `review-${randomUUID().slice(0, 8)}`
  const [campaign] = await sql<{ id: string }[]>`
    insert into campaigns (slug, issuer, city, year, title, theme, period_start, period_end)
    values (${slug}, '连云港市文明办', '连云港市', 2030, '2030年连云港市学雷锋志愿服务集中活动', '学雷锋志愿服务月', '2030-03-01', '2030-03-31') returning id`
  const campaignId = campaign!.id
  const districts = await sql<{ id: string }[]>`
    insert into districts (campaign_id, key, name, kind, sort) values (${campaignId}, 'hz', '海州区', 'county', 1), (${campaignId}, 'ly', '连云区', 'county', 2) returning id`
  const people = await sql<{ id: string }[]>`
    insert into app_users (display_name) values ('陈复核（组织方）'), ('海州区文明办联系人'), ('连云区文明办联系人') returning id`
  const [organiser, contactA, contactB] = people.map((p) => p.id) as [string, string, string]
  const unitRows = await sql<{ id: string }[]>`
    insert into units (campaign_id, key, name, district_id, sort) values
      (${campaignId}, 'hz', '海州区文明办', ${districts[0]!.id}, 1), (${campaignId}, 'ly', '连云区文明办', ${districts[1]!.id}, 2) returning id`
  await sql`insert into memberships (user_id, campaign_id, role, unit_id) values
    (${organiser}, ${campaignId}, 'organiser', null), (${contactA}, ${campaignId}, 'unit_contact', ${unitRows[0]!.id}),
    (${contactB}, ${campaignId}, 'unit_contact', ${unitRows[1]!.id})`
  await sql`insert into campaign_deadlines (campaign_id, kind, title, due_at) values (${campaignId}, 'photos', '活动图片', now() + interval '5 days')`
  const units: [TUnit, TUnit] = [
    { campaignId, unitId: unitRows[0]!.id, contactId: contactA, name: '海州区文明办' },
    { campaignId, unitId: unitRows[1]!.id, contactId: contactB, name: '连云区文明办' },
  ]
  return { campaignId, organiser, units, photos: [] }
}

/** The unit contact's three steps (signed URL, PUT, record): the real checker decides. */
async function upload(unit: TUnit, activityId: string, file: string): Promise<TPhoto> {
  const bytes = readFileSync(path.join(EVAL_DIR, file))
  const token = tokenFor(unit.contactId)
  const signed = ZCreatePhotoUploadResponse.parse((await api('/api/photos/upload-url', { token, body: { activityId, contentType: 'image/jpeg', byteSize: bytes.length } })).body)
  expect((await fetch(signed.uploadUrl, { method: 'PUT', body: bytes, headers: { 'content-type': 'image/jpeg' } })).status).toBe(200)
  const recorded = await api('/api/photos', { token, body: { activityId, path: signed.path } })
  expect(recorded.status).toBe(200)
  return ZPhoto.parse(recorded.body)
}

async function latestReview(photoId: string) {
  const [row] = await sql<{ review_verdict: string | null; review_note: string | null }[]>`
    select review_verdict, review_note from photo_check_results where photo_id = ${photoId} order by checked_at desc limit 1`
  return row!
}

async function openReview(page: Page, world: TWorld): Promise<void> {
  await signInAs(page, world.organiser)
  await page.goto(apiUrl(`/#/package-organiser/photo-review/index?campaignId=${world.campaignId}`))
  await page.reload()
  await page.locator('.review-toolbar').first().waitFor({ timeout: 20_000 })
}

/** The viewer shows this photo, its picture decoded (for the screenshot). */
async function viewing(page: Page, photoId: string): Promise<void> {
  await page.waitForFunction((id) => document.querySelector('.review-viewer')?.getAttribute('data-photo-id') === id, photoId, { timeout: 10_000 })
  await picturesShown(page, '.review-viewer .photo-evidence img')
  await settled(page, '.review-viewer')
}

const viewerId = (page: Page) => page.locator('.review-viewer').first().getAttribute('data-photo-id')

describeWithPhotos('photo review in the browser', () => {
  let desk: { page: Page; failures: string[] }
  setUpDeskTests((opened) => {
    sql = opened.sql
    desk = opened
  })
  let world: TWorld
  let reviewIds: string[]
  let failedIds: string[]

  beforeAll(async () => {
    world = await createWorld()
    const [unitA, unitB] = world.units
    const activityA = await createActivity(sql, unitA, { startsIn: -60 * 26, endsIn: -60 * 24, title: '关爱困境儿童〈圆梦微心愿〉志愿服务活动' })
    const activityB = await createActivity(sql, unitB, { startsIn: -60 * 6, endsIn: -60 * 5, title: '学雷锋文明交通志愿服务' })
    // Oldest first in the queue: the order of upload.
    const plan: Array<[TUnit, string, string]> = [
      [unitA, activityA, 'lab-19-on.jpg'],
      [unitA, activityA, 'class-52-dark.jpg'],
      [unitB, activityB, 'lab-19-on2.jpg'],
      [unitB, activityB, 'steps-16-on.jpg'],
      [unitA, activityA, 'class-52-on.jpg'],
      [unitB, activityB, 'class-52-blur.jpg'],
    ]
    for (const [unit, activityId, file] of plan) world.photos.push({ ...(await upload(unit, activityId, file)), unit, file })
    reviewIds = world.photos.filter((p) => p.status === 'needs_review').map((p) => p.id)
    failedIds = world.photos.filter((p) => p.status === 'failed').map((p) => p.id)
    // The real checker: the 19-person photos go to a person, the dark / 16-person / blurred ones fail.
    expect(reviewIds.length).toBeGreaterThanOrEqual(2)
    expect(failedIds.length).toBeGreaterThanOrEqual(3)
    // Unit A hands in its photos awaiting review: the reviewer must see that.
    const handIn = world.photos.filter((p) => p.unit === unitA && p.status === 'needs_review').map((p) => p.id)
    const handed = await api(`/api/units/${unitA.unitId}/photo-handin`, { token: tokenFor(unitA.contactId), body: { photoIds: handIn } })
    expect(handed.status).toBe(200)
  }, 240_000)

  describe('on a desk (1280×800)', () => {
    let page: Page
    let failures: string[]
    beforeAll(() => {
      page = desk.page
      failures = desk.failures
    })

    it('shows the 待复核 grid beside a large viewer with the detectors’ evidence on the photo', async () => {
      await openReview(page, world)
      await viewing(page, reviewIds[0]!)
      await shoot(page, 'photo-review-desk')
      expect(await page.locator('.review-grid-tile').count()).toBe(reviewIds.length)
      expect(await page.locator('.review-grid-tile').evaluateAll((tiles) => tiles.map((t) => t.getAttribute('data-photo-id')))).toEqual(reviewIds)
      await expect(page.locator('.tabs__tab--needs_review').innerText()).resolves.toContain(`待复核 ${reviewIds.length}`)
      await expect(page.locator('.tabs__tab--failed').innerText()).resolves.toContain(`不合格 ${failedIds.length}`)
      expect(await viewerId(page)).toBe(reviewIds[0])

      // The first photo (19 people, handed in by 海州区文明办): faces boxed, banner read, figures in words.
      const viewer = page.locator('.review-viewer')
      await expect(viewer.locator('.review-viewer__place').innerText()).resolves.toContain('海州区 · 海州区文明办')
      await expect(viewer.locator('.review-handed-in').innerText()).resolves.toBe('单位已提交')
      expect(await viewer.locator('.evidence-face').count()).toBeGreaterThan(10)
      expect(await viewer.locator('.evidence-banner').count()).toBeGreaterThan(0)
      const words = await viewer.locator('.evidence-words').allInnerTexts()
      expect(words.some((w) => /^红框：识别到 \d+ 张人脸/.test(w))).toBe(true)
      expect(words.some((w) => /^清晰度：模糊度 0\.\d\d/.test(w))).toBe(true)
      expect(words.some((w) => /^亮度：平均亮度 \d+/.test(w))).toBe(true)
      await expect(viewer.locator('.review-effect-fail').innerText()).resolves.toContain('该单位已提交这张照片')
      // Grid and viewer side by side; the decision buttons within the window without scrolling.
      const grid = (await page.locator('.review-desk__list').boundingBox())!
      const pane = (await page.locator('.review-desk__viewer').boundingBox())!
      expect(pane.x).toBeGreaterThan(grid.x + grid.width - 1)
      const pass = (await page.locator('.review-pass').boundingBox())!
      expect(pass.y + pass.height).toBeLessThanOrEqual(800)
      // The photo is drawn large: wider than half the viewer pane.
      expect((await viewer.locator('.photo-evidence__frame').boundingBox())!.width).toBeGreaterThan(pane.width * 0.5)
      expect(failures).toEqual([])
    })

    it('→ steps, A passes, R asks for a reason and rejects; the queue moves on', async () => {
      await page.keyboard.press('ArrowRight')
      expect(await viewerId(page)).toBe(reviewIds[1])
      await page.keyboard.press('ArrowLeft')
      expect(await viewerId(page)).toBe(reviewIds[0])

      await page.keyboard.press('a')
      await page.locator(`.review-grid-tile[data-photo-id="${reviewIds[0]}"]`).waitFor({ state: 'detached', timeout: 10_000 })
      expect(await latestReview(reviewIds[0]!)).toEqual({ review_verdict: 'passed', review_note: null })
      expect(await viewerId(page)).toBe(reviewIds[1])
      await expect(page.locator('.tabs__tab--needs_review').innerText()).resolves.toContain(`待复核 ${reviewIds.length - 1}`)
      await toastGone(page)

      await page.keyboard.press('r')
      const sheet = page.locator('.review-reason')
      await sheet.waitFor({ timeout: 5_000 })
      // Nothing chosen: not sent, the field asks for a reason.
      await sheet.locator('.review-reason-confirm').click()
      await expect(sheet.locator('.review-reason__error').innerText()).resolves.toContain('请选择或填写')
      expect(await latestReview(reviewIds[1]!)).toMatchObject({ review_verdict: null })
      const chips = await sheet.locator('.review-reason-chip').allInnerTexts()
      expect(chips[0]).toBe('合影人数不足 20 人')
      await shoot(page, 'photo-review-desk-reason')
      await sheet.locator('.review-reason-chip').first().click()
      await sheet.locator('.review-reason-input input').press('Enter')
      await sheet.waitFor({ state: 'detached', timeout: 10_000 })
      expect(await latestReview(reviewIds[1]!)).toEqual({ review_verdict: 'failed', review_note: '合影人数不足 20 人' })
      const [audit] = await sql<{ n: number }[]>`select count(*)::int as n from audit_log where campaign_id = ${world.campaignId} and action = 'photo_reviewed'`
      expect(audit!.n).toBe(2)
      await toastGone(page)
    })

    it('rejects two 不合格 photos at once with one reason', async () => {
      await page.locator('.tabs__tab--failed').click()
      await page.locator('.review-grid-tile').first().waitFor({ timeout: 10_000 })
      await page.waitForFunction((n) => document.querySelectorAll('.review-grid-tile').length === n, failedIds.length)
      const ids = failedIds.slice(0, 2)
      for (const id of ids) await page.locator(`.review-grid-tile[data-photo-id="${id}"] .review-tile-tick`).click()
      await expect(page.locator('.review-batch-bar').innerText()).resolves.toContain('已勾选 2 张')
      await expect(page.locator('.review-reject').innerText()).resolves.toContain('不通过 2 张')
      await picturesShown(page, '.review-viewer .photo-evidence img')
      await settled(page, '.review-viewer')
      await shoot(page, 'photo-review-desk-batch')
      await page.locator('.review-reject').click()
      const sheet = page.locator('.review-reason')
      await sheet.waitFor()
      await expect(sheet.locator('.bottom-sheet__title').innerText()).resolves.toBe('2 张照片不通过的原因')
      await sheet.locator('.review-reason-input input').fill('请重新拍摄：画面需清晰、明亮，20 人以上')
      await sheet.locator('.review-reason-confirm').click()
      await sheet.waitFor({ state: 'detached', timeout: 10_000 })
      for (const id of ids) expect(await latestReview(id)).toEqual({ review_verdict: 'failed', review_note: '请重新拍摄：画面需清晰、明亮，20 人以上' })
      expect(await page.locator('.review-grid-tile').count()).toBe(failedIds.length - 2)
      await toastGone(page)

      // 已复核: every decision with its reason and who made it.
      await page.locator('.tabs__tab--decided').click()
      await page.waitForFunction(() => document.querySelectorAll('.review-grid-tile').length === 4)
      await picturesShown(page, '.review-viewer .photo-evidence img')
      await expect(page.locator('.review-decision').innerText()).resolves.toMatch(/^已通过（陈复核（组织方） \d+月\d+日 \d\d:\d\d）$/)
      await shoot(page, 'photo-review-desk-decided')
      expect(failures).toEqual([])
    })
  })

  describe('on a phone (375×812)', () => {
    let phone: TPhoneBrowser
    let page: Page
    beforeAll(async () => {
      phone = await openPhone()
      page = phone.page
    })
    afterAll(async () => {
      await phone?.close()
    })

    it('shows one photo at a time: swipe to the next, decide with the buttons', async () => {
      await openReview(page, world)
      // 不合格: what the desk left of it.
      await page.locator('.tabs__tab--failed').click()
      const remaining = failedIds.slice(2)
      await viewing(page, remaining[0]!)
      await expect(page.locator('.review-position').innerText()).resolves.toBe(`第 1 / ${remaining.length} 张`)
      // Buttons in the bar at the bottom of the screen, the photo across the width.
      const bar = (await page.locator('.review-phone__bar').boundingBox())!
      expect(bar.y + bar.height).toBeLessThanOrEqual(812 + 1)
      expect((await page.locator('.review-viewer .photo-evidence__frame').boundingBox())!.width).toBeGreaterThan(300)
      await shoot(page, 'photo-review-phone')
      // Below the photo: the figures, what each decision changes, every rule; the bar stays.
      await page.locator('.review-viewer__rules').scrollIntoViewIfNeeded()
      await expect(page.locator('.review-viewer .review-effect-pass').innerText()).resolves.toContain('推翻')
      await settled(page, '.review-viewer__rules')
      await shoot(page, 'photo-review-phone-rules')
      await page.locator('.review-viewer__place').scrollIntoViewIfNeeded()

      if (remaining.length > 1) {
        // A swipe to the left shows the next photo; to the right, back.
        const swipe = (from: number, to: number) =>
          page.locator('.review-phone__stage').evaluate(
            (el, [a, b]) => {
              const touch = (x: number) => new Touch({ identifier: 1, target: el, clientX: x, clientY: 400 })
              el.dispatchEvent(new TouchEvent('touchstart', { bubbles: true, touches: [touch(a!)], changedTouches: [touch(a!)] }))
              el.dispatchEvent(new TouchEvent('touchend', { bubbles: true, touches: [], changedTouches: [touch(b!)] }))
            },
            [from, to],
          )
        await swipe(300, 80)
        expect(await viewerId(page)).toBe(remaining[1])
        await swipe(80, 300)
        expect(await viewerId(page)).toBe(remaining[0])
      }
      // 通过 with the button: the photo leaves the tab.
      await page.locator('.review-pass').click()
      await page.waitForFunction((id) => document.querySelector('.review-viewer')?.getAttribute('data-photo-id') !== id, remaining[0] ?? '')
      expect(await latestReview(remaining[0]!)).toEqual({ review_verdict: 'passed', review_note: null })
      await toastGone(page)
    })

    it('the unit reads the decision and the reason on its 提交本单位照片 page', async () => {
      const rejected = reviewIds[1]!
      const owner = world.photos.find((p) => p.id === rejected)!.unit
      await signInAs(page, owner.contactId)
      await page.goto(apiUrl(`/#/package-unit/photo-handin/index?unitId=${owner.unitId}`))
      await page.reload()
      const item = page.locator(`.handin-photo[data-photo-id="${rejected}"]`)
      await item.waitFor({ timeout: 20_000 })
      await expect(item.locator('.handin-choice').innerText()).resolves.toBe('组织方复核为不合格，不能提交：合影人数不足 20 人。请到活动照片页重新拍摄上传。')
      await expect(item.locator('.photo-verdict').innerText()).resolves.toBe('不合格')
      await item.scrollIntoViewIfNeeded()
      await settled(page, `.handin-photo[data-photo-id="${rejected}"]`)
      await shoot(page, 'photo-review-unit-sees-reason')
      await dialogGone(page)
    })
  })
})
