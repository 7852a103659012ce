import { ZCancelRegistrationResponse, ZCreateRegistrationResponse, ZMyRegistrationsResponse } from '../../types/api/registrations'
import { ZActivityDetail } from '../../types/api/activities'
import { ZMeResponse } from '../../types/api/auth'
import { ZNotificationsResponse } from '../../types/api/notifications'
import { PRIVACY_POLICY_VERSION } from '../../types/domain'
import { api } from '../setup/api-client'
import { connectTestDb } from '../setup/db'
import { createActivity, createUnit, createVolunteers, tokenFor } from '../setup/journey'

const sql = connectTestDb()
afterAll(() => sql.end())

const register = (userId: string, activityId: string) => api('/api/registrations', { token: tokenFor(userId), body: { activityId } })

describe('sign-up over HTTP, racing', () => {
  it('confirms exactly the capacity and waitlists the rest in arrival order', async () => {
    const unit = await createUnit(sql)
    const activityId = await createActivity(sql, unit, { startsIn: 24 * 60, endsIn: 26 * 60, capacity: 5 })
    const people = await createVolunteers(sql, 40)
    const replies = await Promise.all(people.map((id) => register(id, activityId)))
    expect(replies.filter((r) => r.status >= 500)).toEqual([])
    const results = replies.map((r) => ZCreateRegistrationResponse.parse(r.body).registration)
    expect(results.filter((r) => r.status === 'confirmed')).toHaveLength(5)
    const waiting = results.filter((r) => r.status === 'waitlisted')
    expect(waiting).toHaveLength(35)
    // Ranks are 1..35 with no gaps or repeats, in the order the rows were created.
    expect(waiting.map((r) => r.waitlistRank).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 35 }, (_, i) => i + 1))
    const [counts] = await sql<{ confirmed_count: number; waitlist_count: number }[]>`
      select confirmed_count, waitlist_count from activities where id = ${activityId}`
    expect(counts).toEqual({ confirmed_count: 5, waitlist_count: 35 })
  })

  it('answers a double tap with the same registration, not a second row', async () => {
    const unit = await createUnit(sql)
    const activityId = await createActivity(sql, unit, { startsIn: 24 * 60, endsIn: 25 * 60 })
    const [person] = await createVolunteers(sql, 1)
    const [a, b] = await Promise.all([register(person!, activityId), register(person!, activityId)])
    expect(a!.status).toBe(200)
    expect(b!.status).toBe(200)
    expect(a!.body.registration.id).toBe(b!.body.registration.id)
    const rows = await sql`select id from registrations where activity_id = ${activityId}`
    expect(rows).toHaveLength(1)
  })
})

describe('cancellation and the waitlist', () => {
  it('promotes the first person waiting and tells them', async () => {
    const unit = await createUnit(sql)
    const activityId = await createActivity(sql, unit, { startsIn: 24 * 60, endsIn: 26 * 60, capacity: 1 })
    const [first, second, third] = await createVolunteers(sql, 3)
    const seated = ZCreateRegistrationResponse.parse((await register(first!, activityId)).body).registration
    await register(second!, activityId)
    const last = ZCreateRegistrationResponse.parse((await register(third!, activityId)).body).registration
    expect(last.waitlistRank).toBe(2)

    const cancelled = await api(`/api/registrations/${seated.id}/cancel`, { token: tokenFor(first!), method: 'POST' })
    expect(ZCancelRegistrationResponse.parse(cancelled.body)).toMatchObject({ promoted: true, registration: { status: 'cancelled' } })

    const detail = ZActivityDetail.parse((await api(`/api/activities/${activityId}`, { token: tokenFor(second!) })).body)
    expect(detail.myRegistration).toMatchObject({ status: 'confirmed', waitlistRank: null })
    expect(detail.contactPhone).toBe('13800001234')
    const thirdView = ZActivityDetail.parse((await api(`/api/activities/${activityId}`, { token: tokenFor(third!) })).body)
    expect(thirdView.myRegistration).toMatchObject({ status: 'waitlisted', waitlistRank: 1 })

    const inbox = ZNotificationsResponse.parse((await api('/api/me/notifications', { token: tokenFor(second!) })).body)
    expect(inbox.items).toEqual([expect.objectContaining({ kind: 'waitlist_promoted', activityId })])
    // Cancelling twice is harmless and promotes nobody else.
    const again = await api(`/api/registrations/${seated.id}/cancel`, { token: tokenFor(first!), method: 'POST' })
    expect(ZCancelRegistrationResponse.parse(again.body).promoted).toBe(false)
  })

  it('promotes in arrival order when several seats free up at once', async () => {
    const unit = await createUnit(sql)
    const activityId = await createActivity(sql, unit, { startsIn: 24 * 60, endsIn: 26 * 60, capacity: 3 })
    const people = await createVolunteers(sql, 8)
    const regs = []
    for (const id of people) regs.push(ZCreateRegistrationResponse.parse((await register(id, activityId)).body).registration)
    await Promise.all(regs.slice(0, 3).map((r, i) => api(`/api/registrations/${r.id}/cancel`, { token: tokenFor(people[i]!), method: 'POST' })))
    const confirmed = await sql<{ user_id: string }[]>`
      select user_id from registrations where activity_id = ${activityId} and status = 'confirmed' order by user_id`
    expect(confirmed.map((r) => r.user_id).sort()).toEqual(people.slice(3, 6).sort())
  })

  it('refuses to cancel a confirmed place after the cut-off, but lets the waitlisted leave', async () => {
    const unit = await createUnit(sql)
    const activityId = await createActivity(sql, unit, { startsIn: 60, endsIn: 120, capacity: 1, cancelCutoffMinutes: 120 })
    const [a, b] = await createVolunteers(sql, 2)
    const seated = ZCreateRegistrationResponse.parse((await register(a!, activityId)).body).registration
    const waiting = ZCreateRegistrationResponse.parse((await register(b!, activityId)).body).registration
    const late = await api(`/api/registrations/${seated.id}/cancel`, { token: tokenFor(a!), method: 'POST' })
    expect(late).toMatchObject({ status: 409, body: { code: 'cancel_closed' } })
    const leave = await api(`/api/registrations/${waiting.id}/cancel`, { token: tokenFor(b!), method: 'POST' })
    expect(leave.status).toBe(200)
  })

  it('does not let anyone cancel someone else’s registration', async () => {
    const unit = await createUnit(sql)
    const activityId = await createActivity(sql, unit, { startsIn: 24 * 60, endsIn: 25 * 60 })
    const [a, b] = await createVolunteers(sql, 2)
    const mine = ZCreateRegistrationResponse.parse((await register(a!, activityId)).body).registration
    const reply = await api(`/api/registrations/${mine.id}/cancel`, { token: tokenFor(b!), method: 'POST' })
    expect(reply).toMatchObject({ status: 404, body: { code: 'registration_not_found' } })
  })
})

describe('sign-up rules', () => {
  it('refuses an overlapping sign-up and names the other activity', async () => {
    const unit = await createUnit(sql)
    const morning = await createActivity(sql, unit, { startsIn: 24 * 60, endsIn: 27 * 60, title: '上午的社区义诊' })
    const overlapping = await createActivity(sql, unit, { startsIn: 26 * 60, endsIn: 28 * 60, title: '午间环保活动' })
    const later = await createActivity(sql, unit, { startsIn: 27 * 60, endsIn: 29 * 60, title: '下午的活动' })
    const [person] = await createVolunteers(sql, 1)
    expect((await register(person!, morning)).status).toBe(200)
    const clash = await register(person!, overlapping)
    expect(clash.status).toBe(409)
    expect(clash.body.code).toBe('time_overlap')
    expect(clash.body.message).toContain('上午的社区义诊')
    // Back-to-back is not an overlap.
    expect((await register(person!, later)).status).toBe(200)
  })

  it.each([
    ['signup_closed', { startsIn: 24 * 60, endsIn: 25 * 60, deadlineIn: -5 }],
    ['activity_ended', { startsIn: -120, endsIn: -60 }],
    ['signup_closed', { startsIn: -10, endsIn: 60 }],
  ])('answers %s with a 409 and keeps nothing', async (code, times) => {
    const unit = await createUnit(sql)
    const activityId = await createActivity(sql, unit, times)
    const [person] = await createVolunteers(sql, 1)
    const reply = await register(person!, activityId)
    expect(reply).toMatchObject({ status: 409, body: { code } })
    expect(await sql`select id from registrations where activity_id = ${activityId}`).toHaveLength(0)
  })

  it('answers cancelled and unknown activities clearly', async () => {
    const unit = await createUnit(sql)
    const activityId = await createActivity(sql, unit, { startsIn: 24 * 60, endsIn: 25 * 60 })
    await sql`update activities set status = 'cancelled' where id = ${activityId}`
    const [person] = await createVolunteers(sql, 1)
    expect((await register(person!, activityId)).body.code).toBe('activity_cancelled')
    expect((await register(person!, '00000000-0000-4000-8000-000000000000')).body.code).toBe('activity_not_found')
    expect((await api('/api/registrations', { token: tokenFor(person!), body: { activityId: 'x' } })).body.code).toBe('validation_failed')
    expect((await api('/api/registrations', { body: { activityId } })).status).toBe(401)
  })

  it('asks for name, phone and consent first, and records the consent', async () => {
    const unit = await createUnit(sql)
    const activityId = await createActivity(sql, unit, { startsIn: 24 * 60, endsIn: 25 * 60 })
    const [person] = await createVolunteers(sql, 1, { profile: false })
    const token = tokenFor(person!)
    expect((await register(person!, activityId)).body.code).toBe('profile_required')
    const badPhone = await api('/api/me/profile', { method: 'PUT', token, body: { realName: '李四', phone: '12345', consent: true, policyVersion: PRIVACY_POLICY_VERSION } })
    expect(badPhone).toMatchObject({ status: 400, body: { code: 'validation_failed' } })
    const noConsent = await api('/api/me/profile', { method: 'PUT', token, body: { realName: '李四', phone: '13912345678', consent: false, policyVersion: PRIVACY_POLICY_VERSION } })
    expect(noConsent.body.issues[0].path).toBe('consent')
    const saved = await api('/api/me/profile', { method: 'PUT', token, body: { realName: '李四', phone: '13912345678', consent: true, policyVersion: PRIVACY_POLICY_VERSION } })
    expect(ZMeResponse.parse(saved.body).user.profile).toEqual({ realName: '李四', phoneMasked: '139****5678', hasConsent: true, complete: true })
    expect((await register(person!, activityId)).status).toBe(200)
    const consents = await sql`select policy_version from privacy_consents where user_id = ${person!}`
    expect(consents).toEqual([{ policy_version: PRIVACY_POLICY_VERSION }])
  })
})

describe('我的活动', () => {
  it('lists upcoming, waitlisted (with rank) and past registrations', async () => {
    const unit = await createUnit(sql)
    const upcoming = await createActivity(sql, unit, { startsIn: 48 * 60, endsIn: 49 * 60, capacity: 1 })
    const full = await createActivity(sql, unit, { startsIn: 72 * 60, endsIn: 73 * 60, capacity: 1 })
    const [me, other] = await createVolunteers(sql, 2)
    await register(other!, full)
    await register(me!, upcoming)
    await register(me!, full)
    const tab = async (name: string) => ZMyRegistrationsResponse.parse((await api(`/api/me/registrations?tab=${name}`, { token: tokenFor(me!) })).body).items
    expect((await tab('upcoming')).map((i) => i.activity.id)).toEqual([upcoming])
    expect(await tab('waitlisted')).toEqual([expect.objectContaining({ registration: expect.objectContaining({ status: 'waitlisted', waitlistRank: 1 }) })])
    expect(await tab('past')).toEqual([])
    expect((await api('/api/me/registrations?tab=everything', { token: tokenFor(me!) })).status).toBe(400)
  })
})
