import { randomUUID } from 'node:crypto'
import { codeForStep } from '../../src/features/checkins/code/phone-code'
import { ZCheckinKeyResponse, ZCheckinResponse, ZMyHoursResponse } from '../../types/api/checkins'
import { checkinStepAt } from '../../types/checkin-code'
import { api } from '../setup/api-client'
import { connectTestDb } from '../setup/db'
import { createActivity, createUnit, createVolunteers, tokenFor } from '../setup/journey'

/**
 * Scans made with no network and sent later (issue 11.1): the code is derived on the contact's phone
 * from the key it fetched, the volunteer's phone keeps the scan with its time and scan id, and the
 * server counts it at that time — once.
 */
const sql = connectTestDb()
afterAll(() => sql.end())

const MINUTE = 60_000
const ago = (minutes: number) => new Date(Date.now() - minutes * MINUTE)

async function setUp(volunteers: number, options: { startsIn?: number; endsIn?: number } = {}) {
  const unit = await createUnit(sql)
  const activityId = await createActivity(sql, unit, { startsIn: options.startsIn ?? -240, endsIn: options.endsIn ?? 60 })
  const people = await createVolunteers(sql, volunteers)
  for (const person of people) {
    await sql`insert into registrations (activity_id, user_id, status, confirmed_at) values (${activityId}, ${person}, 'confirmed', now())`
  }
  const keyReply = await api(`/api/activities/${activityId}/checkin-key`, { token: tokenFor(unit.contactId) })
  const { key } = ZCheckinKeyResponse.parse(keyReply.body)
  // What the contact's phone shows at a moment (offline: from the stored key alone).
  const shown = (at: Date) => codeForStep(key, activityId, checkinStepAt(at.getTime()))
  return { unit, activityId, people, shown }
}

function send(volunteer: string, body: { activityId: string; code: string; scannedAt?: Date; scanId?: string }) {
  return api('/api/checkins', {
    token: tokenFor(volunteer),
    body: { activityId: body.activityId, code: body.code, scanId: body.scanId ?? randomUUID(), ...(body.scannedAt ? { scannedAt: body.scannedAt.toISOString() } : {}) },
  })
}

async function hoursOf(volunteer: string): Promise<number> {
  return ZMyHoursResponse.parse((await api('/api/me/hours', { token: tokenFor(volunteer) })).body).totalHours
}

describe('scans queued offline', () => {
  it('a check-out queued for 2 hours gives the same hours as one sent online', async () => {
    const { activityId, people, shown } = await setUp(3)
    const [online, queuedOut, queuedBoth] = people as [string, string, string]

    // Online: in, and out an hour later (the check-in moved back an hour, as the existing check-in test does).
    expect(ZCheckinResponse.parse((await send(online, { activityId, code: shown(new Date()).qrText })).body).action).toBe('checked_in')
    await sql`update check_ins set checked_in_at = checked_in_at - interval '60 minutes'
              where registration_id = (select id from registrations where activity_id = ${activityId} and user_id = ${online})`
    const onlineOut = ZCheckinResponse.parse((await send(online, { activityId, code: shown(new Date()).shortCode })).body)
    expect(onlineOut.action).toBe('checked_out')

    // Checked in 3 hours ago; the check-out scan was made 2 hours ago with no network and is sent now.
    await send(queuedOut, { activityId, code: shown(new Date()).qrText })
    await sql`update check_ins set checked_in_at = ${ago(180)}
              where registration_id = (select id from registrations where activity_id = ${activityId} and user_id = ${queuedOut})`
    const out = ZCheckinResponse.parse((await send(queuedOut, { activityId, code: shown(ago(120)).qrText, scannedAt: ago(120) })).body)
    expect(out).toMatchObject({ action: 'checked_out', replayed: false })

    // Both scans made offline (3 h and 2 h ago, the short code typed), sent now in order.
    const inScan = await send(queuedBoth, { activityId, code: shown(ago(180)).shortCode, scannedAt: ago(180) })
    expect(inScan.body.action).toBe('checked_in')
    const outScan = ZCheckinResponse.parse((await send(queuedBoth, { activityId, code: shown(ago(120)).shortCode, scannedAt: ago(120) })).body)
    expect(outScan.action).toBe('checked_out')

    const figures = { online: onlineOut.checkIn.hours, queuedCheckOut: out.checkIn.hours, queuedBoth: outScan.checkIn.hours }
    console.log(`offline check-in hours (1 h served): ${JSON.stringify(figures)}`)
    expect(figures.online).toBeCloseTo(1, 1)
    expect(figures.queuedCheckOut).toBe(figures.online)
    expect(figures.queuedBoth).toBe(figures.online)
    expect(await hoursOf(queuedBoth)).toBe(await hoursOf(online))
    const queuedRows = await sql<{ queued: boolean }[]>`
      select queued from check_in_scans where activity_id = ${activityId} and user_id = ${queuedBoth} order by scanned_at`
    expect(queuedRows.map((r) => r.queued)).toEqual([true, true])
  })

  it('a scan sent again — one after another or at the same time — counts once', async () => {
    const { activityId, people, shown } = await setUp(1)
    const [volunteer] = people as [string]
    const checkInId = randomUUID()
    await send(volunteer, { activityId, code: shown(ago(180)).qrText, scannedAt: ago(180), scanId: checkInId })
    const outId = randomUUID()
    const body = { activityId, code: shown(ago(100)).qrText, scannedAt: ago(100), scanId: outId }
    const [a, b] = await Promise.all([send(volunteer, body), send(volunteer, body)])
    expect([a.body.replayed, b.body.replayed].sort()).toEqual([false, true])
    expect(a.body.checkIn).toEqual(b.body.checkIn)
    const again = ZCheckinResponse.parse((await send(volunteer, body)).body)
    expect(again).toMatchObject({ action: 'checked_out', replayed: true })
    // The check-in sent once more is not taken as a check-out either.
    const checkInAgain = ZCheckinResponse.parse((await send(volunteer, { activityId, code: shown(ago(180)).qrText, scannedAt: ago(180), scanId: checkInId })).body)
    expect(checkInAgain).toMatchObject({ action: 'checked_in', replayed: true })
    expect(await hoursOf(volunteer)).toBeCloseTo(80 / 60, 2)
    expect(await sql`select 1 from check_in_scans where user_id = ${volunteer}`).toHaveLength(2)
    // Another person cannot reuse someone's scan id.
    const [stranger] = await createVolunteers(sql, 1)
    await sql`insert into registrations (activity_id, user_id, status, confirmed_at) values (${activityId}, ${stranger!}, 'confirmed', now())`
    expect((await send(stranger!, body)).status).toBe(409)
  })

  it('counts a scan only when the code was valid at the time it claims, within the window, ≤ 48 h old, not in the future', async () => {
    const { activityId, people, shown } = await setUp(1)
    const [volunteer] = people as [string]
    const reply = async (code: string, scannedAt: Date) => (await send(volunteer, { activityId, code, scannedAt })).body.code
    // Today's code claimed for two hours ago: not the code of that time.
    expect(await reply(shown(new Date()).qrText, ago(120))).toBe('checkin_token_expired')
    expect(await reply(shown(new Date()).shortCode, ago(120))).toBe('checkin_code_wrong')
    // A code of the future (or a claimed time in the future).
    expect(await reply(shown(new Date(Date.now() + 10 * MINUTE)).qrText, new Date(Date.now() + 10 * MINUTE))).toBe('checkin_in_future')
    // Before the check-in window (the activity started 4 h ago; the window 5 h ago).
    expect(await reply(shown(ago(330)).qrText, ago(330))).toBe('checkin_not_open')
    // Kept on the phone too long.
    expect(await reply(shown(ago(49 * 60)).qrText, ago(49 * 60))).toBe('checkin_scan_too_old')
    expect(await sql`select 1 from check_ins ci join registrations r on r.id = ci.registration_id where r.user_id = ${volunteer}`).toHaveLength(0)
    const refused = await send(volunteer, { activityId, code: shown(ago(49 * 60)).qrText, scannedAt: ago(49 * 60) })
    expect(refused.status).toBe(409)
    expect(refused.body.message).toMatch(/48 小时/)
  })

  it('a check-out sent late replaces the one the scheduled job filled in; an earlier scan sent late becomes the check-in', async () => {
    const { activityId, people, shown } = await setUp(2, { startsIn: -240, endsIn: -60 })
    const [late, early] = people as [string, string]
    // Checked in 3.5 h ago; left 2 h ago with no network; the job closed it at the end (1 h ago: 2.5 h).
    await send(late, { activityId, code: shown(ago(210)).qrText, scannedAt: ago(210) })
    await api('/api/cron/tick')
    const [closed] = await sql<{ auto_closed: boolean; hours: string }[]>`
      select ci.auto_closed, ci.hours from check_ins ci join registrations r on r.id = ci.registration_id where r.user_id = ${late}`
    expect(closed).toMatchObject({ auto_closed: true, hours: '2.50' })
    const out = ZCheckinResponse.parse((await send(late, { activityId, code: shown(ago(120)).qrText, scannedAt: ago(120) })).body)
    expect(out.action).toBe('checked_out')
    expect(out.checkIn).toMatchObject({ autoClosed: false, hours: 1.5 })

    // A check-in at 2 h ago reached the server first; the scan from 3 h ago arrives after it.
    await send(early, { activityId, code: shown(ago(120)).qrText, scannedAt: ago(120) })
    const earlier = ZCheckinResponse.parse((await send(early, { activityId, code: shown(ago(180)).qrText, scannedAt: ago(180) })).body)
    expect(earlier.checkIn.hours).toBe(1)
  })
})
