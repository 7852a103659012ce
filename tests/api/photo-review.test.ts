import { randomUUID } from 'node:crypto'
import sharp from 'sharp'
import { PHOTO_CHECK_CONFIG } from '../../cloud/lib/photo-check/config'
import { ZDecidePhotosResponse, ZPhotoReviewQueueResponse, type TPhotoReviewQueueResponse } from '../../types/api/photo-review'
import { ZCreatePhotoUploadResponse, ZPhoto, ZUnitPhotosResponse } from '../../types/api/photos'
import { api } from '../setup/api-client'
import { asUser, connectTestDb } from '../setup/db'
import { createActivity, createUnit, createVolunteers, tokenFor } from '../setup/journey'

/**
 * 照片复核: the queue of 待复核 / 不合格 photos per campaign (oldest first, with the detectors'
 * evidence), batch decisions with a reason for 不通过, the audit trail, what the unit then reads,
 * and who may do what: the campaign's organisers decide, its district admins only read their
 * district, everyone else is refused — through the API and, for writes, straight in SQL as the user.
 * Verdicts are stored check results as the checker writes them; one photo goes through the real check.
 */
const sql = connectTestDb()
afterAll(() => sql.end())

type TVerdict = 'passed' | 'failed' | 'needs_review' | 'error' | null

/** The rules' stored details as the checker writes them (rules/*-rule.ts), for a 1200×900 photo. */
function storedRules(verdict: Exclude<TVerdict, null>) {
  const review = verdict === 'needs_review'
  return [
    { rule: 'format', status: 'pass', score: 1, message: 'JPEG 图片，1200 × 900 像素。' },
    {
      rule: 'clarity', status: 'pass', score: 0.8, message: '画面清晰。',
      details: { blurEffectHorizontal: 0.31, blurEffectVertical: 0.36, laplacianVariance: 412.5, gradientAnisotropy: 0.7 },
    },
    {
      rule: 'exposure', status: verdict === 'failed' ? 'fail' : 'pass', score: 0.4,
      message: verdict === 'failed' ? '照片太暗，看不清人物和横幅。' : '亮度正常。',
      details: { meanLuminance: verdict === 'failed' ? 22.4 : 118.2, p05: 3, p50: 20, p95: 80, clippedBrightShare: 0.002 },
    },
    {
      rule: 'theme_banner', status: 'pass', score: 0.92, message: '横幅文字：“学雷锋志愿服务”，与活动主题相符。',
      details: {
        textSeen: '学雷锋志愿服务', matchScore: 0.92, matchedTarget: '学雷锋志愿服务月', frame: { width: 1200, height: 900 },
        lines: [{ text: '学雷锋志愿服务', box: { x: 300, y: 600, w: 600, h: 80 }, banner: true }],
      },
    },
    {
      rule: 'people', status: review ? 'review' : 'pass', score: 0.5,
      message: review ? '照片中约有 19 人，接近 20 人的要求，将由工作人员核对人数。' : '照片中约有 24 人。',
      details: {
        count: review ? 19 : 24, tolerance: 2, frame: { width: 1200, height: 900 },
        boxes: [{ x: 120, y: 90, w: 60, h: 60, score: 0.9 }, { x: 400, y: 100, w: 50, h: 50, score: 0.8 }],
      },
    },
  ]
}

type TUnit = { campaignId: string; unitId: string; contactId: string }

/** A recorded activity photo with a stored latest check (null: still queued); `ageMinutes` orders the queue. */
async function photoWith(unit: TUnit, activityId: string, verdict: TVerdict, ageMinutes: number, options: { handedIn?: boolean } = {}): Promise<string> {
  const [photo] = await sql<{ id: string }[]>`
    insert into photos (campaign_id, unit_id, purpose, activity_id, storage_path, display_path, sha256, byte_size, width, height, created_at, handed_in_at)
    values (${unit.campaignId}, ${unit.unitId}, 'activity', ${activityId}, ${`${unit.campaignId}/${unit.unitId}/${activityId}/${randomUUID()}.jpg`}, ${`${unit.campaignId}/${unit.unitId}/${activityId}/${randomUUID()}.display.jpg`},
            ${'c'.repeat(64)}, 1000, 1200, 900, now() - make_interval(mins => ${ageMinutes}), ${options.handedIn ? sql`now()` : null})
    returning id`
  const id = photo!.id
  await sql`insert into photo_check_jobs (photo_id, sha256, status) values (${id}, ${'c'.repeat(64)}, ${verdict ? 'done' : 'queued'})`
  if (verdict) {
    // An older check first: only the latest counts.
    await sql`insert into photo_check_results (photo_id, verdict, rules, engine_version, checked_at)
              values (${id}, 'passed', '[]', 'old', now() - interval '1 day')`
    await sql`insert into photo_check_results (photo_id, verdict, rules, engine_version) values (${id}, ${verdict}, ${sql.json(storedRules(verdict))}, 'test')`
  }
  return id
}

type TWorld = Awaited<ReturnType<typeof createWorld>>

/** A campaign with two districts and three units, its organiser, a district admin, and a second campaign. */
async function createWorld() {
  const unitA = await createUnit(sql)
  const campaignId = unitA.campaignId
  const [north, south] = await sql<{ id: string }[]>`
    insert into districts (campaign_id, key, name, kind, sort) values
      (${campaignId}, 'n', '北区', 'county', 1), (${campaignId}, 's', '南区', 'county', 2) returning id`
  await sql`update units set district_id = ${north!.id}, name = '北区甲单位' where id = ${unitA.unitId}`
  const more = await sql<{ id: string }[]>`
    insert into units (campaign_id, key, name, district_id, sort) values
      (${campaignId}, 'b', '北区乙单位', ${north!.id}, 2), (${campaignId}, 'c', '南区丙单位', ${south!.id}, 3) returning id`
  const people = await sql<{ id: string }[]>`
    insert into app_users (display_name) values ('复核组织方'), ('北区管理员'), ('乙联系人'), ('丙联系人') returning id`
  const [organiser, admin, contactB, contactC] = people.map((p) => p.id) as [string, string, string, string]
  await sql`insert into memberships (user_id, campaign_id, role, unit_id, district_id) values
    (${organiser}, ${campaignId}, 'organiser', null, null),
    (${admin}, ${campaignId}, 'district_admin', null, ${north!.id}),
    (${contactB}, ${campaignId}, 'unit_contact', ${more[0]!.id}, null),
    (${contactC}, ${campaignId}, 'unit_contact', ${more[1]!.id}, null)`
  const unitB: TUnit = { campaignId, unitId: more[0]!.id, contactId: contactB }
  const unitC: TUnit = { campaignId, unitId: more[1]!.id, contactId: contactC }

  // Another campaign with its own organiser and a photo in review.
  const other = await createUnit(sql)
  const [otherOrganiser] = await sql<{ id: string }[]>`insert into app_users (display_name) values ('别的组织方') returning id`
  await sql`insert into memberships (user_id, campaign_id, role) values (${otherOrganiser!.id}, ${other.campaignId}, 'organiser')`
  const otherActivity = await createActivity(sql, other, { startsIn: -180, endsIn: -120 })

  const activityA = await createActivity(sql, unitA, { startsIn: -60 * 48, endsIn: -60 * 46, title: '社区环境整治' })
  const activityB = await createActivity(sql, unitB, { startsIn: -60 * 30, endsIn: -60 * 28, title: '关爱老人' })
  const activityC = await createActivity(sql, unitC, { startsIn: -60 * 20, endsIn: -60 * 19, title: '文明交通' })
  // A photos deadline and unit A's return, submitted with its handed-in photo.
  const [deadline] = await sql<{ id: string }[]>`
    insert into campaign_deadlines (campaign_id, kind, title, due_at) values (${campaignId}, 'photos', '活动图片', now() + interval '3 days') returning id`
  await sql`insert into unit_submissions (campaign_id, unit_id, deadline_id, kind, status, submitted_at, submitted_by)
            values (${campaignId}, ${unitA.unitId}, ${deadline!.id}, 'photos', 'submitted', now(), ${unitA.contactId})`

  const photos = {
    // Oldest first: the order the queue must keep.
    reviewHandedIn: await photoWith(unitA, activityA, 'needs_review', 500, { handedIn: true }),
    failedA: await photoWith(unitA, activityA, 'failed', 450),
    errorB: await photoWith(unitB, activityB, 'error', 400),
    reviewB: await photoWith(unitB, activityB, 'needs_review', 300),
    passedA: await photoWith(unitA, activityA, 'passed', 250),
    queuedA: await photoWith(unitA, activityA, null, 200),
    reviewC: await photoWith(unitC, activityC, 'needs_review', 100),
    failedC: await photoWith(unitC, activityC, 'failed', 50),
    foreign: await photoWith(other, otherActivity, 'needs_review', 600),
  }
  const [volunteer] = await createVolunteers(sql, 1)
  return {
    campaignId, unitA, unitB, unitC, north: north!.id, south: south!.id, organiser, admin, otherOrganiser: otherOrganiser!.id,
    otherCampaignId: other.campaignId, volunteer: volunteer!, photos, activityA,
  }
}

async function queue(world: Pick<TWorld, 'campaignId' | 'organiser'>, query: string, token = tokenFor(world.organiser)): Promise<TPhotoReviewQueueResponse> {
  const response = await api(`/api/campaigns/${world.campaignId}/photo-review${query}`, { token })
  expect(response.status).toBe(200)
  return ZPhotoReviewQueueResponse.parse(response.body)
}

const decide = (world: TWorld, body: unknown, token = tokenFor(world.organiser), campaignId = world.campaignId) =>
  api(`/api/campaigns/${campaignId}/photo-review`, { token, body })

async function latestReview(photoId: string) {
  const [row] = await sql<{ review_verdict: string | null; review_note: string | null; reviewed_by: string | null }[]>`
    select review_verdict, review_note, reviewed_by from photo_check_results where photo_id = ${photoId} order by checked_at desc limit 1`
  return row!
}

describe('photo review queue', () => {
  let world: TWorld
  beforeAll(async () => {
    world = await createWorld()
  })

  it('lists undecided 待复核 photos (and checks that could not finish) oldest first, with their unit, activity and evidence', async () => {
    const page = await queue(world, '')
    expect(page.role).toBe('organiser')
    expect(page.canDecide).toBe(true)
    expect(page.items.map((i) => i.photo.id)).toEqual([world.photos.reviewHandedIn, world.photos.errorB, world.photos.reviewB, world.photos.reviewC])
    expect(page.counts).toEqual({ needsReview: 4, failed: 2, decided: 0 })
    expect(page.nextCursor).toBeNull()

    const first = page.items[0]!
    expect(first).toMatchObject({
      checkerVerdict: 'needs_review',
      review: null,
      unit: { id: world.unitA.unitId, name: '北区甲单位', districtId: world.north, districtName: '北区' },
      activity: { id: world.activityA, title: '社区环境整治' },
      handedIn: true,
      returnStatus: 'submitted',
    })
    expect(first.ifFailed).toContain('已提交这张照片')
    expect(first.ifPassed).toContain('已提交这张照片')
    expect(page.items[2]!.handedIn).toBe(false)
    expect(page.items[2]!.ifFailed).toContain('不能提交')
    expect(page.items[1]!.checkerVerdict).toBe('error')

    // Every rule's message, and the evidence: people boxes, banner text and where, blur and brightness.
    const photo = first.photo
    expect(photo.status).toBe('needs_review')
    expect(photo.rules.map((r) => r.rule)).toEqual(['format', 'clarity', 'exposure', 'theme_banner', 'people'])
    expect(photo.rules.find((r) => r.rule === 'people')!.message).toContain('19 人')
    expect(photo.evidence!.people).toEqual({ boxes: [{ x: 0.1, y: 0.1, w: 0.05, h: 0.0667 }, { x: 0.3333, y: 0.1111, w: 0.0417, h: 0.0556 }], count: 19, tolerance: 2, required: 20 })
    expect(photo.evidence!.banner!.lines).toEqual([{ x: 0.25, y: 0.6667, w: 0.5, h: 0.0889, text: '学雷锋志愿服务' }])
    // Stored before the thresholds were kept with the figures: read with today's thresholds.
    expect(photo.evidence!.clarity).toEqual({
      status: 'pass',
      decidedBy: null,
      blur: 0.36,
      blurReview: 0.5,
      blurFail: PHOTO_CHECK_CONFIG.clarity.blurEffectFail,
      detail: 412.5,
      detailFail: PHOTO_CHECK_CONFIG.clarity.laplacianFail,
      relativeBlur: null,
      relativeBlurReview: PHOTO_CHECK_CONFIG.clarity.mildBlurReviewShare,
      extraBlurPx: null,
    })
    expect(photo.evidence!.exposure).toMatchObject({ mean: 118.2, darkBelow: 35, brightAbove: 235, clippedShare: 0.002 })
    expect(photo.url).toMatch(/^http/)
  })

  it('filters 不合格, all states, districts and units, and pages with a cursor', async () => {
    const failed = await queue(world, '?state=failed')
    expect(failed.items.map((i) => i.photo.id)).toEqual([world.photos.failedA, world.photos.failedC])
    expect(failed.items[0]!.photo.evidence!.exposure!.mean).toBe(22.4)
    expect(failed.items[0]!.ifPassed).toContain('推翻')

    const all = await queue(world, '?state=all&review=all')
    const order = [world.photos.reviewHandedIn, world.photos.failedA, world.photos.errorB, world.photos.reviewB, world.photos.reviewC, world.photos.failedC]
    expect(all.items.map((i) => i.photo.id)).toEqual(order)
    // Passed photos, photos still being checked and other campaigns' photos are never in it.
    for (const id of [world.photos.passedA, world.photos.queuedA, world.photos.foreign]) expect(all.items.map((i) => i.photo.id)).not.toContain(id)

    const north = await queue(world, `?state=all&districtId=${world.north}`)
    expect(north.items.map((i) => i.unit.districtName)).toEqual(['北区', '北区', '北区', '北区'])
    expect(north.counts).toEqual({ needsReview: 3, failed: 1, decided: 0 })
    const unitC = await queue(world, `?state=all&unitId=${world.unitC.unitId}`)
    expect(unitC.items.map((i) => i.photo.id)).toEqual([world.photos.reviewC, world.photos.failedC])
    expect(all.districts.map((d) => d.name)).toEqual(['北区', '南区'])
    expect(all.units.map((u) => [u.name, u.pending])).toEqual([['北区甲单位', 2], ['北区乙单位', 2], ['南区丙单位', 2]])

    // Two at a time, following the cursor, gives the same order.
    const seen: string[] = []
    let cursor: string | null = ''
    for (let i = 0; i < 5 && cursor !== null; i += 1) {
      const page: TPhotoReviewQueueResponse = await queue(world, `?state=all&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      seen.push(...page.items.map((item) => item.photo.id))
      cursor = page.nextCursor
    }
    expect(seen).toEqual(order)
    expect((await api(`/api/campaigns/${world.campaignId}/photo-review?state=maybe`, { token: tokenFor(world.organiser) })).status).toBe(400)
  })

  it('shows a district admin its own district only, read-only', async () => {
    const page = await queue(world, '?state=all', tokenFor(world.admin))
    expect(page.role).toBe('district_admin')
    expect(page.canDecide).toBe(false)
    expect(new Set(page.items.map((i) => i.unit.districtName))).toEqual(new Set(['北区']))
    expect(page.items).toHaveLength(4)
    expect(page.districts.map((d) => d.name)).toEqual(['北区'])
    expect(page.units.map((u) => u.name)).toEqual(['北区甲单位', '北区乙单位'])
    // Asking for another district's units gives nothing of them.
    expect((await queue(world, `?state=all&districtId=${world.south}`, tokenFor(world.admin))).items).toEqual([])
  })

  it('refuses volunteers, unit contacts and another campaign’s organiser', async () => {
    for (const user of [world.volunteer, world.unitA.contactId, world.otherOrganiser]) {
      const response = await api(`/api/campaigns/${world.campaignId}/photo-review`, { token: tokenFor(user) })
      expect(response).toMatchObject({ status: 403, body: { code: 'forbidden' } })
    }
    expect((await api(`/api/campaigns/${world.campaignId}/photo-review`)).status).toBe(401)
  })
})

describe('photo review decisions', () => {
  let world: TWorld
  beforeEach(async () => {
    world = await createWorld()
  })

  it('approves several at once, writes one audit row each, and the units read the result', async () => {
    const ids = [world.photos.reviewHandedIn, world.photos.failedA]
    const response = await decide(world, { photoIds: ids, decision: 'passed' })
    expect(response.status).toBe(200)
    expect(ZDecidePhotosResponse.parse(response.body).decided).toEqual(ids.map((photoId) => ({ photoId, verdict: 'passed', changed: true })))
    for (const id of ids) expect(await latestReview(id)).toEqual({ review_verdict: 'passed', review_note: null, reviewed_by: world.organiser })

    const audit = await sql<{ entity_id: string; action: string; actor_id: string; before: any; after: any }[]>`
      select entity_id, action, actor_id, before, after from audit_log where campaign_id = ${world.campaignId} and action = 'photo_reviewed' order by id`
    expect(audit.map((a) => a.entity_id)).toEqual(ids)
    expect(audit[1]).toMatchObject({
      actor_id: world.organiser,
      before: { checkerVerdict: 'failed', reviewVerdict: null, reviewNote: null, reviewedBy: null },
      after: { checkerVerdict: 'failed', reviewVerdict: 'passed', reviewedBy: world.organiser },
    })
    expect(audit[1]!.after.reviewedAt).toEqual(expect.any(String))

    // Out of the pending queue, in the decided one, with who decided.
    const pending = await queue(world, '?state=all')
    expect(pending.items.map((i) => i.photo.id)).not.toContain(ids[0])
    expect(pending.counts.decided).toBe(2)
    const decided = await queue(world, '?state=all&review=decided')
    expect(decided.items.map((i) => [i.photo.id, i.review?.verdict, i.review?.reviewerName, i.photo.status])).toEqual([
      [ids[0], 'passed', '复核组织方', 'passed'],
      [ids[1], 'passed', '复核组织方', 'passed'],
    ])

    // The unit's photo page: passed, reviewed by the organiser.
    const unitPage = ZUnitPhotosResponse.parse((await api(`/api/units/${world.unitA.unitId}/photos`, { token: tokenFor(world.unitA.contactId) })).body)
    const shown = unitPage.activities.flatMap((a) => a.photos).find((p) => p.id === world.photos.failedA)!
    expect(shown).toMatchObject({ status: 'passed', reviewed: true, reviewNote: null, reviewedAt: expect.any(String) })

    // The same decision again changes nothing and logs nothing.
    const again = ZDecidePhotosResponse.parse((await decide(world, { photoIds: ids, decision: 'passed' })).body)
    expect(again.decided.map((d) => d.changed)).toEqual([false, false])
    expect(await sql`select 1 from audit_log where campaign_id = ${world.campaignId} and action = 'photo_reviewed'`).toHaveLength(2)
  })

  it('requires a reason for 不通过, and the unit reads it on its photo pages', async () => {
    const ids = [world.photos.reviewB, world.photos.errorB]
    for (const reason of [undefined, '', '   ', '。']) {
      const refused = await decide(world, { photoIds: ids, decision: 'failed', reason })
      expect(refused).toMatchObject({ status: 400, body: { code: 'validation_failed' } })
      expect(refused.body.message).toContain('原因')
      expect(refused.body.issues).toEqual([expect.objectContaining({ path: 'reason' })])
    }
    expect(await latestReview(ids[0]!)).toMatchObject({ review_verdict: null })

    const response = await decide(world, { photoIds: ids, decision: 'failed', reason: ' 合影人数明显不足 20 人。 ' })
    expect(response.status).toBe(200)
    expect(await latestReview(ids[0]!)).toEqual({ review_verdict: 'failed', review_note: '合影人数明显不足 20 人', reviewed_by: world.organiser })

    const contact = tokenFor(world.unitB.contactId)
    const unitPage = ZUnitPhotosResponse.parse((await api(`/api/units/${world.unitB.unitId}/photos`, { token: contact })).body)
    const shown = unitPage.activities.flatMap((a) => a.photos).find((p) => p.id === world.photos.reviewB)!
    expect(shown).toMatchObject({ status: 'failed', reviewed: true, reviewNote: '合影人数明显不足 20 人' })
    const single = ZPhoto.parse((await api(`/api/photos/${world.photos.errorB}`, { token: contact })).body)
    expect(single).toMatchObject({ status: 'failed', reviewed: true, reviewNote: '合影人数明显不足 20 人' })
    // A rejected photo can no longer be handed in; the refusal names the reason the checker gave, or the review.
    const handin = await api(`/api/units/${world.unitB.unitId}/photo-handin`, { token: contact, body: { photoIds: [world.photos.reviewB] } })
    expect(handin.status).toBeGreaterThanOrEqual(400)
    expect(handin.body.message).toContain('不合格')

    // Changing the decision later (改判) is one more audit row with the old decision as before.
    expect((await decide(world, { photoIds: [world.photos.reviewB], decision: 'passed', reason: '核对后人数足够' })).status).toBe(200)
    const [last] = await sql<{ before: any; after: any }[]>`
      select before, after from audit_log where entity_id = ${world.photos.reviewB} and action = 'photo_reviewed' order by id desc limit 1`
    expect(last!.before).toMatchObject({ reviewVerdict: 'failed', reviewNote: '合影人数明显不足 20 人' })
    expect(last!.after).toMatchObject({ reviewVerdict: 'passed', reviewNote: '核对后人数足够' })
  })

  it('refuses the whole batch when one photo is of another campaign, passed, or still being checked', async () => {
    const cases: Array<[string, number, RegExp]> = [
      [world.photos.foreign, 403, /不属于本活动月/],
      [world.photos.passedA, 409, /自动检查合格/],
      [world.photos.queuedA, 409, /还在检查中/],
      [randomUUID(), 403, /不属于本活动月/],
    ]
    for (const [id, status, message] of cases) {
      const response = await decide(world, { photoIds: [world.photos.reviewC, id], decision: 'passed' })
      expect(response.status).toBe(status)
      expect(response.body.message).toMatch(message)
      expect(response.body.message).toContain('第 2 张')
      expect(await latestReview(world.photos.reviewC)).toMatchObject({ review_verdict: null })
    }
    expect(await latestReview(world.photos.foreign)).toMatchObject({ review_verdict: null })
    expect(await sql`select 1 from audit_log where campaign_id = ${world.campaignId} and action = 'photo_reviewed'`).toHaveLength(0)
    // Deciding another campaign's photo through that campaign's address is refused too (not its organiser).
    expect((await decide(world, { photoIds: [world.photos.foreign], decision: 'passed' }, tokenFor(world.organiser), world.otherCampaignId)).status).toBe(403)
  })

  it('lets only the campaign’s organisers decide: API and row-level security agree', async () => {
    const body = { photoIds: [world.photos.reviewHandedIn], decision: 'failed', reason: '横幅被遮挡' }
    const admin = await decide(world, body, tokenFor(world.admin))
    expect(admin).toMatchObject({ status: 403, body: { code: 'forbidden' } })
    expect(admin.body.message).toContain('组织方')
    for (const user of [world.otherOrganiser, world.volunteer, world.unitA.contactId]) {
      expect(await decide(world, body, tokenFor(user))).toMatchObject({ status: 403, body: { code: 'forbidden' } })
    }
    expect(await latestReview(world.photos.reviewHandedIn)).toMatchObject({ review_verdict: null })

    // In SQL as each of them: the update reaches no row.
    const tryReview = (userId: string) =>
      asUser(sql, userId, (tx) => tx`
        update photo_check_results set review_verdict = 'failed', review_note = '越权', reviewed_by = ${userId}, reviewed_at = now()
        where photo_id = ${world.photos.reviewHandedIn} returning id`)
    for (const user of [world.admin, world.otherOrganiser, world.volunteer, world.unitA.contactId]) expect(await tryReview(user)).toHaveLength(0)
    expect(await latestReview(world.photos.reviewHandedIn)).toMatchObject({ review_verdict: null })

    // The organiser: only the review columns, signed as themselves, with a reason for 不合格.
    await expect(asUser(sql, world.organiser, (tx) => tx`update photo_check_results set verdict = 'passed' where photo_id = ${world.photos.reviewHandedIn}`)).rejects.toThrow(/permission denied/)
    await expect(
      asUser(sql, world.organiser, (tx) => tx`update photo_check_results set review_verdict = 'passed', reviewed_by = ${world.admin} where photo_id = ${world.photos.reviewHandedIn}`),
    ).rejects.toThrow(/row-level security/)
    await expect(
      asUser(sql, world.organiser, (tx) => tx`update photo_check_results set review_verdict = 'failed', reviewed_by = ${world.organiser} where photo_id = ${world.photos.reviewHandedIn}`),
    ).rejects.toThrow(/row-level security/)
    expect(await tryReview(world.organiser)).toHaveLength(2)
  })
})

describe('photo review of a real check', () => {
  it('puts a photo the checker failed in the 不合格 queue with its measured figures', async () => {
    const unit = await createUnit(sql)
    const [organiser] = await sql<{ id: string }[]>`insert into app_users (display_name) values ('组织方') returning id`
    await sql`insert into memberships (user_id, campaign_id, role) values (${organiser!.id}, ${unit.campaignId}, 'organiser')`
    const activityId = await createActivity(sql, unit, { startsIn: -120, endsIn: -60 })
    // A sharp, evenly lit texture: no people, no banner — the checker fails it.
    const width = 1200
    const height = 900
    const pixels = Buffer.alloc(width * height * 3)
    for (let i = 0; i < pixels.length; i += 1) pixels[i] = 64 + ((i * 7919) % 97) + ((i >> 4) % 61)
    const bytes = await sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 90 }).toBuffer()
    const token = tokenFor(unit.contactId)
    const signed = ZCreatePhotoUploadResponse.parse((await api('/api/photos/upload-url', { token, body: { activityId, contentType: 'image/jpeg', byteSize: bytes.length } })).body)
    expect((await fetch(signed.uploadUrl, { method: 'PUT', body: bytes, headers: { 'content-type': 'image/jpeg' } })).status).toBe(200)
    const photo = ZPhoto.parse((await api('/api/photos', { token, body: { activityId, path: signed.path } })).body)
    expect(photo.status).toBe('failed')

    const page = await queue({ campaignId: unit.campaignId, organiser: organiser!.id }, '?state=failed')
    expect(page.items.map((i) => i.photo.id)).toEqual([photo.id])
    const evidence = page.items[0]!.photo.evidence!
    expect(evidence.people).toMatchObject({ count: 0, boxes: [] })
    expect(evidence.clarity!.blur).toBeGreaterThanOrEqual(0)
    expect(evidence.clarity!.blur).toBeLessThan(evidence.clarity!.blurReview)
    expect(evidence.exposure!.mean).toBeGreaterThan(100)
    expect(evidence.exposure!.mean).toBeLessThan(200)
    expect(page.items[0]!.photo.rules.find((r) => r.rule === 'people')!.status).toBe('fail')
  }, 90_000)
})
