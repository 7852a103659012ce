import { randomUUID } from 'node:crypto'
import { codeForStep } from '../../src/features/checkins/code/phone-code'
import { ZCheckinKeyResponse, ZCheckinResponse } from '../../types/api/checkins'
import { checkinStepAt } from '../../types/checkin-code'
import { api } from '../setup/api-client'
import { connectTestDb } from '../setup/db'
import { createActivity, createUnit, createVolunteers, serverSecret, tokenFor } from '../setup/journey'
import { rateLimitSubject } from '../../cloud/lib/rate-limits/rate-limit-subject'

/** The 6-digit code (issue 11.2): typed or read aloud, rotating with the QR, rate-limited against guessing. */
const sql = connectTestDb()
afterAll(() => sql.end())

async function setUp(options: { startsIn?: number; endsIn?: number } = {}) {
  const unit = await createUnit(sql)
  const activityId = await createActivity(sql, unit, { startsIn: options.startsIn ?? -30, endsIn: options.endsIn ?? 90 })
  const people = await createVolunteers(sql, 2)
  for (const person of people) {
    await sql`insert into registrations (activity_id, user_id, status, confirmed_at) values (${activityId}, ${person}, 'confirmed', now())`
  }
  return { unit, activityId, people: people as [string, string] }
}

async function shortCode(contactId: string, activityId: string): Promise<string> {
  const { key } = ZCheckinKeyResponse.parse((await api(`/api/activities/${activityId}/checkin-key`, { token: tokenFor(contactId) })).body)
  return codeForStep(key, activityId, checkinStepAt(Date.now())).shortCode
}

const type = (volunteer: string, activityId: string, code: string) =>
  api('/api/checkins', { token: tokenFor(volunteer), body: { activityId, code, scanId: randomUUID() } })

/** A 6-digit string that is not the current code (nor one of its neighbours). */
function wrongCode(right: string, n: number): string {
  return String((Number(right) + 1000 + n * 7919) % 1_000_000).padStart(6, '0')
}

/** Wrong tries are counted by the shared rate limits (cloud/lib/rate-limits), per person and activity. */
const codeSubject = (userId: string, activityId: string) => rateLimitSubject('user', `${userId}\n${activityId}`, serverSecret())
async function wrongTries(userId: string, activityId: string): Promise<number> {
  const rows = await sql<{ hits: number }[]>`
    select hits from rate_limit_counters where bucket = 'checkin_code_user' and subject = ${codeSubject(userId, activityId)}`
  return rows.reduce((sum, row) => sum + row.hits, 0)
}

describe('6-digit check-in code', () => {
  it('checks in with the six digits shown under the QR (spaces allowed)', async () => {
    const { unit, activityId, people } = await setUp()
    const digits = await shortCode(unit.contactId, activityId)
    expect(digits).toMatch(/^\d{6}$/)
    const reply = await type(people[0], activityId, `${digits.slice(0, 3)} ${digits.slice(3)}`)
    expect(ZCheckinResponse.parse(reply.body).action).toBe('checked_in')
  })

  it('5 wrong codes in 10 minutes lock the person out of that activity with 429 — even the right code — and nobody else', async () => {
    const { unit, activityId, people } = await setUp()
    const right = await shortCode(unit.contactId, activityId)
    for (let i = 0; i < 5; i += 1) {
      const wrong = await type(people[0], activityId, wrongCode(right, i))
      expect(wrong).toMatchObject({ status: 400, body: { code: 'checkin_code_wrong' } })
      expect(wrong.body.message).toMatch(/签到码不正确/)
    }
    const locked = await type(people[0], activityId, await shortCode(unit.contactId, activityId))
    expect(locked.status).toBe(429)
    expect(locked.body).toMatchObject({ code: 'too_many_attempts' })
    expect(locked.body.message).toMatch(/10 分钟/)
    expect(await wrongTries(people[0], activityId)).toBe(5)
    // The other volunteer is not affected.
    expect((await type(people[1], activityId, await shortCode(unit.contactId, activityId))).body.action).toBe('checked_in')
    // Ten minutes later the tries have expired.
    await sql`update rate_limit_counters set window_start = window_start - interval '11 minutes'
              where bucket = 'checkin_code_user' and subject = ${codeSubject(people[0], activityId)}`
    expect((await type(people[0], activityId, await shortCode(unit.contactId, activityId))).body.action).toBe('checked_in')
  })

  it('parallel guesses cannot slip past the limit', async () => {
    const { unit, activityId, people } = await setUp()
    const right = await shortCode(unit.contactId, activityId)
    const replies = await Promise.all(Array.from({ length: 12 }, (_, i) => type(people[0], activityId, wrongCode(right, i))))
    expect(replies.filter((r) => r.status === 400)).toHaveLength(5)
    expect(replies.filter((r) => r.status === 429)).toHaveLength(7)
    expect(await wrongTries(people[0], activityId)).toBe(5)
  })

  it('the key goes only to the activity’s unit, until check-in closes; the code rotates every 30 s', async () => {
    const { unit, activityId, people } = await setUp()
    const key = ZCheckinKeyResponse.parse((await api(`/api/activities/${activityId}/checkin-key`, { token: tokenFor(unit.contactId) })).body)
    expect(key).toMatchObject({ activityId, stepSeconds: 30 })
    expect(new Date(key.validUntil).getTime() - new Date(key.validFrom).getTime()).toBe((120 + 60 + 120) * 60_000)
    const step = checkinStepAt(Date.now())
    expect(codeForStep(key.key, activityId, step).shortCode).not.toBe(codeForStep(key.key, activityId, step + 1).shortCode)
    expect((await api(`/api/activities/${activityId}/checkin-key`, { token: tokenFor(people[0]) })).status).toBe(403)
    const over = await setUp({ startsIn: -300, endsIn: -180 })
    const closed = await api(`/api/activities/${over.activityId}/checkin-key`, { token: tokenFor(over.unit.contactId) })
    expect(closed).toMatchObject({ status: 409, body: { code: 'checkin_closed' } })
  })
})
