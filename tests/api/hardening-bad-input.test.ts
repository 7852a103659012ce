import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { createLocalServer } from '../../cloud/server/local-server'
import { ZApiError } from '../../types/api/common'
import { api, apiUrl } from '../setup/api-client'
import { connectTestDb } from '../setup/db'
import { createActivity, createUnit, createVolunteers, tokenFor } from '../setup/journey'

/**
 * Input a careless client or an attacker sends: each must come back as a 4xx JSON `{code, message}`
 * with a Chinese message, never a 500 and never a bare status line (issue 12, item 4).
 */
const sql = connectTestDb()
afterAll(() => sql.end())

const CHINESE = /[\u4e00-\u9fa5]/

function expectRefusal(reply: { status: number; body: unknown }, status: number, code?: string): void {
  expect(reply.status).toBe(status)
  const error = ZApiError.parse(reply.body)
  if (code) expect(error.code).toBe(code)
  expect(error.message).toMatch(CHINESE)
}

/** Raw HTTP, so nothing on the client side re-encodes or refuses the path first. */
function rawRequest(method: string, rawPath: string, body?: Buffer, base = apiUrl('')): Promise<{ status: number; body: unknown; contentType: string }> {
  const url = new URL(base)
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method, path: rawPath, headers: body ? { 'content-length': body.length } : {} }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        let parsed: unknown = text
        try {
          parsed = JSON.parse(text)
        } catch {
          // a bare status line has no JSON body: the assertion below says so
        }
        resolve({ status: res.statusCode ?? 0, body: parsed, contentType: String(res.headers['content-type'] ?? '') })
      })
    })
    req.on('error', reject)
    req.end(body)
  })
}

/** A unit contact, an activity that ran yesterday and a volunteer checked in to it: what a correction needs. */
async function checkedInRegistration() {
  const unit = await createUnit(sql)
  const activityId = await createActivity(sql, unit, { startsIn: -26 * 60, endsIn: -24 * 60 })
  const [volunteer] = await createVolunteers(sql, 1)
  const [registration] = await sql<{ id: string; starts_at: Date }[]>`
    insert into registrations (activity_id, user_id, status, confirmed_at) values (${activityId}, ${volunteer!}, 'confirmed', now() - interval '2 days')
    returning id, (select starts_at from activities where id = ${activityId}) as starts_at`
  await sql`insert into check_ins (registration_id, checked_in_at, checked_out_at)
            values (${registration!.id}, ${registration!.starts_at}, ${new Date(registration!.starts_at.getTime() + 3600_000)})`
  return { unit, activityId, registrationId: registration!.id, startsAt: registration!.starts_at }
}

describe('malformed percent-encoding in a path', () => {
  it('answers 400 on an API path segment', async () => {
    for (const path of ['/api/activities/%', '/api/activities/%E4%B8', '/api/registrations/%zz/cancel']) {
      const reply = await rawRequest(path.endsWith('cancel') ? 'POST' : 'GET', path)
      expectRefusal(reply, 400, 'bad_request')
    }
  })

  it('answers 400 on the local storage routes, which need no token to reach', async () => {
    expectRefusal(await rawRequest('PUT', '/_storage/upload/%?token=1.x', Buffer.from('x')), 400, 'bad_request')
    expectRefusal(await rawRequest('GET', '/_storage/object/a/%E4?token=1.x'), 400, 'bad_request')
  })

  it('answers 400 to a malformed static path instead of throwing out of the request listener', async () => {
    // A server of its own with an H5 build to serve (the shared test server has none, so it answers 503 first).
    const staticDir = mkdtempSync(path.join(os.tmpdir(), 'xlf-static-'))
    writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>测试</title>')
    const server = createLocalServer({ staticDir, apiDir: mkdtempSync(path.join(os.tmpdir(), 'xlf-api-')) })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
    try {
      const reply = await rawRequest('GET', '/%', undefined, base)
      expect(reply.status).toBe(400)
      expect((await fetch(`${base}/`)).status).toBe(200)
    } finally {
      // The server keeps idle connections 65 s (keep-alive): close them, or close() waits for them.
      const closed = new Promise((resolve) => server.close(resolve))
      server.closeAllConnections()
      await closed
      rmSync(staticDir, { recursive: true, force: true })
    }
  })

  it('refuses a storage path with .. as 400, signed or not', async () => {
    expectRefusal(await rawRequest('PUT', '/_storage/upload/c/u/..%2F..%2Fsession-secret?token=9999999999.x', Buffer.from('x')), 400, 'bad_request')
    expectRefusal(await rawRequest('GET', '/_storage/object/c/..%2F..%2Fsession-secret?token=9999999999.x'), 400, 'bad_request')
  })
})

describe('NUL bytes in text', () => {
  it('refuses a NUL in a search with a message naming the field', async () => {
    const reply = await api(`/api/activities?q=${encodeURIComponent('雷锋\u0000')}`)
    expectRefusal(reply, 400, 'validation_failed')
    expect(reply.body.issues[0].path).toBe('q')
  })

  it('refuses a NUL in a correction note, and nothing is saved', async () => {
    const { unit, registrationId, startsAt } = await checkedInRegistration()
    const reply = await api(`/api/registrations/${registrationId}/checkin`, {
      method: 'PATCH',
      token: tokenFor(unit.contactId),
      body: { checkedInAt: startsAt.toISOString(), checkedOutAt: new Date(startsAt.getTime() + 1800_000).toISOString(), note: '补录\u0000签退' },
    })
    expectRefusal(reply, 400, 'validation_failed')
    expect(reply.body.issues[0].path).toBe('note')
    const [row] = await sql<{ checked_out_at: Date }[]>`select checked_out_at from check_ins where registration_id = ${registrationId}`
    expect(row!.checked_out_at.getTime()).toBe(startsAt.getTime() + 3600_000)
  })

  it('refuses a NUL hidden in an object key or a nested array', async () => {
    const [volunteer] = await createVolunteers(sql, 1)
    const nested = await api('/api/registrations', { token: tokenFor(volunteer!), body: { activityId: randomUUID(), extra: ['ok', 'a\u0000'] } })
    expectRefusal(nested, 400, 'validation_failed')
    expect(nested.body.issues[0].path).toBe('extra.1')
    const key = await api('/api/registrations', { token: tokenFor(volunteer!), body: { activityId: randomUUID(), ['k\u0000']: 1 } })
    expectRefusal(key, 400, 'validation_failed')
  })
})

describe('dates, offsets and cursors', () => {
  it('refuses a time offset such as +99:99', async () => {
    const { unit, registrationId } = await checkedInRegistration()
    const reply = await api(`/api/registrations/${registrationId}/checkin`, {
      method: 'PATCH',
      token: tokenFor(unit.contactId),
      body: { checkedInAt: '2030-03-05T09:00:00+99:99', checkedOutAt: null, note: '补录签到' },
    })
    expectRefusal(reply, 400, 'validation_failed')
    expect(reply.body.issues[0].path).toBe('checkedInAt')
  })

  it('refuses a pagination cursor whose date lies outside the timestamp range', async () => {
    for (const when of ['+275000-01-01T00:00:00.000Z', '-271000-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999+99:00']) {
      const cursor = Buffer.from(`${when}|${randomUUID()}`).toString('base64url')
      const reply = await api(`/api/activities?cursor=${cursor}`)
      expectRefusal(reply, 400, 'validation_failed')
      expect(reply.body.issues[0].path).toBe('cursor')
    }
  })

  it('still pages with the cursors it hands out', async () => {
    const first = await api('/api/activities?limit=1')
    expect(first.status).toBe(200)
    if (first.body.nextCursor) expect((await api(`/api/activities?limit=1&cursor=${first.body.nextCursor}`)).status).toBe(200)
  })
})

describe('oversized requests', () => {
  it('answers a 1 MB query string with 431 and a JSON body', async () => {
    const reply = await rawRequest('GET', `/api/activities?q=${'a'.repeat(1024 * 1024)}`)
    expect(reply.contentType).toContain('application/json')
    expectRefusal(reply, 431, 'request_too_large')
    expect((await api('/api/health')).status).toBe(200)
  })

  it('answers 400 JSON to a request Node cannot parse', async () => {
    const url = new URL(apiUrl(''))
    const { Socket } = await import('node:net')
    const text = await new Promise<string>((resolve, reject) => {
      const socket = new Socket()
      let received = ''
      socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')))
      socket.on('end', () => resolve(received))
      socket.on('close', () => resolve(received))
      socket.on('error', reject)
      socket.connect(Number(url.port), url.hostname, () => socket.write('GET /api/health HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n'))
    })
    expect(text).toMatch(/^HTTP\/1\.1 400/)
    const body = JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4)) as unknown
    expect(ZApiError.parse(body)).toMatchObject({ code: 'bad_request', message: expect.stringMatching(CHINESE) })
  })
})
