import { randomUUID } from 'node:crypto'
import { ZUnitPhotosResponse, type TUnitPhotosResponse } from '../../types/api/photos'
import { api } from '../setup/api-client'
import { asUser, connectTestDb } from '../setup/db'
import { createActivity, createUnit, createVolunteers, tokenFor } from '../setup/journey'

/**
 * 提交本单位照片: the unit hands in its passed photos (and those awaiting review) by the photos
 * deadline; withdraws before it; resubmits after 退回. Verdicts are stored check results, as
 * the checker writes them (the checker itself is exercised in photos.test.ts and tests/photo).
 */
const sql = connectTestDb()
afterAll(() => sql.end())

type TUnit = Awaited<ReturnType<typeof createUnit>>
type TVerdict = 'passed' | 'failed' | 'needs_review' | null

/** A recorded photo of the activity with a stored verdict (null: still queued). */
async function photoWith(unit: TUnit, activityId: string, verdict: TVerdict, failing: { rule: string; message: string }[] = []): Promise<string> {
  const [photo] = await sql<{ id: string }[]>`
    insert into photos (campaign_id, unit_id, purpose, activity_id, storage_path, display_path, sha256, byte_size, width, height)
    values (${unit.campaignId}, ${unit.unitId}, 'activity', ${activityId}, ${`${unit.campaignId}/${unit.unitId}/${activityId}/${randomUUID()}.jpg`}, ${`${unit.campaignId}/${unit.unitId}/${activityId}/${randomUUID()}.display.jpg`},
            ${'b'.repeat(64)}, 1000, 1200, 900)
    returning id`
  const id = photo!.id
  await sql`insert into photo_check_jobs (photo_id, sha256, status) values (${id}, ${'b'.repeat(64)}, ${verdict ? 'done' : 'queued'})`
  if (verdict) {
    const rules = [
      { rule: 'people', status: verdict === 'needs_review' ? 'review' : 'pass', score: 1, message: '照片中约有 21 人。',
        details: { count: 21, tolerance: 2.1, frame: { width: 1200, height: 900 }, boxes: [{ x: 120, y: 90, w: 60, h: 60, score: 0.9 }] } },
      ...failing.map((f) => ({ ...f, status: 'fail', score: 0 })),
    ]
    await sql`insert into photo_check_results (photo_id, verdict, rules, engine_version) values (${id}, ${verdict}, ${sql.json(rules)}, 'test')`
  }
  return id
}

async function photosDeadline(unit: TUnit, dueInMinutes: number): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into campaign_deadlines (campaign_id, kind, title, due_at)
    values (${unit.campaignId}, 'photos', '活动图片上传', now() + make_interval(mins => ${dueInMinutes})) returning id`
  return row!.id
}

async function unitPhotos(unit: TUnit, token = tokenFor(unit.contactId)): Promise<TUnitPhotosResponse> {
  const response = await api(`/api/units/${unit.unitId}/photos`, { token })
  expect(response.status).toBe(200)
  return ZUnitPhotosResponse.parse(response.body)
}

const submit = (unit: TUnit, photoIds: string[], token = tokenFor(unit.contactId)) =>
  api(`/api/units/${unit.unitId}/photo-handin`, { token, body: { photoIds } })
const withdraw = (unit: TUnit, token = tokenFor(unit.contactId)) => api(`/api/units/${unit.unitId}/photo-handin`, { method: 'DELETE', token })

describe('photo hand-in (提交本单位照片)', () => {
  let unit: TUnit
  let other: TUnit
  let activityId: string
  let deadlineId: string
  let photos: { passed: string; review: string; failed: string; queued: string; cancelled: string; foreign: string }

  beforeAll(async () => {
    unit = await createUnit(sql)
    other = await createUnit(sql)
    deadlineId = await photosDeadline(unit, 24 * 60)
    activityId = await createActivity(sql, unit, { startsIn: -180, endsIn: -60, title: '社区环境整治' })
    const later = await createActivity(sql, unit, { startsIn: -60 * 30, endsIn: -60 * 29, title: '关爱老人' })
    const withdrawn = await createActivity(sql, unit, { startsIn: -60 * 50, endsIn: -60 * 49, title: '已撤回的活动' })
    const otherActivity = await createActivity(sql, other, { startsIn: -120, endsIn: -60 })
    photos = {
      passed: await photoWith(unit, activityId, 'passed'),
      review: await photoWith(unit, later, 'needs_review'),
      failed: await photoWith(unit, activityId, 'failed', [{ rule: 'theme_banner', message: '照片中没有看到写有活动主题的横幅。' }]),
      queued: await photoWith(unit, activityId, null),
      cancelled: await photoWith(unit, withdrawn, 'passed'),
      foreign: await photoWith(other, otherActivity, 'passed'),
    }
    await sql`update activities set status = 'cancelled', withdrawn_at = now() where id = ${withdrawn}`
  })

  it('lists every photo of the unit by activity, with verdicts, evidence and what may be done', async () => {
    const page = await unitPhotos(unit)
    expect(page.unit).toEqual({ id: unit.unitId, name: '测试单位' })
    expect(page.deadline).toMatchObject({ id: deadlineId, passed: false })
    expect(page).toMatchObject({ submission: null, canSubmit: true, canWithdraw: false, blockedReason: null })
    expect(page.activities.map((a) => a.title)).toEqual(['社区环境整治', '关爱老人', '已撤回的活动'])
    const byId = new Map(page.activities.flatMap((a) => a.photos).map((p) => [p.id, p]))
    expect(byId.size).toBe(5)
    expect(byId.has(photos.foreign)).toBe(false)
    expect([photos.passed, photos.review, photos.failed, photos.queued].map((id) => byId.get(id)!.status)).toEqual(['passed', 'needs_review', 'failed', 'queued'])
    expect(page.activities[2]!.cancelled).toBe(true)
    // The face box in shares of the picture, ready to draw over any copy of it.
    expect(byId.get(photos.passed)!.evidence!.people).toEqual({ boxes: [{ x: 0.1, y: 0.1, w: 0.05, h: 0.0667 }], count: 21, tolerance: 2.1, required: 20 })
  })

  it('refuses other units, nothing chosen, and photos that cannot be handed in — naming the photo and why', async () => {
    const stranger = tokenFor(other.contactId)
    expect((await api(`/api/units/${unit.unitId}/photos`, { token: stranger })).body.code).toBe('unit_not_found')
    expect(await submit(unit, [photos.passed], stranger)).toMatchObject({ status: 404, body: { code: 'unit_not_found' } })
    const [volunteer] = await createVolunteers(sql, 1)
    expect((await submit(unit, [photos.passed], tokenFor(volunteer!))).status).toBe(404)

    const none = await submit(unit, [])
    expect(none).toMatchObject({ status: 400, body: { code: 'validation_failed' } })
    expect(none.body.message).toContain('请至少选择一张照片')
    const failed = await submit(unit, [photos.passed, photos.failed])
    expect(failed).toMatchObject({ status: 400, body: { code: 'validation_failed' } })
    expect(failed.body.message).toMatch(/^“社区环境整治”\d+月\d+日 \d{2}:\d{2} 上传的照片不合格（主题横幅不符合要求），不能提交/)
    expect((await submit(unit, [photos.queued])).body.message).toContain('还在检查中')
    expect((await submit(unit, [photos.cancelled])).body.message).toContain('所属的活动已撤回')
    expect((await submit(unit, [photos.passed, photos.foreign])).body.message).toContain('不属于本单位')
    expect((await submit(unit, [photos.passed, photos.passed])).body.message).toContain('同一张照片选了两次')
    // Nothing half-saved.
    expect(await sql`select 1 from unit_submissions where unit_id = ${unit.unitId}`).toHaveLength(0)
    expect(await sql`select 1 from photos where unit_id = ${unit.unitId} and handed_in_at is not null`).toHaveLength(0)
  })

  it('hands in passed photos and those awaiting review, locks them, and lets the unit withdraw before the deadline', async () => {
    const token = tokenFor(unit.contactId)
    const response = await submit(unit, [photos.passed, photos.review])
    expect(response.status).toBe(200)
    const page = ZUnitPhotosResponse.parse(response.body)
    expect(page.submission).toMatchObject({ status: 'submitted', submittedAt: expect.stringMatching(/\+08:00$/) })
    expect(page).toMatchObject({ canSubmit: false, canWithdraw: true, blockedReason: '本单位照片已提交；如需修改，请先撤回' })
    const handedIn = page.activities.flatMap((a) => a.photos).filter((p) => p.handedInAt !== null).map((p) => p.id)
    expect(handedIn.sort()).toEqual([photos.passed, photos.review].sort())
    const [row] = await sql`select kind, status, submitted_by, deadline_id from unit_submissions where unit_id = ${unit.unitId}`
    expect(row).toMatchObject({ kind: 'photos', status: 'submitted', submitted_by: unit.contactId, deadline_id: deadlineId })
    const [audit] = await sql<{ action: string; after: { photoIds: string[]; awaitingReview: number } }[]>`
      select action, after from audit_log where actor_id = ${unit.contactId} and action = 'photos_submitted'`
    expect(audit!.after).toMatchObject({ awaitingReview: 1 })
    expect(audit!.after.photoIds.sort()).toEqual([photos.passed, photos.review].sort())

    expect(await submit(unit, [photos.passed])).toMatchObject({ status: 409, body: { code: 'already_submitted' } })
    // A handed-in photo stays while the return is submitted; one not handed in may go.
    const locked = await api(`/api/photos/${photos.passed}`, { method: 'DELETE', token })
    expect(locked).toMatchObject({ status: 409, body: { code: 'already_submitted', message: '这张照片已随本单位照片提交，请先撤回提交再删除' } })
    expect((await api(`/api/photos/${photos.failed}`, { method: 'DELETE', token })).status).toBe(200)
    // The database holds the same rule, whoever writes.
    const deleted = await asUser(sql, unit.contactId, (tx) => tx`delete from photos where id = ${photos.review} returning id`)
    expect(deleted).toHaveLength(0)

    const withdrawn = await withdraw(unit)
    expect(withdrawn.status).toBe(200)
    const after = ZUnitPhotosResponse.parse(withdrawn.body)
    expect(after).toMatchObject({ submission: { status: 'draft' }, canSubmit: true, canWithdraw: false })
    expect(after.activities.flatMap((a) => a.photos).every((p) => p.handedInAt === null)).toBe(true)
    expect(await sql`select 1 from audit_log where actor_id = ${unit.contactId} and action = 'photos_withdrawn'`).toHaveLength(1)
    expect(await withdraw(unit)).toMatchObject({ status: 409, body: { code: 'not_submitted' } })
    expect((await api(`/api/photos/${photos.passed}`, { method: 'DELETE', token })).status).toBe(200)
  })

  it('refuses submitting and withdrawing after the deadline, except resubmitting what the organiser returned', async () => {
    const late = await createUnit(sql)
    await photosDeadline(late, -60)
    const activity = await createActivity(sql, late, { startsIn: -300, endsIn: -240 })
    const photo = await photoWith(late, activity, 'passed')
    const page = await unitPhotos(late)
    expect(page).toMatchObject({ canSubmit: false, deadline: { passed: true } })
    expect(page.blockedReason).toMatch(/^已过报送截止时间（\d+月\d+日 \d{2}:\d{2}），不能再提交$/)
    expect(await submit(late, [photo])).toMatchObject({ status: 409, body: { code: 'deadline_passed' } })

    // Submitted in time, then the deadline passed: no withdrawing any more.
    await sql`insert into unit_submissions (campaign_id, unit_id, deadline_id, kind, status, submitted_at)
              select ${late.campaignId}, ${late.unitId}, id, 'photos', 'submitted', now() - interval '2 hours'
              from campaign_deadlines where campaign_id = ${late.campaignId}`
    expect(await withdraw(late)).toMatchObject({ status: 409, body: { code: 'deadline_passed' } })

    // 退回 by the organiser: resubmitting stays allowed after the deadline.
    await sql`update unit_submissions set status = 'returned', returned_at = now(), return_reason = '请补充活动现场合影' where unit_id = ${late.unitId}`
    const returned = await unitPhotos(late)
    expect(returned).toMatchObject({ canSubmit: true, submission: { status: 'returned', returnReason: '请补充活动现场合影' } })
    const resubmitted = await submit(late, [photo])
    expect(resubmitted.status).toBe(200)
    expect(ZUnitPhotosResponse.parse(resubmitted.body).submission?.status).toBe('submitted')
    expect(await sql`select 1 from audit_log where actor_id = ${late.contactId} and action = 'photos_resubmitted'`).toHaveLength(1)
  })

  it('says so when the campaign asks for no photo return', async () => {
    const plain = await createUnit(sql)
    const activity = await createActivity(sql, plain, { startsIn: -300, endsIn: -240 })
    const photo = await photoWith(plain, activity, 'passed')
    const page = await unitPhotos(plain)
    expect(page).toMatchObject({ deadline: null, canSubmit: false, blockedReason: '本活动月没有设置活动照片的报送，无需提交' })
    expect(await submit(plain, [photo])).toMatchObject({ status: 404, body: { message: '本活动月没有设置活动照片的报送，无需提交' } })
  })
})
