import { randomUUID } from 'node:crypto'
import { codeForStep } from '../../src/features/checkins/code/phone-code'
import { ZCheckinKeyResponse, ZCheckinResponse, ZMyHoursResponse, ZRosterResponse } from '../../types/api/checkins'
import { checkinStepAt } from '../../types/checkin-code'
import { api } from '../setup/api-client'
import { connectTestDb } from '../setup/db'
import { createActivity, createUnit, createVolunteers, tokenFor } from '../setup/journey'

const sql = connectTestDb()
afterAll(() => sql.end())

/** A running activity with one confirmed volunteer; returns what the tests need. */
async function runningActivity(options: { startsIn?: number; endsIn?: number; geofence?: { lat: number; lng: number; radius: number } } = {}) {
  const unit = await createUnit(sql)
  const activityId = await createActivity(sql, unit, { startsIn: options.startsIn ?? -30, endsIn: options.endsIn ?? 90, geofence: options.geofence })
  const [volunteer] = await createVolunteers(sql, 1)
  await sql`insert into registrations (activity_id, user_id, status, confirmed_at) values (${activityId}, ${volunteer!}, 'confirmed', now())`
  return { unit, activityId, volunteer: volunteer! }
}

/** The QR text the contact's phone shows at `at`, derived from the key it fetched (as the app does). */
async function code(contactId: string, activityId: string, at: Date = new Date()): Promise<string> {
  const { key } = ZCheckinKeyResponse.parse((await api(`/api/activities/${activityId}/checkin-key`, { token: tokenFor(contactId) })).body)
  return codeForStep(key, activityId, checkinStepAt(at.getTime())).qrText
}

const scan = (volunteer: string, body: Record<string, unknown>) => api('/api/checkins', { token: tokenFor(volunteer), body: { scanId: randomUUID(), ...body } })

describe('check-in by rotating code', () => {
  it('checks in with the first scan and out with the next, hours capped at the schedule', async () => {
    const { unit, activityId, volunteer } = await runningActivity()
    const first = await scan(volunteer, { activityId, code: await code(unit.contactId, activityId) })
    expect(ZCheckinResponse.parse(first.body).action).toBe('checked_in')
    // A second scan right away is the same tap twice.
    const twice = await scan(volunteer, { activityId, code: await code(unit.contactId, activityId) })
    expect(twice.body.action).toBe('checked_in')
    // Pretend the check-in was 3 hours ago, before the activity started 30 minutes ago.
    await sql`update check_ins set checked_in_at = now() - interval '3 hours'
              where registration_id = (select id from registrations where activity_id = ${activityId})`
    const out = ZCheckinResponse.parse((await scan(volunteer, { activityId, code: await code(unit.contactId, activityId) })).body)
    expect(out.action).toBe('checked_out')
    expect(out.checkIn.hours).toBeGreaterThan(0.45)
    expect(out.checkIn.hours).toBeLessThan(0.55)
    const again = await scan(volunteer, { activityId, code: await code(unit.contactId, activityId) })
    expect(again.body.action).toBe('already_checked_out')
    const hours = ZMyHoursResponse.parse((await api('/api/me/hours', { token: tokenFor(volunteer) })).body)
    expect(hours.totalHours).toBe(out.checkIn.hours)
    expect(hours.certificate.serialNo).toMatch(/^XLF-[0-9A-F]{10}$/)
  })

  it('refuses expired, forged, foreign and other-activity codes', async () => {
    const { unit, activityId, volunteer } = await runningActivity()
    const other = await runningActivity()
    const send = (text: string) => scan(volunteer, { activityId, code: text })
    // Two minutes old: four steps back, past the online tolerance of two.
    const expired = await code(unit.contactId, activityId, new Date(Date.now() - 120_000))
    expect((await send(expired)).body.code).toBe('checkin_token_expired')
    const valid = await code(unit.contactId, activityId)
    expect((await send(valid.slice(0, -3) + 'abc')).body.code).toBe('checkin_token_invalid')
    expect((await send('https://example.com/some-other-qr-code')).body.code).toBe('checkin_token_invalid')
    expect((await send(await code(other.unit.contactId, other.activityId))).body.code).toBe('checkin_wrong_activity')
    expect(await sql`select id from check_ins where registration_id in (select id from registrations where activity_id = ${activityId})`).toHaveLength(0)
  })

  it('refuses people who are not confirmed, and codes outside the check-in window', async () => {
    const { unit, activityId } = await runningActivity()
    const [stranger] = await createVolunteers(sql, 1)
    const reply = await scan(stranger!, { activityId, code: await code(unit.contactId, activityId) })
    expect(reply).toMatchObject({ status: 403, body: { code: 'not_registered' } })
    const early = await runningActivity({ startsIn: 3 * 60, endsIn: 4 * 60 })
    const tooEarly = await scan(early.volunteer, { activityId: early.activityId, code: await code(early.unit.contactId, early.activityId) })
    expect(tooEarly.body.code).toBe('checkin_not_open')
  })

  it('only lets the activity’s unit show the code and the roster', async () => {
    const { activityId, volunteer } = await runningActivity()
    const other = await createUnit(sql)
    expect((await api(`/api/activities/${activityId}/checkin-key`, { token: tokenFor(volunteer) })).status).toBe(403)
    expect((await api(`/api/activities/${activityId}/checkin-key`, { token: tokenFor(other.contactId) })).status).toBe(403)
    expect((await api(`/api/activities/${activityId}/roster`, { token: tokenFor(other.contactId) })).status).toBe(403)
  })

  it('asks for the location where a geofence is set, and refuses scans from afar', async () => {
    const { unit, activityId, volunteer } = await runningActivity({ geofence: { lat: 34.6, lng: 119.2, radius: 300 } })
    const send = async (where: { latitude?: number; longitude?: number }) => scan(volunteer, { activityId, code: await code(unit.contactId, activityId), ...where })
    expect((await send({})).body.code).toBe('location_required')
    const far = await send({ latitude: 34.7, longitude: 119.2 })
    expect(far.body.code).toBe('outside_geofence')
    expect(far.body.message).toMatch(/约 \d+ 米/)
    expect((await send({ latitude: 34.6005, longitude: 119.2005 })).body.action).toBe('checked_in')
  })
})

describe('forgotten check-outs and corrections', () => {
  it('closes forgotten check-outs after the end, flagged and capped, via the scheduled job', async () => {
    const { activityId, volunteer } = await runningActivity({ startsIn: -180, endsIn: -60 })
    await sql`insert into check_ins (registration_id, checked_in_at)
              select id, now() - interval '170 minutes' from registrations where activity_id = ${activityId}`
    const tick = await api('/api/cron/tick')
    expect(tick.status).toBe(200)
    expect(tick.body.closedCheckouts).toBeGreaterThanOrEqual(1)
    const hours = ZMyHoursResponse.parse((await api('/api/me/hours', { token: tokenFor(volunteer) })).body)
    expect(hours.items[0]!.checkIn).toMatchObject({ autoClosed: true, hours: expect.closeTo(1.83, 1) })
  })

  it('lets the unit contact correct a record, with an audit entry', async () => {
    const { unit, activityId, volunteer } = await runningActivity({ startsIn: -240, endsIn: -60 })
    const roster = ZRosterResponse.parse((await api(`/api/activities/${activityId}/roster`, { token: tokenFor(unit.contactId) })).body)
    const registrationId = roster.items[0]!.registrationId
    expect(roster.items[0]).toMatchObject({ realName: '张三', phone: '13900000000', checkIn: null })
    const start = new Date(Date.now() - 240 * 60_000).toISOString()
    const end = new Date(Date.now() - 120 * 60_000).toISOString()
    const fixed = await api(`/api/registrations/${registrationId}/checkin`, {
      method: 'PATCH',
      token: tokenFor(unit.contactId),
      body: { checkedInAt: start, checkedOutAt: end, note: '忘记扫码，现场签到表为证' },
    })
    expect(fixed.status).toBe(200)
    expect(fixed.body.item.checkIn.hours).toBeCloseTo(2, 1)
    const audit = await sql`select action, actor_id, after from audit_log where entity_id = ${registrationId}`
    expect(audit).toEqual([expect.objectContaining({ action: 'check_in.correct', actor_id: unit.contactId })])
    const byVolunteer = await api(`/api/registrations/${registrationId}/checkin`, {
      method: 'PATCH',
      token: tokenFor(volunteer),
      body: { checkedInAt: start, checkedOutAt: end, note: '我自己改' },
    })
    expect(byVolunteer.status).toBe(404)
    const backwards = await api(`/api/registrations/${registrationId}/checkin`, {
      method: 'PATCH',
      token: tokenFor(unit.contactId),
      body: { checkedInAt: end, checkedOutAt: start, note: '时间填反了' },
    })
    expect(backwards.body.issues[0].path).toBe('checkedOutAt')
  })
})
