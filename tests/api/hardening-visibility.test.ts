import { api } from '../setup/api-client'
import { asUser, connectTestDb } from '../setup/db'
import { createActivity, createUnit, createVolunteers, tokenFor } from '../setup/journey'

/**
 * Writes check campaign visibility the way reads do (issue 12, item 2): a volunteer who cannot see
 * an activity of an unpublished campaign cannot sign up for it, cancel, or check in either — over
 * the API and directly in SQL as that volunteer. The campaign's own people keep working on it.
 */
const sql = connectTestDb()
afterAll(() => sql.end())

async function hiddenActivity(options: { startsIn: number; endsIn: number }) {
  const unit = await createUnit(sql)
  await sql`update campaigns set is_published = false where id = ${unit.campaignId}`
  const activityId = await createActivity(sql, unit, options)
  return { unit, activityId }
}

describe('campaign visibility on writes', () => {
  it('refuses a sign-up for an activity of an unpublished campaign with 404, as the read does', async () => {
    const { activityId } = await hiddenActivity({ startsIn: 48 * 60, endsIn: 50 * 60 })
    const [volunteer] = await createVolunteers(sql, 1)
    const token = tokenFor(volunteer!)
    expect((await api(`/api/activities/${activityId}`, { token })).status).toBe(404)
    const reply = await api('/api/registrations', { token, body: { activityId } })
    expect(reply).toMatchObject({ status: 404, body: { code: 'activity_not_found' } })
    expect(await sql`select id from registrations where activity_id = ${activityId}`).toHaveLength(0)
    // The rule lives in SQL: the function refuses the volunteer even when called directly.
    await expect(asUser(sql, volunteer!, (tx) => tx`select * from app_private.register_for_activity(${activityId})`)).rejects.toThrow('activity_not_found')
  })

  it('refuses a hidden campaign before any other rule, so nothing about the activity leaks', async () => {
    const { activityId } = await hiddenActivity({ startsIn: 48 * 60, endsIn: 50 * 60 })
    const [incomplete] = await createVolunteers(sql, 1, { profile: false })
    const reply = await api('/api/registrations', { token: tokenFor(incomplete!), body: { activityId } })
    expect(reply).toMatchObject({ status: 404, body: { code: 'activity_not_found' } })
  })

  it('signs up once the campaign is published', async () => {
    const { unit, activityId } = await hiddenActivity({ startsIn: 48 * 60, endsIn: 50 * 60 })
    await sql`update campaigns set is_published = true where id = ${unit.campaignId}`
    const [volunteer] = await createVolunteers(sql, 1)
    const reply = await api('/api/registrations', { token: tokenFor(volunteer!), body: { activityId } })
    expect(reply).toMatchObject({ status: 200, body: { registration: { status: 'confirmed' } } })
  })

  it('refuses cancelling and checking in on a registration whose campaign was hidden afterwards', async () => {
    const unit = await createUnit(sql)
    const activityId = await createActivity(sql, unit, { startsIn: 10, endsIn: 130, cancelCutoffMinutes: 0 })
    const [volunteer] = await createVolunteers(sql, 1)
    const token = tokenFor(volunteer!)
    const signedUp = await api('/api/registrations', { token, body: { activityId } })
    expect(signedUp.status).toBe(200)
    await sql`update campaigns set is_published = false where id = ${unit.campaignId}`

    const cancel = await api(`/api/registrations/${signedUp.body.registration.id}/cancel`, { token, body: {} })
    expect(cancel.status).toBe(404)
    const [row] = await sql<{ status: string }[]>`select status from registrations where id = ${signedUp.body.registration.id}`
    expect(row!.status).toBe('confirmed')
    await expect(asUser(sql, volunteer!, (tx) => tx`select * from app_private.scan_check_in(${activityId})`)).rejects.toThrow('activity_not_found')
    expect(await sql`select id from check_ins where registration_id = ${signedUp.body.registration.id}`).toHaveLength(0)
  })

  it('lets the unit contact keep managing the unpublished campaign', async () => {
    const { unit, activityId } = await hiddenActivity({ startsIn: 48 * 60, endsIn: 50 * 60 })
    const [volunteer] = await createVolunteers(sql, 1)
    // Members see and run their campaign before it is published: a contact adds someone by hand.
    const inserted = await asUser(sql, unit.contactId, (tx) => tx`
      insert into registrations (activity_id, user_id, status, confirmed_at) values (${activityId}, ${volunteer!}, 'confirmed', now()) returning id`)
    expect(inserted).toHaveLength(1)
    expect((await api(`/api/activities/${activityId}`, { token: tokenFor(unit.contactId) })).status).toBe(200)
  })
})
