import fc from 'fast-check'
import { listApiOperations, OPERATION_SPECS, type TOperation, type TOperationSpec } from '../setup/api-catalogue'
import { createWorld, type TWorld } from '../setup/api-world'
import { connectTestDb } from '../setup/db'
import { createVolunteers, tokenFor } from '../setup/journey'
import {
  BASE_SEED,
  describeRequest,
  hostileSegment,
  inPool,
  judge,
  MEGABYTE_QUERY,
  megabyteVariants,
  mutationsOf,
  queryMutations,
  RAW_BODIES,
  RAW_QUERIES,
  RUNS,
  seedFor,
  send,
  type TRequest,
} from './fuzz-kit'

/** Path segments per operation with a dynamic route, query strings per non-GET operation. */
const PATH_RUNS = 40
const EXTRA_QUERY_RUNS = 20
/**
 * Every generated case goes out signed in; every 4th, and every raw body, anonymously too. Most
 * operations answer an anonymous caller with 401 before reading the input, so more anonymous cases
 * would only repeat that — and the whole fuzz must stay within about three minutes.
 */
const ANONYMOUS_EVERY = 4
const CONCURRENCY = 8

/**
 * Defines one jest test per operation of this shard (operations are dealt round-robin to
 * `shards` files so jest can run them side by side). Each case is sent as the operation's own
 * kind of user — so validation, not the 401, is what answers — and again anonymously.
 */
export function fuzzShard(shard: number, shards: number): void {
  const operations = listApiOperations().filter((operation, index) => index % shards === shard && OPERATION_SPECS[operation.key]?.role !== 'cron')
  const sql = connectTestDb()
  let world: TWorld
  beforeAll(async () => {
    world = await createWorld(sql)
  })
  afterAll(() => sql.end())

  it.each(operations.map((operation) => [operation.key, operation] as const))('%s: no 5xx, every 4xx a Chinese {code, message}', async (_key, operation) => {
    const spec = OPERATION_SPECS[operation.key]
    if (!spec) throw new Error(`${operation.key} is not in tests/setup/api-catalogue.ts`)
    const token = await tokenForRole(spec, world)
    const requests = casesFor(operation, spec, world)
    const failures: string[] = []
    let sent = 0
    const tally = new Map<string, number>()
    await inPool(requests, CONCURRENCY, async (request, index) => {
      const callers = index % ANONYMOUS_EVERY === 0 || request.raw ? [token, undefined] : [token]
      for (const caller of callers) {
        sent += 1
        const reply = await send({ ...request, token: caller })
        const code = /"code":"(\w+)"/.exec(reply.text)?.[1] ?? ''
        const bucket = `${caller ? 'in' : 'anon'} ${reply.status} ${code}`
        tally.set(bucket, (tally.get(bucket) ?? 0) + 1)
        const wrong = judge(reply, spec.configurationCodes)
        if (wrong) failures.push(`${caller ? 'signed in' : 'anonymous'}: ${describeRequest(request)} → ${wrong}`)
      }
    })
    // FUZZ_STATS=1 prints what the server answered, to see that validation (not only 401) was reached.
    if (process.env.FUZZ_STATS) console.log(`${operation.key}\n${[...tally].sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${n} × ${k}`).join('\n')}`)
    if (failures.length > 0) {
      throw new Error(`${failures.length} of ${sent} fuzz requests failed (replay with FUZZ_SEED=${BASE_SEED}):\n${failures.slice(0, 8).join('\n')}`)
    }
    // ≥ RUNS generated payloads per operation, plus the fixed raw ones.
    expect(requests.length).toBeGreaterThanOrEqual(RUNS)
  })

  async function tokenForRole(spec: TOperationSpec, w: TWorld): Promise<string> {
    switch (spec.role) {
      case 'anyone':
      case 'volunteer':
        return tokenFor(w.users.V1)
      case 'unit_contact':
        return tokenFor(w.users.K1)
      case 'district_admin':
        return tokenFor(w.users.A1)
      case 'organiser':
        return tokenFor(w.users.O1)
      case 'fresh_user': {
        // Signing out everywhere or deleting the account must not end the session other operations use.
        const [user] = await createVolunteers(sql, 1)
        return tokenFor(user!)
      }
      case 'cron':
        throw new Error('the cron tick is fuzzed in cron-tick.test.ts against a server with a CRON_SECRET')
    }
  }
}

/** The operation's generated requests: body or query payloads, raw bodies, path segments, stray query strings. */
export function casesFor(operation: TOperation, spec: TOperationSpec, world: TWorld): Array<TRequest & { raw?: true }> {
  const scope = world.s1
  const params = spec.params?.(scope) ?? {}
  const method = operation.method === 'ANY' ? 'POST' : operation.method
  const pathWith = (overrides: Record<string, string> = {}, search = ''): string => {
    const filled = operation.pattern.replace(/:(\w+)/g, (_m, name: string) => overrides[name] ?? encodeURIComponent(params[name] ?? ''))
    return search ? `${filled}?${search}` : filled
  }
  const exampleQuery = spec.query?.(scope, world) ?? {}
  const baseQuery = new URLSearchParams(exampleQuery).toString()
  const seed = seedFor(operation.key)
  const requests: Array<TRequest & { raw?: true }> = []

  if (method === 'GET' || method === 'DELETE') {
    for (const search of fc.sample(queryMutations(exampleQuery), { seed, numRuns: RUNS })) requests.push({ method, path: pathWith({}, search) })
    for (const search of RAW_QUERIES) requests.push({ method, path: pathWith({}, search), raw: true })
    if (operation.key === 'GET /api/activities') requests.push({ method, path: pathWith({}, MEGABYTE_QUERY), raw: true })
  }
  if (method !== 'GET') {
    const example = spec.body?.(scope, world) ?? {}
    const bodies = fc.sample(mutationsOf(example), { seed: seed + 1, numRuns: method === 'DELETE' ? 50 : RUNS })
    for (const body of bodies) {
      const text = JSON.stringify(body)
      requests.push({ method, path: pathWith({}, baseQuery), contentType: 'application/json', body: text === undefined ? '' : text })
    }
    for (const body of megabyteVariants(example)) requests.push({ method, path: pathWith({}, baseQuery), contentType: 'application/json', body: JSON.stringify(body) })
    for (const raw of RAW_BODIES) requests.push({ method, path: pathWith({}, baseQuery), contentType: raw.contentType, body: raw.body, raw: true })
    for (const search of fc.sample(queryMutations(exampleQuery), { seed: seed + 2, numRuns: EXTRA_QUERY_RUNS })) {
      requests.push({ method, path: pathWith({}, search), contentType: 'application/json', body: JSON.stringify(example) })
    }
  }
  if (operation.params.length > 0) {
    const segments = fc.sample(hostileSegment, { seed: seed + 3, numRuns: PATH_RUNS })
    segments.forEach((segment, index) => {
      const name = operation.params[index % operation.params.length]!
      const body = method === 'GET' ? undefined : JSON.stringify(spec.body?.(scope, world) ?? {})
      requests.push({ method, path: pathWith({ [name]: segment }, baseQuery), contentType: body ? 'application/json' : undefined, body })
    })
  }
  return requests
}
