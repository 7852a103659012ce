import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { sendWithRetries } from '../../src/shared/retry'
import { createActivity, createUnit, createVolunteers } from '../setup/journey'
import { startPrivateServer, type TPrivateServer } from './private-server'

/**
 * Postgres restarted in the middle of a sign-up burst (issue 12, "Faults"): 100 people sign up for
 * 30 seats while the database under the running server is stopped and started again. Requests that
 * meet the gap get 503 `service_unavailable` with Retry-After (never a 500); each client retries
 * with the app's own retry code (src/shared/retry.ts, as src/shared/request.ts does for sign-up);
 * in the end every person has exactly one registration, the 30 confirmed answers are the 30
 * confirmed rows, and the waitlist is 1..70 without gaps.
 */
jest.setTimeout(300_000)

const PEOPLE = 100
const SEATS = 30

let dir: string
let server: TPrivateServer | undefined
let control: ChildProcess | undefined
let controlOutput = ''
let databaseUrl = ''

/** Sends a command to tests/faults/pg-control.ts and waits for its answer line. */
async function pg(command: 'stop' | 'start' | 'exit', answer: string): Promise<void> {
  const before = controlOutput.length
  control!.stdin!.write(`${command}\n`)
  const end = Date.now() + 60_000
  while (!controlOutput.slice(before).includes(answer)) {
    if (Date.now() > end) throw new Error(`pg-control did not answer ${answer}:\n${controlOutput}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'xlf-pg-restart-'))
  chmodSync(dir, 0o755)
  control = spawn(process.execPath, ['--import', 'tsx', 'tests/faults/pg-control.ts', path.join(dir, 'pg'), String(await freePort())], {
    cwd: path.resolve(__dirname, '../..'),
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  control.stdout!.on('data', (chunk: Buffer) => (controlOutput += chunk.toString('utf8')))
  control.stderr!.on('data', (chunk: Buffer) => (controlOutput += chunk.toString('utf8')))
  const end = Date.now() + 120_000
  while (!/READY (\S+)/.test(controlOutput)) {
    if (Date.now() > end || control.exitCode !== null) throw new Error(`embedded Postgres did not start:\n${controlOutput}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  databaseUrl = /READY (\S+)/.exec(controlOutput)![1]!
  server = await startPrivateServer({ DATABASE_URL: databaseUrl })
})

afterAll(async () => {
  await server?.stop()
  if (control && control.exitCode === null) {
    const exited = new Promise((resolve) => control!.on('exit', resolve))
    control.stdin!.write('exit\n')
    await exited
  }
  rmSync(dir, { recursive: true, force: true })
})

type TAnswer = { status: number; retryAfter: string | null; body: any }

it('loses and duplicates no registration; clients see 503 with Retry-After and retry', async () => {
  const s = server!
  const unit = await createUnit(s.sql)
  const activityId = await createActivity(s.sql, unit, { startsIn: 24 * 60, endsIn: 26 * 60, capacity: SEATS })
  const people = await createVolunteers(s.sql, PEOPLE)
  // The fixture connection would die with the database: closed now, reopened afterwards.
  await s.sql.end()

  const seen: TAnswer[] = []
  const signUp = async (userId: string): Promise<TAnswer> => {
    const token = s.tokenFor(userId)
    return sendWithRetries(
      async () => {
        try {
          const response = await fetch(`${s.url}/api/registrations`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ activityId }),
          })
          const answer = { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as unknown }
          seen.push(answer)
          return answer
        } catch {
          const answer = { status: 0, retryAfter: null, body: null }
          seen.push(answer)
          return answer
        }
      },
      { idempotent: true },
    )
  }

  // The burst is spread over ~3 s; the database goes away 600 ms in and comes back after a pause.
  const burst = Promise.all(people.map((userId, i) => new Promise((resolve) => setTimeout(resolve, i * 30)).then(() => signUp(userId))))
  await new Promise((resolve) => setTimeout(resolve, 600))
  await pg('stop', 'STOPPED')
  await new Promise((resolve) => setTimeout(resolve, 1500))
  await pg('start', 'STARTED')
  const answers = await burst

  if (process.env.DEBUG_FAULTS || answers.some((a) => a.status !== 200)) console.log(`[fault] server output:\n${s.output().split('\n').filter((l) => !l.includes('"requestId"')).slice(-40).join('\n')}`)
  // Every client got its answer in the end; on the way some met the restart as a retryable 503.
  expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200))
  const unavailable = seen.filter((a) => a.status === 503)
  expect(unavailable.length).toBeGreaterThan(0)
  for (const a of unavailable) {
    expect(a.body).toMatchObject({ code: 'service_unavailable' })
    expect(a.body.message).toMatch(/暂时不可用/)
    expect(Number(a.retryAfter)).toBeGreaterThanOrEqual(1)
  }
  expect(seen.filter((a) => a.status >= 500 && a.status !== 503)).toEqual([])
  console.log(`[fault] postgres restart: ${seen.length} requests for ${PEOPLE} sign-ups, ${unavailable.length} × 503, ${seen.filter((a) => a.status === 0).length} without an answer`)

  const postgres = (await import('postgres')).default
  const sql = postgres(databaseUrl, { onnotice: () => undefined, max: 2 })
  try {
    const rows = await sql<{ id: string; user_id: string; status: string }[]>`
      select id, user_id, status from registrations where activity_id = ${activityId}`
    // One row per person: nothing duplicated by the retries, nothing lost.
    expect(rows).toHaveLength(PEOPLE)
    expect(new Set(rows.map((r) => r.user_id)).size).toBe(PEOPLE)
    const byUser = new Map(rows.map((r) => [r.user_id, r]))
    answers.forEach((answer, i) => {
      const row = byUser.get(people[i]!)
      expect(answer.body.registration.id).toBe(row?.id)
      expect(answer.body.registration.status).toBe(row?.status)
    })
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(SEATS)
    const ranks = answers.filter((a) => a.body.registration.status === 'waitlisted').map((a) => a.body.registration.waitlistRank as number)
    expect(ranks.sort((a, b) => a - b)).toEqual(Array.from({ length: PEOPLE - SEATS }, (_, i) => i + 1))
    const [counts] = await sql<{ confirmed_count: number; waitlist_count: number }[]>`select confirmed_count, waitlist_count from activities where id = ${activityId}`
    expect(counts).toEqual({ confirmed_count: SEATS, waitlist_count: PEOPLE - SEATS })
  } finally {
    await sql.end()
  }
  // The server stayed up and healthy.
  expect((await fetch(`${s.url}/api/health`)).status).toBe(200)
})
