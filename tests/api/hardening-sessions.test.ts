import { randomUUID } from 'node:crypto'
import { ZMeResponse, ZSignOutEverywhereResponse } from '../../types/api/auth'
import { PRIVACY_POLICY_VERSION } from '../../types/domain'
import { api } from '../setup/api-client'
import { connectTestDb } from '../setup/db'
import { issueSessionToken } from '../../cloud/lib/auth/session-token'
import { createActivity, createUnit, createVolunteers, serverSecret, tokenFor } from '../setup/journey'

/**
 * One rule for every request with a token (issue 12, item 5): a validly signed token whose user no
 * longer exists, or whose sessions were revoked, is a 401 everywhere — reads and writes alike.
 */
const sql = connectTestDb()
afterAll(() => sql.end())

/** Every operation a signed-in person reaches, with a body that would pass validation. */
function everyEndpoint(activityId: string, registrationId: string): Array<{ path: string; method: string; body?: unknown }> {
  return [
    { path: '/api/me', method: 'GET' },
    { path: '/api/me/hours', method: 'GET' },
    { path: '/api/me/notifications', method: 'GET' },
    { path: '/api/me/registrations?tab=upcoming', method: 'GET' },
    { path: '/api/me/units', method: 'GET' },
    { path: '/api/me/profile', method: 'PUT', body: { realName: '张三', phone: '13900001111', consent: true, policyVersion: PRIVACY_POLICY_VERSION } },
    { path: '/api/registrations', method: 'POST', body: { activityId } },
    { path: `/api/registrations/${registrationId}/cancel`, method: 'POST', body: {} },
    { path: '/api/auth/join', method: 'POST', body: { inviteCode: 'DEMOU001' } },
    { path: '/api/auth/sign-out-everywhere', method: 'POST', body: {} },
  ]
}

describe('a token whose user no longer exists', () => {
  it('gets 401 from every endpoint, never 200 with empty data', async () => {
    const unit = await createUnit(sql)
    const activityId = await createActivity(sql, unit, { startsIn: 24 * 60, endsIn: 26 * 60 })
    const [gone] = await createVolunteers(sql, 1)
    const token = tokenFor(gone!)
    const [registration] = await sql<{ id: string }[]>`
      insert into registrations (activity_id, user_id, status, confirmed_at) values (${activityId}, ${gone!}, 'confirmed', now()) returning id`
    expect((await api('/api/me', { token })).status).toBe(200)
    await sql`delete from app_users where id = ${gone!}`
    for (const endpoint of everyEndpoint(activityId, registration!.id)) {
      const reply = await api(endpoint.path, { token, method: endpoint.method, body: endpoint.body })
      expect({ endpoint: endpoint.path, status: reply.status, code: reply.body.code }).toEqual({
        endpoint: endpoint.path,
        status: 401,
        code: 'session_expired',
      })
    }
    // A user id that never existed is the same case.
    expect((await api('/api/me/hours', { token: tokenFor(randomUUID()) })).status).toBe(401)
  })
})

describe('signing out everywhere', () => {
  it('revokes every token issued before, keeps later ones working, and leaves nothing half-done', async () => {
    const [person] = await createVolunteers(sql, 1)
    const phone = tokenFor(person!)
    const desk = tokenFor(person!)
    expect((await api('/api/me', { token: phone })).status).toBe(200)

    const out = await api('/api/auth/sign-out-everywhere', { token: desk, body: {} })
    expect(out.status).toBe(200)
    ZSignOutEverywhereResponse.parse(out.body)

    for (const token of [phone, desk]) {
      const reply = await api('/api/me/registrations?tab=upcoming', { token })
      expect(reply).toMatchObject({ status: 401, body: { code: 'session_revoked' } })
      expect(reply.body.message).toMatch(/[\u4e00-\u9fa5]/)
    }
    // Logging in again (a token issued after the revocation, with the raised epoch as issueSession
    // writes it) works at once, even within the same second.
    const [{ session_epoch: epoch }] = await sql<{ session_epoch: number }[]>`select session_epoch from app_users where id = ${person!}`
    expect(epoch).toBe(1)
    const again = issueSessionToken({ userId: person!, sessionEpoch: epoch, ttlHours: 1 }, serverSecret()).token
    const me = await api('/api/me', { token: again })
    expect(me.status).toBe(200)
    expect(ZMeResponse.parse(me.body).user.id).toBe(person)
  })

  it('revokes a demo session too, and a fresh demo login works', async () => {
    const accounts = (await api('/api/auth/demo-accounts')).body as { items: Array<{ userId: string; role: string }> }
    const account = accounts.items.find((a) => a.role === 'volunteer')!
    const first = (await api('/api/auth/demo-login', { body: { userId: account.userId } })).body as { token: string }
    expect((await api('/api/auth/sign-out-everywhere', { token: first.token, body: {} })).status).toBe(200)
    expect((await api('/api/me', { token: first.token })).status).toBe(401)
    const second = (await api('/api/auth/demo-login', { body: { userId: account.userId } })).body as { token: string }
    expect((await api('/api/me', { token: second.token })).status).toBe(200)
  })

  it('needs a session', async () => {
    expect((await api('/api/auth/sign-out-everywhere', { body: {} })).status).toBe(401)
  })
})
