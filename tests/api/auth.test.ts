import { ZDemoAccountsResponse, ZMeResponse, ZSessionResponse } from '../../types/api/auth'
import { api } from '../setup/api-client'

async function loginAs(role: 'volunteer' | 'unit_contact' | 'organiser') {
  const accounts = ZDemoAccountsResponse.parse((await api('/api/auth/demo-accounts')).body)
  const account = accounts.items.find((a) => a.role === role)!
  const { status, body } = await api('/api/auth/demo-login', { body: { userId: account.userId } })
  expect(status).toBe(200)
  return ZSessionResponse.parse(body)
}

describe('login and sessions', () => {
  it('offers a demo account for every role locally', async () => {
    const accounts = ZDemoAccountsResponse.parse((await api('/api/auth/demo-accounts')).body)
    expect(new Set(accounts.items.map((a) => a.role))).toEqual(new Set(['volunteer', 'unit_contact', 'organiser', 'district_admin']))
  })

  it('logs in a demo unit contact and knows their unit', async () => {
    const session = await loginAs('unit_contact')
    const me = ZMeResponse.parse((await api('/api/me', { token: session.token })).body)
    expect(me.user.memberships).toContainEqual(expect.objectContaining({ role: 'unit_contact', unitName: expect.any(String) }))
  })

  it('refuses a demo login for a user who is not a demo account', async () => {
    const { status, body } = await api('/api/auth/demo-login', { body: { userId: '00000000-0000-4000-8000-000000000000' } })
    expect(status).toBe(404)
    expect(body.code).toBe('not_found')
  })

  it('says WeChat login is not configured when it is not, instead of failing', async () => {
    const { status, body } = await api('/api/auth/wechat', { body: { code: 'abc' } })
    expect(status).toBe(503)
    expect(body.code).toBe('wechat_login_unavailable')
  })

  it('rejects missing, forged and malformed tokens with 401', async () => {
    expect((await api('/api/me')).body.code).toBe('unauthenticated')
    const session = await loginAs('volunteer')
    const forged = session.token.slice(0, -4) + 'AAAA'
    const forgedReply = await api('/api/me', { token: forged })
    expect(forgedReply.status).toBe(401)
    expect(forgedReply.body.code).toBe('session_expired')
    expect((await api('/api/me', { headers: { authorization: 'Basic xyz' } })).status).toBe(401)
  })

  it('rejects malformed bodies with a code and a Chinese message', async () => {
    const invalidJson = await api('/api/auth/demo-login', { rawBody: '{"userId":' })
    expect(invalidJson).toMatchObject({ status: 400, body: { code: 'invalid_json' } })
    const wrongShape = await api('/api/auth/demo-login', { body: { userId: 42 } })
    expect(wrongShape).toMatchObject({ status: 400, body: { code: 'validation_failed' } })
    expect(wrongShape.body.issues[0].path).toBe('userId')
    const wrongType = await api('/api/auth/demo-login', { rawBody: 'x', headers: { 'content-type': 'application/xml' } })
    expect(wrongType).toMatchObject({ status: 415, body: { code: 'unsupported_media_type' } })
  })
})

describe('joining by invite code', () => {
  it('makes a volunteer a unit contact, once', async () => {
    const session = await loginAs('volunteer')
    const joined = await api('/api/auth/join', { token: session.token, body: { inviteCode: 'demou003' } })
    expect(joined.status).toBe(200)
    const after = ZSessionResponse.parse(joined.body)
    expect(after.user.memberships.some((m) => m.role === 'unit_contact')).toBe(true)
    const again = await api('/api/auth/join', { token: after.token, body: { inviteCode: 'DEMOU003' } })
    expect(again).toMatchObject({ status: 409, body: { code: 'already_member' } })
  })

  it('refuses unknown and malformed codes, and anonymous callers', async () => {
    const session = await loginAs('volunteer')
    expect((await api('/api/auth/join', { token: session.token, body: { inviteCode: 'NOSUCH99' } })).body.code).toBe('invite_invalid')
    expect((await api('/api/auth/join', { token: session.token, body: { inviteCode: '短' } })).body.code).toBe('validation_failed')
    expect((await api('/api/auth/join', { body: { inviteCode: 'DEMOU001' } })).status).toBe(401)
  })
})
