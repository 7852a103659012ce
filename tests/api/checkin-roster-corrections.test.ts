import { ZRosterResponse } from '../../types/api/checkins'
import { api } from '../setup/api-client'
import { asUser, connectTestDb } from '../setup/db'
import { createActivity, createUnit, createVolunteers, tokenFor } from '../setup/journey'

/** Issue 12.6 (phones on rosters) and 12.7 (corrections that credit hours for what has not happened). */
const sql = connectTestDb()
afterAll(() => sql.end())

const DAY = 24 * 60

async function rosterOf(contactId: string, activityId: string) {
  return ZRosterResponse.parse((await api(`/api/activities/${activityId}/roster`, { token: tokenFor(contactId) })).body).items
}

async function signUp(activityId: string, people: string[], status: 'confirmed' | 'waitlisted') {
  for (const [i, person] of people.entries()) {
    await sql`insert into registrations (activity_id, user_id, status, confirmed_at, waitlist_position)
              values (${activityId}, ${person}, ${status}, ${status === 'confirmed' ? new Date() : null}, ${status === 'waitlisted' ? i + 1 : null})`
  }
}

describe('roster phones', () => {
  it('full numbers only for confirmed people from the day before the activity until check-in closes', async () => {
    const unit = await createUnit(sql)
    const soon = await createActivity(sql, unit, { startsIn: 20 * 60, endsIn: 22 * 60 })
    const later = await createActivity(sql, unit, { startsIn: 3 * DAY, endsIn: 3 * DAY + 120 })
    const past = await createActivity(sql, unit, { startsIn: -6 * 60, endsIn: -3 * 60 })
    const [a, b, c, d] = await createVolunteers(sql, 4)
    await signUp(soon, [a!], 'confirmed')
    await signUp(soon, [b!], 'waitlisted')
    await signUp(later, [c!], 'confirmed')
    await signUp(past, [d!], 'confirmed')

    const soonRoster = await rosterOf(unit.contactId, soon)
    expect(soonRoster.find((i) => i.status === 'confirmed')).toMatchObject({ phone: '13900000000', phoneMasked: false })
    expect(soonRoster.find((i) => i.status === 'waitlisted')).toMatchObject({ phone: '139****0000', phoneMasked: true })
    expect((await rosterOf(unit.contactId, later))[0]).toMatchObject({ phone: '139****0000', phoneMasked: true })
    expect((await rosterOf(unit.contactId, past))[0]).toMatchObject({ phone: '139****0000', phoneMasked: true })
    // The full number is not anywhere in the answers outside that window.
    const body = JSON.stringify(await api(`/api/activities/${later}/roster`, { token: tokenFor(unit.contactId) }))
    expect(body).not.toContain('13900000000')
  })
})

describe('check-in corrections', () => {
  async function confirmedAt(startsIn: number, endsIn: number) {
    const unit = await createUnit(sql)
    const activityId = await createActivity(sql, unit, { startsIn, endsIn })
    const [volunteer] = await createVolunteers(sql, 1)
    const [registration] = await sql<{ id: string }[]>`
      insert into registrations (activity_id, user_id, status, confirmed_at) values (${activityId}, ${volunteer!}, 'confirmed', now()) returning id`
    return { unit, activityId, registrationId: registration!.id }
  }
  const today = (hhmm: string) => `${new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)}T${hhmm}:00+08:00`

  it('refuses 08:30–11:00 today for an activity months ahead: 4xx in Chinese, nothing saved, no hours', async () => {
    const { unit, registrationId } = await confirmedAt(120 * DAY, 120 * DAY + 180)
    const reply = await api(`/api/registrations/${registrationId}/checkin`, {
      method: 'PATCH',
      token: tokenFor(unit.contactId),
      body: { checkedInAt: today('08:30'), checkedOutAt: today('11:00'), note: '现场签到表补录' },
    })
    expect(reply.status).toBeGreaterThanOrEqual(400)
    expect(reply.status).toBeLessThan(500)
    expect(['checkin_outside_activity', 'checkin_in_future']).toContain(reply.body.code)
    expect(reply.body.message).toMatch(/活动当天|晚于现在/)
    expect(reply.body.issues[0].path).toBe('checkedInAt')
    expect(await sql`select 1 from check_ins where registration_id = ${registrationId}`).toHaveLength(0)
  })

  it('refuses times in the future, and a check-out before the activity has started', async () => {
    const running = await confirmedAt(-60, 120)
    const future = await api(`/api/registrations/${running.registrationId}/checkin`, {
      method: 'PATCH',
      token: tokenFor(running.unit.contactId),
      body: { checkedInAt: new Date(Date.now() - 50 * 60_000).toISOString(), checkedOutAt: new Date(Date.now() + 60 * 60_000).toISOString(), note: '提前登记签退' },
    })
    expect(future).toMatchObject({ status: 400, body: { code: 'checkin_in_future' } })
    expect(future.body.issues[0].path).toBe('checkedOutAt')

    const upcoming = await confirmedAt(50, 170)
    const early = await api(`/api/registrations/${upcoming.registrationId}/checkin`, {
      method: 'PATCH',
      token: tokenFor(upcoming.unit.contactId),
      body: { checkedInAt: new Date(Date.now() - 5 * 60_000).toISOString(), checkedOutAt: new Date(Date.now() - 60_000).toISOString(), note: '提前到场' },
    })
    expect(early).toMatchObject({ status: 409, body: { code: 'activity_not_started' } })
    expect(early.body.message).toMatch(/还没有开始/)
  })

  it('the database refuses the same rows from a unit contact, whatever code path writes them', async () => {
    const { unit, registrationId } = await confirmedAt(120 * DAY, 120 * DAY + 180)
    const write = (inAt: string, outAt: string | null) =>
      asUser(sql, unit.contactId, (tx) => tx`insert into check_ins (registration_id, checked_in_at, checked_out_at) values (${registrationId}, ${inAt}, ${outAt})`)
    await expect(write(today('08:30'), today('11:00'))).rejects.toThrow(/checkin_outside_activity|checkin_in_future/)
    const running = await confirmedAt(-60, 120)
    await expect(
      asUser(sql, running.unit.contactId, (tx) => tx`
        insert into check_ins (registration_id, checked_in_at, checked_out_at)
        values (${running.registrationId}, now() - interval '30 minutes', now() + interval '1 hour')`),
    ).rejects.toThrow(/checkin_in_future/)
    expect(await sql`select 1 from check_ins where registration_id in (${registrationId}, ${running.registrationId})`).toHaveLength(0)
  })

  it('still accepts an honest correction on the activity’s day', async () => {
    const { unit, registrationId } = await confirmedAt(-180, -30)
    const ok = await api(`/api/registrations/${registrationId}/checkin`, {
      method: 'PATCH',
      token: tokenFor(unit.contactId),
      body: { checkedInAt: new Date(Date.now() - 170 * 60_000).toISOString(), checkedOutAt: new Date(Date.now() - 50 * 60_000).toISOString(), note: '忘记扫码签退' },
    })
    expect(ok.status).toBe(200)
    expect(ok.body.item.checkIn.hours).toBeCloseTo(2, 1)
  })
})
