import { randomUUID } from 'node:crypto'
import { ZListActivitiesResponse } from '../../types/api/activities'
import { ZNotificationsResponse } from '../../types/api/notifications'
import {
  ZManagedActivity,
  ZSaveUnitActivityResponse,
  ZUnitActivitiesResponse,
  ZWithdrawActivityResponse,
  type TActivityInputRaw,
} from '../../types/api/unit-activities'
import { api } from '../setup/api-client'
import { asUser, connectTestDb, createFixture, type TFixture } from '../setup/db'
import { createVolunteers, tokenFor } from '../setup/journey'

const sql = connectTestDb()
afterAll(() => sql.end())

/** A complete, valid 附件2 row for the fixture's campaign (March 2030). */
function input(overrides: Partial<TActivityInputRaw> = {}): TActivityInputRaw {
  return {
    title: '学雷锋纪念日社区义诊',
    description: '为社区老人测血压、测血糖，志愿者负责排队引导和登记。',
    startsAt: '2030-03-05T09:00:00+08:00',
    endsAt: '2030-03-05T11:30:00+08:00',
    locationName: '新时代文明实践中心',
    address: '测试市朝阳东路 1 号',
    latitude: 34.5962,
    longitude: 119.1853,
    contactName: '测试联系人',
    contactPhone: '138-0000-0101',
    category: 'health',
    servedPopulations: ['empty_nest_elderly'],
    coOrganisers: ['测试市第一人民医院', '测试市青年志愿者协会'],
    capacity: 20,
    signupDeadline: '2030-03-04T18:00:00+08:00',
    whatToBring: '身份证',
    dressCode: '红色志愿者马甲',
    ...overrides,
  }
}

const create = (f: TFixture, body: unknown, who: string = f.contacts[0], unitId: string = f.units[0]) =>
  api(`/api/units/${unitId}/activities`, { token: tokenFor(who), body })
const update = (f: TFixture, id: string, body: unknown, who: string = f.contacts[0]) =>
  api(`/api/activities/${id}/manage`, { method: 'PATCH', token: tokenFor(who), body })
const withdraw = (f: TFixture, id: string, reason: string, who: string = f.contacts[0]) =>
  api(`/api/activities/${id}/withdraw`, { token: tokenFor(who), body: { reason } })
const register = (userId: string, activityId: string) => api('/api/registrations', { token: tokenFor(userId), body: { activityId } })

async function createPublished(f: TFixture, overrides: Partial<TActivityInputRaw> = {}): Promise<string> {
  const reply = await create(f, { activity: input(overrides), publish: true })
  expect(reply.status).toBe(200)
  return ZSaveUnitActivityResponse.parse(reply.body).activity.id
}

async function listed(campaignId: string): Promise<string[]> {
  const reply = await api(`/api/activities?campaignId=${campaignId}&limit=50`)
  return ZListActivitiesResponse.parse(reply.body).items.map((a) => a.id)
}

async function outbox(activityId: string, kind: string) {
  return sql<{ user_id: string; payload: { change?: string; reason?: string }; dedupe_key: string }[]>`
    select user_id, payload, dedupe_key from notification_outbox
    where kind = ${kind} and payload->>'activityId' = ${activityId}
    order by created_at, user_id`
}

describe('creating an activity', () => {
  it('saves a draft that volunteers do not see, then publishes it and they do at once', async () => {
    const f = await createFixture(sql)
    const reply = await create(f, { activity: input(), publish: false })
    expect(reply.status).toBe(200)
    const saved = ZSaveUnitActivityResponse.parse(reply.body).activity
    expect(saved).toMatchObject({ status: 'draft', editable: true, unit: { unitId: f.units[0], unitName: '甲单位' } })
    expect(saved.values).toMatchObject({
      contactPhone: '13800000101',
      coOrganisers: ['测试市第一人民医院', '测试市青年志愿者协会'],
      servedPopulations: ['empty_nest_elderly'],
      startsAt: '2030-03-05T09:00:00+08:00',
    })
    expect(await listed(f.campaignId)).not.toContain(saved.id)

    const published = await update(f, saved.id, { activity: input(), publish: true })
    expect(published.status).toBe(200)
    expect(ZSaveUnitActivityResponse.parse(published.body).activity.status).toBe('published')
    expect(await listed(f.campaignId)).toContain(saved.id)
    const detail = await api(`/api/activities/${saved.id}`)
    expect(detail.body).toMatchObject({ title: '学雷锋纪念日社区义诊', status: 'published', signupState: 'open' })

    const audit = await sql<{ action: string; before: unknown; after: { status: string } }[]>`
      select action, before, after from audit_log where entity = 'activity' and entity_id = ${saved.id} order by id`
    expect(audit.map((a) => a.action)).toEqual(['activity.create_draft', 'activity.publish'])
    expect(audit[0]!.before).toBeNull()
    expect(audit[1]!.before).toMatchObject({ status: 'draft' })
    expect(audit[1]!.after).toMatchObject({ status: 'published' })
  })

  it('numbers the unit’s activities in order when no 序号 is given, and refuses a 序号 already taken', async () => {
    const f = await createFixture(sql)
    const first = ZSaveUnitActivityResponse.parse((await create(f, { activity: input(), publish: false })).body).activity
    const second = ZSaveUnitActivityResponse.parse((await create(f, { activity: input({ title: '植树节义务植树' }), publish: true })).body).activity
    expect([first.values.seqNo, second.values.seqNo]).toEqual([1, 2])
    // Another unit has its own numbering.
    const other = ZSaveUnitActivityResponse.parse((await create(f, { activity: input(), publish: false }, f.contacts[1], f.units[1])).body).activity
    expect(other.values.seqNo).toBe(1)
    const clash = await create(f, { activity: input({ seqNo: 2 }), publish: false })
    expect(clash.status).toBe(400)
    expect(clash.body.issues).toEqual([{ path: 'activity.seqNo', message: expect.stringContaining('植树节义务植树') }])
  })

  it('lists the unit’s own activities, drafts included, with its campaign period', async () => {
    const f = await createFixture(sql)
    await createPublished(f)
    const reply = await api(`/api/units/${f.units[0]}/activities`, { token: tokenFor(f.contacts[0]) })
    const body = ZUnitActivitiesResponse.parse(reply.body)
    expect(body.unit).toMatchObject({ unitName: '甲单位', periodStart: '2030-03-01', periodEnd: '2030-03-31', yearRound: false })
    expect(body.items.map((i) => i.status).sort()).toEqual(['draft', 'published', 'published'])
  })
})

describe('bad input: a Chinese message naming the field, nothing saved', () => {
  it.each([
    ['a start before the campaign', { startsAt: '2030-02-28T09:00:00+08:00', endsAt: '2030-02-28T11:00:00+08:00', signupDeadline: null }, 'activity.startsAt', '开始时间应在活动期间内（2030年3月1日—3月31日）'],
    ['an end after the campaign', { startsAt: '2030-03-31T20:00:00+08:00', endsAt: '2030-04-01T09:00:00+08:00' }, 'activity.endsAt', '结束时间应在活动期间内'],
    ['an end before the start', { endsAt: '2030-03-05T08:00:00+08:00' }, 'activity.endsAt', '结束时间应晚于开始时间'],
    ['a sign-up deadline after the start', { signupDeadline: '2030-03-05T10:00:00+08:00' }, 'activity.signupDeadline', '报名截止时间应早于活动开始时间'],
    ['a phone that is not one', { contactPhone: '12345' }, 'activity.contactPhone', '联系电话应为手机号或带区号的座机号'],
    ['an unknown category', { category: 'sports' as never }, 'activity.category', '所属类别'],
    ['no title', { title: '' }, 'activity.title', '活动名称至少 2 个字'],
    ['a missing end', { endsAt: undefined }, 'activity.endsAt', '请选择结束时间'],
    ['a geofence without coordinates', { latitude: null, longitude: null, geofenceRadiusM: 200 }, 'activity.geofenceRadiusM', '请先选择活动位置'],
    ['其他 without a description', { servedPopulations: ['other'] }, 'activity.servedOther', '请说明'],
    ['a co-organiser of one character', { coOrganisers: ['甲'] }, 'activity.coOrganisers.0', '协办单位名称至少 2 个字'],
  ])('%s', async (_name, overrides, path, message) => {
    const f = await createFixture(sql)
    const reply = await create(f, { activity: input(overrides as Partial<TActivityInputRaw>), publish: true })
    expect(reply.status).toBe(400)
    expect(reply.body.code).toBe('validation_failed')
    expect(reply.body.issues).toEqual(expect.arrayContaining([{ path, message: expect.stringContaining(message) }]))
    expect(reply.body.message).toMatch(/^提交的信息有误：/)
    const [count] = await sql<{ n: number }[]>`select count(*)::int as n from activities where unit_id = ${f.units[0]}`
    expect(count!.n).toBe(2) // the fixture's draft and published activity only
  })

  it('refuses a start that has already passed', async () => {
    const f = await createFixture(sql)
    // A campaign wholly in the past (one spanning today would become the app's current campaign).
    await sql`update campaigns set period_start = '2020-03-01', period_end = '2020-03-31' where id = ${f.campaignId}`
    const reply = await create(f, { activity: input({ startsAt: '2020-03-05T09:00:00+08:00', endsAt: '2020-03-05T11:00:00+08:00', signupDeadline: null }), publish: true })
    expect(reply.status).toBe(400)
    expect(reply.body.issues).toEqual([{ path: 'activity.startsAt', message: '开始时间已过，请选择现在之后的时间' }])
  })

  it('checks a year-round campaign against its start only (晋城: 3月5日启动，贯穿全年)', async () => {
    const f = await createFixture(sql)
    await sql`update campaigns set period_start = '2030-03-05', period_end = '2030-12-31', is_year_round = true where id = ${f.campaignId}`
    const july = await create(f, { activity: input({ startsAt: '2030-07-19T09:00:00+08:00', endsAt: '2030-07-19T11:00:00+08:00', signupDeadline: null }), publish: true })
    expect(july.status).toBe(200)
    const early = await create(f, { activity: input({ startsAt: '2030-03-01T09:00:00+08:00', endsAt: '2030-03-01T11:00:00+08:00', signupDeadline: null }), publish: true })
    expect(early.status).toBe(400)
    expect(early.body.issues).toEqual([{ path: 'activity.startsAt', message: '开始时间不能早于活动启动日（2030年3月5日）' }])
  })
})

describe('capacity against the people already signed up', () => {
  it('refuses a capacity below the confirmed sign-ups, says so, and seats people waiting when it grows', async () => {
    const f = await createFixture(sql)
    const id = await createPublished(f, { capacity: 3 })
    const people = await createVolunteers(sql, 4)
    for (const person of people) expect((await register(person, id)).status).toBe(200)

    const tooSmall = await update(f, id, { activity: input({ capacity: 2 }) })
    expect(tooSmall.status).toBe(400)
    expect(tooSmall.body.issues).toEqual([{ path: 'activity.capacity', message: '已有 3 人报名成功，招募人数不能少于 3 人' }])
    const [still] = await sql<{ capacity: number }[]>`select capacity from activities where id = ${id}`
    expect(still!.capacity).toBe(3)

    const grown = await update(f, id, { activity: input({ capacity: 4 }) })
    expect(grown.status).toBe(200)
    expect(ZSaveUnitActivityResponse.parse(grown.body).activity).toMatchObject({ confirmedCount: 4, waitlistCount: 0 })
    const promoted = await outbox(id, 'waitlist_promoted')
    expect(promoted.map((p) => p.user_id)).toEqual([people[3]])
  })
})

describe('changing time or place tells each person signed up, once per change', () => {
  it('queues one message per confirmed or waiting volunteer, none for a retried request, again for a second change', async () => {
    const f = await createFixture(sql)
    const id = await createPublished(f, { capacity: 2 })
    const people = await createVolunteers(sql, 4)
    for (const person of people) await register(person, id)
    // One person cancels: they are not told about later changes.
    const [cancelled] = await sql<{ id: string }[]>`select id from registrations where activity_id = ${id} and user_id = ${people[3]!}`
    await api(`/api/registrations/${cancelled!.id}/cancel`, { method: 'POST', token: tokenFor(people[3]!) })

    // Only the description: nobody is told.
    const quiet = await update(f, id, { activity: input({ capacity: 2, description: '内容补充：请提前十分钟到场签到，现场有饮用水。' }) })
    expect(ZSaveUnitActivityResponse.parse(quiet.body).notified).toBe(0)

    const moved = input({ capacity: 2, startsAt: '2030-03-06T14:30:00+08:00', endsAt: '2030-03-06T16:30:00+08:00', signupDeadline: '2030-03-05T18:00:00+08:00' })
    const first = await update(f, id, { activity: moved })
    expect(first.status).toBe(200)
    expect(ZSaveUnitActivityResponse.parse(first.body).notified).toBe(3)
    const retried = await update(f, id, { activity: moved })
    expect(ZSaveUnitActivityResponse.parse(retried.body).notified).toBe(0)
    let messages = await outbox(id, 'activity_changed')
    expect(messages.map((m) => m.user_id).sort()).toEqual(people.slice(0, 3).sort())
    expect(messages.every((m) => m.payload.change === '时间改为 3月6日 14:30—16:30')).toBe(true)

    const relocated = await update(f, id, { activity: { ...moved, locationName: '文化广场', address: '测试市人民路 8 号' } })
    expect(ZSaveUnitActivityResponse.parse(relocated.body).notified).toBe(3)
    messages = await outbox(id, 'activity_changed')
    expect(messages).toHaveLength(6)
    expect(new Set(messages.map((m) => m.dedupe_key)).size).toBe(6)
    expect(messages.slice(3).every((m) => m.payload.change === '地点改为 文化广场（测试市人民路 8 号）')).toBe(true)

    const inbox = ZNotificationsResponse.parse((await api('/api/me/notifications', { token: tokenFor(people[2]!) })).body)
    expect(inbox.items.filter((n) => n.kind === 'activity_changed')).toHaveLength(2)
    expect(inbox.items[0]!.body).toContain('地点改为 文化广场')
    const cancelledInbox = ZNotificationsResponse.parse((await api('/api/me/notifications', { token: tokenFor(people[3]!) })).body)
    expect(cancelledInbox.items.filter((n) => n.kind === 'activity_changed')).toHaveLength(0)
  })

  it('tells nobody when two identical saves race', async () => {
    const f = await createFixture(sql)
    const id = await createPublished(f)
    const people = await createVolunteers(sql, 2)
    for (const person of people) await register(person, id)
    const moved = input({ startsAt: '2030-03-07T09:00:00+08:00', endsAt: '2030-03-07T11:00:00+08:00' })
    const replies = await Promise.all([update(f, id, { activity: moved }), update(f, id, { activity: moved })])
    expect(replies.map((r) => r.status)).toEqual([200, 200])
    expect(replies.map((r) => ZSaveUnitActivityResponse.parse(r.body).notified).sort()).toEqual([0, 2])
    expect(await outbox(id, 'activity_changed')).toHaveLength(2)
  })
})

describe('withdrawing an activity', () => {
  it('cancels every live sign-up in the same transaction and tells each person', async () => {
    const f = await createFixture(sql)
    const id = await createPublished(f, { capacity: 2 })
    const people = await createVolunteers(sql, 3)
    for (const person of people) await register(person, id)

    const empty = await withdraw(f, id, ' ')
    expect(empty.status).toBe(400)
    expect(empty.body.issues).toEqual([{ path: 'reason', message: '请填写撤回原因（至少 2 个字）' }])

    const reply = await withdraw(f, id, '场地临时维修')
    expect(reply.status).toBe(200)
    const body = ZWithdrawActivityResponse.parse(reply.body)
    expect(body.cancelledRegistrations).toBe(3)
    expect(body.activity).toMatchObject({ status: 'cancelled', withdrawnReason: '场地临时维修', editable: false, confirmedCount: 0, waitlistCount: 0 })
    expect(body.activity.withdrawnAt).not.toBeNull()

    const regs = await sql<{ status: string; cancelled_at: Date | null; waitlist_position: number | null }[]>`
      select status, cancelled_at, waitlist_position from registrations where activity_id = ${id}`
    expect(regs).toHaveLength(3)
    expect(regs.every((r) => r.status === 'cancelled' && r.cancelled_at !== null && r.waitlist_position === null)).toBe(true)
    const messages = await outbox(id, 'activity_withdrawn')
    expect(messages.map((m) => m.user_id).sort()).toEqual([...people].sort())
    expect(messages.every((m) => m.payload.reason === '场地临时维修')).toBe(true)
    expect(await listed(f.campaignId)).not.toContain(id)

    const again = await withdraw(f, id, '场地临时维修')
    expect(again.status).toBe(409)
    expect(again.body).toMatchObject({ code: 'activity_not_editable', message: '活动已撤回，不能再修改' })
    const edit = await update(f, id, { activity: input() })
    expect(edit.body.code).toBe('activity_not_editable')
    expect(await outbox(id, 'activity_withdrawn')).toHaveLength(3)
    const [audit] = await sql<{ before: { status: string }; after: { cancelledRegistrations: number } }[]>`
      select before, after from audit_log where entity_id = ${id} and action = 'activity.withdraw'`
    expect(audit).toMatchObject({ before: { status: 'published' }, after: { cancelledRegistrations: 3 } })
  })

  it('does not let an activity that is over be changed', async () => {
    const f = await createFixture(sql)
    const [past] = await sql<{ id: string }[]>`
      insert into activities (campaign_id, unit_id, title, starts_at, ends_at, location_name, category)
      values (${f.campaignId}, ${f.units[0]}, '已结束的活动', now() - interval '3 hours', now() - interval '1 hour', '广场', 'care')
      returning id`
    const edit = await update(f, past!.id, { activity: input() })
    expect(edit.status).toBe(409)
    expect(edit.body).toMatchObject({ code: 'activity_not_editable', message: '活动已结束，不能再修改' })
    expect((await withdraw(f, past!.id, '不办了')).body.code).toBe('activity_not_editable')
    const record = ZManagedActivity.parse((await api(`/api/activities/${past!.id}/edit`, { token: tokenFor(f.contacts[0]) })).body)
    expect(record).toMatchObject({ editable: false, notEditableReason: '活动已结束，不能再修改' })
  })
})

describe('another unit’s activities', () => {
  it('are refused over the API: 403 for a published one (saying whose), 404 for a draft, nothing changed', async () => {
    const f = await createFixture(sql)
    const [, contactB] = f.contacts
    const editPublished = await api(`/api/activities/${f.published}/edit`, { token: tokenFor(contactB) })
    expect(editPublished.status).toBe(403)
    expect(editPublished.body.message).toContain('甲单位')
    expect((await api(`/api/activities/${f.drafts[0]}/edit`, { token: tokenFor(contactB) })).status).toBe(404)
    expect((await update(f, f.published, { activity: input(), publish: true }, contactB)).status).toBe(403)
    expect((await update(f, f.drafts[0], { activity: input(), publish: true }, contactB)).status).toBe(404)
    expect((await withdraw(f, f.published, '越权撤回', contactB)).status).toBe(403)
    const createForA = await create(f, { activity: input(), publish: true }, contactB, f.units[0])
    expect(createForA.status).toBe(403)
    expect(createForA.body.message).toBe('你不是「甲单位」的联系人，不能为该单位添加活动')
    expect((await api(`/api/units/${f.units[0]}/activities`, { token: tokenFor(contactB) })).status).toBe(403)
    expect((await api(`/api/units/${randomUUID()}/activities`, { token: tokenFor(contactB) })).body.code).toBe('unit_not_found')
    expect((await api(`/api/activities/${f.published}/edit`)).status).toBe(401)

    const rows = await sql<{ title: string; status: string }[]>`
      select title, status from activities where unit_id = ${f.units[0]} order by status`
    expect(rows).toEqual([{ title: 'draft 活动', status: 'draft' }, { title: 'published 活动', status: 'published' }])
  })

  it('lets the campaign’s organiser open and edit any unit’s activity', async () => {
    const f = await createFixture(sql)
    const record = await api(`/api/activities/${f.drafts[1]}/edit`, { token: tokenFor(f.organiser) })
    expect(record.status).toBe(200)
    expect(ZManagedActivity.parse(record.body).unit.unitName).toBe('乙单位')
  })

  it('are refused by row-level security and the SQL functions (asUser)', async () => {
    const f = await createFixture(sql)
    const [, contactB] = f.contacts
    await asUser(sql, contactB, async (tx) => {
      expect(await tx`select id from activities where id = ${f.drafts[0]}`).toHaveLength(0)
      expect(await tx`update activities set title = '越权改名' where id = ${f.published} returning id`).toHaveLength(0)
      expect(await tx`update activities set status = 'cancelled' where id = ${f.drafts[0]} returning id`).toHaveLength(0)
    })
    await expect(
      asUser(sql, contactB, (tx) => tx`
        insert into activities (campaign_id, unit_id, title, starts_at, ends_at, location_name, category)
        values (${f.campaignId}, ${f.units[0]}, '冒名活动', '2030-03-05 09:00+08', '2030-03-05 10:00+08', '广场', 'care')`),
    ).rejects.toMatchObject({ code: '42501' })
    for (const call of [
      (tx: Parameters<Parameters<typeof asUser>[2]>[0]) => tx`select app_private.withdraw_activity(${f.published}, '越权撤回')`,
      (tx: Parameters<Parameters<typeof asUser>[2]>[0]) => tx`select app_private.notify_activity_changed(${f.published}, '时间改为 3月6日')`,
      (tx: Parameters<Parameters<typeof asUser>[2]>[0]) => tx`select app_private.fill_freed_seats(${f.published})`,
    ]) {
      await expect(asUser(sql, contactB, call)).rejects.toMatchObject({ message: 'forbidden' })
    }
    const [row] = await sql<{ title: string; status: string }[]>`select title, status from activities where id = ${f.published}`
    expect(row).toEqual({ title: 'published 活动', status: 'published' })
    // Their own unit's rows work the same way.
    const mine = await asUser(sql, f.contacts[0], (tx) => tx`update activities set title = '改名' where id = ${f.drafts[0]} returning id`)
    expect(mine).toHaveLength(1)
  })
})
