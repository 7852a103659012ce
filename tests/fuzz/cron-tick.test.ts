import type { Server } from 'node:http'
import fc from 'fast-check'
import { OPERATION_SPECS } from '../setup/api-catalogue'
import { serverSecret, tokenFor } from '../setup/journey'
import { BASE_SEED, describeRequest, hostileValue, judge, queryMutations, RAW_QUERIES, RUNS, seedFor, send, type TRequest } from './fuzz-kit'

/**
 * GET /api/cron/tick, fuzzed where it is guarded as in production: a server of this test's own
 * with a CRON_SECRET (the shared test server has none, so anyone may run the jobs there, and running
 * them hundreds of times would take other tests' queued work). Every caller without the secret —
 * anonymous, signed in, a forged or almost-right secret, hostile query strings — gets 401
 * `cron_forbidden`, from the tick's own check: the header is the cron secret, never read as a
 * session (before the fix a wrong secret got `session_expired` from the session check, and so did
 * the right one: Vercel Cron could never run the jobs).
 */
const CRON_SECRET = 'fuzz-cron-secret-0123456789abcdef'
let server: Server

beforeAll(async () => {
  process.env.DATABASE_URL = process.env.TEST_DATABASE_URL
  process.env.SESSION_SECRET = serverSecret()
  process.env.CRON_SECRET = CRON_SECRET
  process.env.APP_ENV = 'test'
  process.env.REQUEST_LOG = 'off'
  const { resetEnvCache } = await import('../../cloud/lib/config/env')
  resetEnvCache()
  const { createLocalServer } = await import('../../cloud/server/local-server')
  server = createLocalServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  process.env.FUZZ_API_URL = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  const { closeSql } = await import('../../cloud/lib/db/client')
  await closeSql()
})

it('is in the catalogue as the cron caller', () => {
  expect(OPERATION_SPECS['GET /api/cron/tick']?.role).toBe('cron')
})

it('answers 401 cron_forbidden, as JSON in Chinese, to every caller without the secret', async () => {
  const seed = seedFor('GET /api/cron/tick')
  const authorizations = fc.sample(
    fc.oneof(
      fc.constantFrom('', 'Bearer', 'Bearer ', `bearer ${CRON_SECRET}`, `Bearer ${CRON_SECRET}x`, `Bearer ${CRON_SECRET.slice(0, -1)}`, `Basic ${CRON_SECRET}`, `Bearer  ${CRON_SECRET}`, 'Bearer a.b.c'),
      hostileValue.map((value) => `Bearer ${typeof value === 'string' ? value : JSON.stringify(value)}`.replace(/[^\u0020-\u007e]/g, '').slice(0, 4000)),
    ),
    { seed, numRuns: RUNS },
  )
  const queries = fc.sample(queryMutations({}), { seed: seed + 1, numRuns: RUNS })
  const requests: TRequest[] = [
    ...authorizations.map((authorization, index) => ({ method: 'GET', path: `/api/cron/tick?${queries[index] ?? ''}`, headers: authorization ? { authorization } : {} })),
    ...RAW_QUERIES.map((query) => ({ method: 'GET', path: `/api/cron/tick?${query}` })),
    { method: 'GET', path: '/api/cron/tick', token: tokenFor(process.env.FUZZ_USER_ID ?? '00000000-0000-4000-8000-000000000001') },
  ]
  const failures: string[] = []
  for (const request of requests) {
    const reply = await send(request)
    // A NUL byte in the query is refused (400) before any handler, and a huge one by Node (431).
    const refusedEarlier = (reply.status === 400 && /%00/.test(request.path)) || reply.status === 431 || reply.status === -1
    const forbidden = reply.status === 401 && /"code":"cron_forbidden"/.test(reply.text)
    const wrong = judge(reply) ?? (forbidden || refusedEarlier ? null : `expected 401 cron_forbidden, got ${reply.status} ${reply.text.slice(0, 120)}`)
    if (wrong) failures.push(`${describeRequest(request)} [authorization ${JSON.stringify(request.headers?.authorization ?? null).slice(0, 80)}] → ${wrong}`)
  }
  expect(failures.slice(0, 8).join('\n') + (failures.length ? `\n(replay with FUZZ_SEED=${BASE_SEED})` : '')).toBe('')
  expect(requests.length).toBeGreaterThanOrEqual(RUNS)
})
