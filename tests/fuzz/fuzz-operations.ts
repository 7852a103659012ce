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

/**
 * What a case puts wrong: the body, the query string, a path segment, or a fixed raw payload. A
 * request may carry two kinds at once (see casesFor) and counts for each.
 */
export type TFuzzKind = 'body' | 'query' | 'path' | 'raw'
export type TFuzzCase = TRequest & { kinds: TFuzzKind[] }

/**
 * Every generated case goes out signed in; every 4th (every 16th path segment), and every raw one,
 * anonymously too. Most operations answer an anonymous caller with 401 before reading the input
 * (and before the path's id), so more anonymous cases would only repeat that.
 */
const ANONYMOUS_EVERY = 4
const ANONYMOUS_PATH_EVERY = 16
/**
 * Requests in flight per shard, over the kit's keep-alive agent (as many sockets). Most cases are
 * refused by validation in a millisecond of server time: on a busy machine their wall time is
 * waiting, not work, so more of them in flight keeps the server busy (8 → 16: same CPU, less wall).
 */
const CONCURRENCY = 16
/**
 * Node refuses a request line and headers over 16 KB (431) before any route. With a little room for
 * the path and headers, a query string longer than this never reaches a handler.
 */
const QUERY_REFUSED_BEFORE_HANDLER = 15_000

/**
 * Defines one jest test per operation of this shard. Operations are dealt to `shards` files by their
 * number of cases (largest first, each to the lightest shard), so jest can run the files side by side
 * and none waits on a heavy one. Each case is sent as the operation's own kind of user — so
 * validation, not the 401, is what answers — and some anonymously too. The test counts what it sent
 * per kind and fails when any kind fell below RUNS, so the fuzz cannot shrink unnoticed.
 */
export function fuzzShard(shard: number, shards: number): void {
  const operations = shardOperations(shards)[shard] ?? []
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
    const cases = casesFor(operation, spec, world)
    const failures: string[] = []
    let sent = 0
    const sentSignedIn: Record<TFuzzKind, number> = { body: 0, query: 0, path: 0, raw: 0 }
    const tally = new Map<string, number>()
    await inPool(cases, CONCURRENCY, async (request, index) => {
      const every = request.kinds.includes('path') ? ANONYMOUS_PATH_EVERY : ANONYMOUS_EVERY
      const callers = index % every === 0 || request.kinds.includes('raw') ? [token, undefined] : [token]
      for (const caller of callers) {
        sent += 1
        const reply = await send({ ...request, token: caller })
        if (caller) for (const kind of request.kinds) sentSignedIn[kind] += 1
        const code = /"code":"(\w+)"/.exec(reply.text)?.[1] ?? ''
        const bucket = `${caller ? 'in' : 'anon'} ${request.kinds.join('+')} ${reply.status} ${code}`
        tally.set(bucket, (tally.get(bucket) ?? 0) + 1)
        const wrong = judge(reply, spec.configurationCodes)
        if (wrong) failures.push(`${caller ? 'signed in' : 'anonymous'} [${request.kinds.join('+')}]: ${describeRequest(request)} → ${wrong}`)
      }
    })
    // FUZZ_STATS=1 prints what the server answered, to see that validation (not only 401) was reached.
    if (process.env.FUZZ_STATS) console.log(`${operation.key} (${JSON.stringify(sentSignedIn)})\n${[...tally].sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${n} × ${k}`).join('\n')}`)
    if (failures.length > 0) {
      throw new Error(`${failures.length} of ${sent} fuzz requests failed (replay with FUZZ_SEED=${BASE_SEED}):\n${failures.slice(0, 8).join('\n')}`)
    }
    // What was actually sent signed in, per kind: ≥ RUNS generated cases of every kind the operation has.
    const expected = expectedKinds(operation)
    expect(Object.fromEntries(expected.map((kind) => [kind, sentSignedIn[kind] >= RUNS]))).toEqual(Object.fromEntries(expected.map((kind) => [kind, true])))
    expect(sentSignedIn.raw).toBeGreaterThan(0)
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

/** The kinds of generated input an operation has: a query string always, a body unless GET, a path segment when its route has one. */
export function expectedKinds(operation: TOperation): TFuzzKind[] {
  const kinds: TFuzzKind[] = ['query']
  if (operation.method !== 'GET') kinds.push('body')
  if (operation.params.length > 0) kinds.push('path')
  return kinds
}

/** The fuzzed operations (all but the cron tick), dealt to `shards` lists of about equal numbers of cases. */
export function shardOperations(shards: number): TOperation[][] {
  const operations = listApiOperations().filter((operation) => OPERATION_SPECS[operation.key]?.role !== 'cron')
  // Cases per operation without building them (that needs the world): RUNS per kind, plus its raw payloads.
  const weight = (operation: TOperation): number =>
    expectedKinds(operation).length * RUNS + (operation.method === 'GET' || operation.method === 'DELETE' ? RAW_QUERIES.length : 0) + (operation.method === 'GET' ? 0 : RAW_BODIES.length)
  const lists = Array.from({ length: shards }, () => ({ weight: 0, operations: [] as TOperation[] }))
  const heaviestFirst = [...operations].sort((a, b) => weight(b) - weight(a) || a.key.localeCompare(b.key))
  for (const operation of heaviestFirst) {
    const lightest = lists.reduce((best, list) => (list.weight < best.weight ? list : best))
    lightest.weight += weight(operation)
    lightest.operations.push(operation)
  }
  return lists.map((list) => list.operations.sort((a, b) => a.key.localeCompare(b.key)))
}

/**
 * Whether the server refuses this query string before any handler reads it: a NUL byte in a key or
 * value (defineHandler's check), or a request line over Node's header limit.
 */
export function queryRefusedBeforeHandler(search: string): boolean {
  if (search.length > QUERY_REFUSED_BEFORE_HANDLER) return true
  for (const [key, value] of new URLSearchParams(search)) if (key.includes('\u0000') || value.includes('\u0000')) return true
  return false
}

/**
 * Whether the operation's handler reads its query string: GET and DELETE handlers do, and so does
 * any operation whose catalogue entry has an example query. The others read only their path
 * parameters from req.query (checked in catalogue.test.ts).
 */
export function readsQuery(operation: TOperation, spec: TOperationSpec): boolean {
  return operation.method === 'GET' || operation.method === 'DELETE' || spec.query !== undefined
}

/** Whether a JSON body is refused before any handler reads it: a NUL byte anywhere in it. */
function bodyRefusedBeforeHandler(text: string): boolean {
  return text.includes('\\u0000')
}

/**
 * The operation's cases: ≥ RUNS generated bodies (unless GET), ≥ RUNS generated query strings,
 * ≥ RUNS generated path segments (when the route has one), and the fixed raw payloads.
 *
 * Which input a handler reads decides how the kinds are combined. A GET or DELETE handler reads the
 * query string (and no body): its query cases go alone, with the example path. A POST, PUT or
 * PATCH handler reads its body and, from the query, only the path parameters, which the router
 * writes over any query key of the same name (tests/fuzz/catalogue.test.ts checks that no such
 * handler reads anything else from req.query). So a generated query string rides on a generated
 * body — both sent, both judged, in one request — and a DELETE's generated body rides on a
 * generated query string the same way; sending each alone beside a valid example would run the
 * real write hundreds of times more for nothing the handler reads. A rider the server refuses
 * before any handler (a NUL byte, an over-long query) goes alone instead, and nothing rides on a
 * case refused that early, so neither hides the other.
 */
export function casesFor(operation: TOperation, spec: TOperationSpec, world: TWorld): TFuzzCase[] {
  const scope = world.s1
  const params = spec.params?.(scope) ?? {}
  const method = operation.method === 'ANY' ? 'POST' : operation.method
  const pathWith = (overrides: Record<string, string> = {}, search = ''): string => {
    const filled = operation.pattern.replace(/:(\w+)/g, (_m, name: string) => overrides[name] ?? encodeURIComponent(params[name] ?? ''))
    return search ? `${filled}?${search}` : filled
  }
  const exampleQuery = spec.query?.(scope, world) ?? {}
  const baseQuery = new URLSearchParams(exampleQuery).toString()
  const example = method === 'GET' ? undefined : (spec.body?.(scope, world) ?? {})
  const exampleText = example === undefined ? undefined : JSON.stringify(example)
  const json = (body: unknown): string => JSON.stringify(body) ?? ''
  const seed = seedFor(operation.key)
  const cases: TFuzzCase[] = []

  const queries = fc.sample(queryMutations(exampleQuery), { seed, numRuns: RUNS })
  const bodies = method === 'GET' ? [] : fc.sample(mutationsOf(example), { seed: seed + 1, numRuns: RUNS }).map(json)
  const queryIsInput = readsQuery(operation, spec)

  if (queryIsInput) {
    // The query string is what the handler reads; a DELETE's body (which it never reads) rides along.
    const riders = bodies.filter((body) => !bodyRefusedBeforeHandler(body))
    queries.forEach((search) => {
      const rider = queryRefusedBeforeHandler(search) ? undefined : riders.shift()
      cases.push({ method, path: pathWith({}, search), kinds: rider === undefined ? ['query'] : ['query', 'body'], ...withBody(rider ?? exampleText) })
    })
    for (const body of [...riders, ...bodies.filter(bodyRefusedBeforeHandler)]) cases.push({ method, path: pathWith({}, baseQuery), kinds: ['body'], ...withBody(body) })
    for (const search of RAW_QUERIES) cases.push({ method, path: pathWith({}, search), kinds: ['raw'], ...withBody(exampleText) })
    if (operation.key === 'GET /api/activities') cases.push({ method, path: pathWith({}, MEGABYTE_QUERY), kinds: ['raw'] })
  } else {
    // The body is what the handler reads; a generated query string rides along.
    const riders = queries.filter((search) => !queryRefusedBeforeHandler(search))
    bodies.forEach((body) => {
      const rider = bodyRefusedBeforeHandler(body) ? undefined : riders.shift()
      cases.push({ method, path: pathWith({}, rider ?? baseQuery), kinds: rider === undefined ? ['body'] : ['body', 'query'], ...withBody(body) })
    })
    for (const search of [...riders, ...queries.filter(queryRefusedBeforeHandler)]) cases.push({ method, path: pathWith({}, search), kinds: ['query'], ...withBody(exampleText) })
  }
  if (method !== 'GET') {
    for (const body of megabyteVariants(example)) cases.push({ method, path: pathWith({}, baseQuery), kinds: ['raw'], ...withBody(json(body)) })
    for (const raw of RAW_BODIES) cases.push({ method, path: pathWith({}, baseQuery), kinds: ['raw'], contentType: raw.contentType, body: raw.body })
  }
  if (operation.params.length > 0) {
    // Each segment in turn takes the place of one of the route's parameters; the rest stay valid.
    fc.sample(hostileSegment, { seed: seed + 3, numRuns: RUNS }).forEach((segment, index) => {
      const name = operation.params[index % operation.params.length]!
      cases.push({ method, path: pathWith({ [name]: segment }, baseQuery), kinds: ['path'], ...withBody(exampleText) })
    })
  }
  return cases
}

function withBody(text: string | undefined): Pick<TRequest, 'contentType' | 'body'> {
  return text === undefined ? {} : { contentType: 'application/json', body: text }
}
