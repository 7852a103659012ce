import type postgres from 'postgres'
import { ZMarkReadResponse, ZNotificationsResponse, ZUnreadCountResponse } from '../../types/api/notifications'
import { api } from '../setup/api-client'
import { connectTestDb } from '../setup/db'
import { createActivity, createUnit, createVolunteers, tokenFor } from '../setup/journey'

/**
 * Start reminders (issue 11 item 6): the day before and two hours before, queued by the scheduled
 * tick's SQL with a dedupe key, only for confirmed sign-ups of published activities; and the read
 * flag on 消息 with its unread count.
 */
let sql: postgres.Sql
beforeAll(() => {
  sql = connectTestDb()
})
afterAll(async () => {
  await sql.end()
})

const register = (userId: string, activityId: string) => api('/api/registrations', { token: tokenFor(userId), body: { activityId } })
const cancel = (userId: string, registrationId: string) => api(`/api/registrations/${registrationId}/cancel`, { token: tokenFor(userId), body: {} })

type TRow = { user_id: string; kind: string; status: string; dedupe_key: string; payload: { registrationId?: string; title: string } }
async function remindersOf(activityId: string, kind: string): Promise<TRow[]> {
  return sql<TRow[]>`
    select user_id, kind, status, dedupe_key, payload from notification_outbox
    where kind = ${kind} and payload ->> 'activityId' = ${activityId} order by user_id`
}
async function queueTomorrow(at: Date): Promise<number> {
  const [row] = await sql<{ n: number }[]>`select app_private.enqueue_tomorrow_reminders(${at}) as n`
  return row!.n
}
async function queueSoon(at: Date): Promise<number> {
  const [row] = await sql<{ n: number }[]>`select app_private.enqueue_soon_reminders(${at}) as n`
  return row!.n
}

/** Four people on a two-seat activity: A and B confirmed, C and D waitlisted; B cancels, so C moves up. */
async function fourPeople(startsInMinutes: number) {
  const unit = await createUnit(sql)
  const activityId = await createActivity(sql, unit, { startsIn: startsInMinutes, endsIn: startsInMinutes + 120, capacity: 2, title: '“银龄相伴”走访慰问', cancelCutoffMinutes: 10 })
  const [a, b, c, d] = (await createVolunteers(sql, 4)) as [string, string, string, string]
  const ids: Record<string, string> = {}
  for (const [name, person] of [['a', a], ['b', b], ['c', c], ['d', d]] as const) {
    const answer = await register(person, activityId)
    expect(answer.status).toBe(200)
    ids[name] = answer.body.registration.id
  }
  expect((await cancel(b, ids.b!)).status).toBe(200)
  const [start] = await sql<{ starts_at: Date }[]>`select starts_at from activities where id = ${activityId}`
  return { unit, activityId, people: { a, b, c, d }, registrations: ids, startsAt: start!.starts_at }
}

describe('start reminders', () => {
  it('queues the day-before reminder once, only for confirmed sign-ups, on the calendar day before', async () => {
    const f = await fourPeople(5 * 24 * 60)
    const shanghaiDay = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
    const dayBefore = new Date(`${shanghaiDay(new Date(f.startsAt.getTime() - 24 * 3600_000))}T20:00:00+08:00`)
    // Two days before: nothing yet.
    await queueTomorrow(new Date(dayBefore.getTime() - 24 * 3600_000))
    expect(await remindersOf(f.activityId, 'activity_tomorrow')).toEqual([])

    await queueTomorrow(dayBefore)
    const rows = await remindersOf(f.activityId, 'activity_tomorrow')
    // A (confirmed) and C (moved up from the waitlist); not B (cancelled), not D (still waitlisted).
    expect(rows.map((r) => r.user_id).sort()).toEqual([f.people.a, f.people.c].sort())
    expect(rows.every((r) => r.dedupe_key.startsWith('activity_tomorrow:'))).toBe(true)

    // The tick runs every few minutes: never twice.
    await queueTomorrow(dayBefore)
    await queueTomorrow(new Date(dayBefore.getTime() + 3600_000))
    expect(await remindersOf(f.activityId, 'activity_tomorrow')).toHaveLength(2)
  })

  it('queues the two-hour reminder once when the start is two hours away, and again only if the time moves', async () => {
    const f = await fourPeople(6 * 60)
    const start = f.startsAt.getTime()
    await queueSoon(new Date(start - 2 * 3600_000 - 60_000))
    expect(await remindersOf(f.activityId, 'activity_soon')).toEqual([])

    await queueSoon(new Date(start - 2 * 3600_000 + 60_000))
    await queueSoon(new Date(start - 3600_000))
    const rows = await remindersOf(f.activityId, 'activity_soon')
    expect(rows.map((r) => r.user_id).sort()).toEqual([f.people.a, f.people.c].sort())
    expect(rows[0]!.payload.registrationId).toMatch(/^[0-9a-f-]{36}$/)

    // After the start: nothing new.
    await queueSoon(new Date(start + 60_000))
    expect(await remindersOf(f.activityId, 'activity_soon')).toHaveLength(2)

    // The unit moves the activity one day later: the new time is reminded again (a new key).
    await sql`update activities set starts_at = starts_at + interval '1 day', ends_at = ends_at + interval '1 day' where id = ${f.activityId}`
    await queueSoon(new Date(start + 24 * 3600_000 - 3600_000))
    expect(await remindersOf(f.activityId, 'activity_soon')).toHaveLength(4)
  })

  it('queues nothing for a withdrawn activity, and the tick drops a reminder whose sign-up was cancelled before sending', async () => {
    const f = await fourPeople(90)
    const withdrawn = await createActivity(sql, f.unit, { startsIn: 100, endsIn: 200, capacity: 5, title: '撤下的活动' })
    expect((await register(f.people.b, withdrawn)).status).toBe(200)
    const w = await api(`/api/activities/${withdrawn}/withdraw`, { token: tokenFor(f.unit.contactId), body: { reason: '天气原因' } })
    expect(w.status).toBe(200)

    const now = new Date()
    await queueSoon(now)
    expect(await remindersOf(withdrawn, 'activity_soon')).toEqual([])
    expect((await remindersOf(f.activityId, 'activity_soon')).map((r) => r.user_id).sort()).toEqual([f.people.a, f.people.c].sort())

    // C cancels after the reminder was queued and before the tick sends it.
    expect((await cancel(f.people.c, f.registrations.c!)).status).toBe(200)
    const tick = await api('/api/cron/tick')
    expect(tick.status).toBe(200)
    expect(tick.body.outbox.dropped).toBeGreaterThanOrEqual(1)
    const after = await remindersOf(f.activityId, 'activity_soon')
    // A's is kept for 消息 (no WeChat credentials here); C's is gone. D moved up into C's seat, and
    // the same tick reminded D too.
    expect(after.map((r) => [r.user_id, r.status])).toEqual(
      [[f.people.a, 'kept'], [f.people.d, 'kept']].sort((x, y) => x[0]!.localeCompare(y[0]!)),
    )

    const inbox = ZNotificationsResponse.parse((await api('/api/me/notifications', { token: tokenFor(f.people.a) })).body)
    const soon = inbox.items.find((n) => n.kind === 'activity_soon')
    expect(soon).toMatchObject({ title: '活动两小时内开始', activityId: f.activityId, readAt: null })
    // The title already carries its quotation marks: never wrapped again.
    expect(soon!.body.startsWith('“银龄相伴”走访慰问将于')).toBe(true)
    expect(soon!.body).not.toMatch(/「“|“「/)
    const cInbox = ZNotificationsResponse.parse((await api('/api/me/notifications', { token: tokenFor(f.people.c) })).body)
    expect(cInbox.items.some((n) => n.kind === 'activity_soon')).toBe(false)
  })
})

describe('消息 read flag', () => {
  it('marks one message read on opening, then all, and counts unread per person only', async () => {
    const [me, other] = (await createVolunteers(sql, 2)) as [string, string]
    const unit = await createUnit(sql)
    const activityId = await createActivity(sql, unit, { startsIn: 3000, endsIn: 3100, title: '社区义诊' })
    const payload = { activityId, title: '社区义诊', startsAt: new Date().toISOString(), locationName: '测试地点' }
    const rows = await sql<{ id: string; user_id: string }[]>`
      insert into notification_outbox (user_id, kind, payload, dedupe_key, status)
      values (${me}, 'activity_tomorrow', ${sql.json(payload)}, ${`t:${me}:1`}, 'kept'),
             (${me}, 'waitlist_promoted', ${sql.json(payload)}, ${`t:${me}:2`}, 'kept'),
             (${me}, 'activity_changed', ${sql.json({ ...payload, change: '时间改为 3月6日 14:30' })}, ${`t:${me}:3`}, 'kept'),
             (${other}, 'activity_tomorrow', ${sql.json(payload)}, ${`t:${other}:1`}, 'kept')
      returning id, user_id`
    const mine = rows.filter((r) => r.user_id === me).map((r) => r.id)
    const others = rows.find((r) => r.user_id === other)!.id
    const token = tokenFor(me)

    const unread = ZUnreadCountResponse.parse((await api('/api/me/notifications/unread', { token })).body)
    expect(unread.unreadCount).toBe(3)
    const first = ZNotificationsResponse.parse((await api('/api/me/notifications', { token })).body)
    expect(first.unreadCount).toBe(3)
    expect(first.items.every((n) => n.readAt === null)).toBe(true)

    // Opening one message; someone else's id in the same request changes nothing of theirs.
    const opened = ZMarkReadResponse.parse((await api('/api/me/notifications/read', { token, body: { ids: [mine[0], others] } })).body)
    expect(opened).toEqual({ marked: 1, unreadCount: 2 })
    const [theirs] = await sql<{ read_at: Date | null }[]>`select read_at from notification_outbox where id = ${others}`
    expect(theirs!.read_at).toBeNull()
    const again = ZNotificationsResponse.parse((await api('/api/me/notifications', { token })).body)
    expect(again.items.find((n) => n.id === mine[0])!.readAt).toMatch(/\+08:00$/)

    // 全部已读; twice is harmless.
    expect(ZMarkReadResponse.parse((await api('/api/me/notifications/read', { token, body: { all: true } })).body)).toEqual({ marked: 2, unreadCount: 0 })
    expect(ZMarkReadResponse.parse((await api('/api/me/notifications/read', { token, body: { all: true } })).body)).toEqual({ marked: 0, unreadCount: 0 })
    expect(ZUnreadCountResponse.parse((await api('/api/me/notifications/unread', { token: tokenFor(other) })).body).unreadCount).toBe(1)
  })

  it('refuses bad input with a Chinese message and needs a session', async () => {
    const [me] = (await createVolunteers(sql, 1)) as [string]
    const bad = await api('/api/me/notifications/read', { token: tokenFor(me), body: { ids: ['x'] } })
    expect(bad.status).toBe(400)
    expect(bad.body.code).toBe('validation_failed')
    expect(bad.body.message).toMatch(/[\u4e00-\u9fa5]/)
    expect((await api('/api/me/notifications/read', { body: { all: true } })).status).toBe(401)
    expect((await api('/api/me/notifications/unread')).status).toBe(401)
  })

  it('lets a person change nothing but read_at of their own messages at the database', async () => {
    const [me] = (await createVolunteers(sql, 1)) as [string]
    await sql`insert into notification_outbox (user_id, kind, payload, dedupe_key, status) values (${me}, 'activity_tomorrow', '{}', ${`rls:${me}`}, 'kept')`
    const claims = JSON.stringify({ sub: me, role: 'authenticated' })
    await expect(
      sql.begin(async (tx) => {
        await tx`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${claims}, true)`
        await tx`update notification_outbox set status = 'pending' where user_id = ${me}`
      }),
    ).rejects.toThrow(/permission denied/)
  })
})
