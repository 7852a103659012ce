import { Agent, request as httpRequest } from 'node:http'
import fc from 'fast-check'
import { ZApiError } from '../../types/api/common'

/**
 * The fuzz's parts: hostile values and payloads (fast-check arbitraries, sampled with a fixed seed
 * so a failure replays), raw HTTP (so nothing on the client re-encodes a path or refuses a body),
 * and the one rule every reply must keep: no 5xx, and every 4xx a JSON `{code, message}` whose
 * message is Chinese.
 */
export const BASE_SEED = Number(process.env.FUZZ_SEED ?? 20260312)
/** Generated cases per operation and caller; FUZZ_RUNS raises it for a longer local run. */
export const RUNS = Math.max(200, Number(process.env.FUZZ_RUNS ?? 200))

const CHINESE = /[\u4e00-\u9fa5]/
const ONE_MB = 'x'.repeat(1024 * 1024)

export function seedFor(key: string): number {
  let hash = BASE_SEED | 0
  for (const char of key) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0
  return hash
}

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '😀🎉志愿者',
  '\ud800',
  '\u202e逆序',
  '%',
  '%00',
  '%E4%B8',
  '../../session-secret',
  "' or 1=1 --",
  '<script>alert(1)</script>',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '9'.repeat(400),
  // dates and times that look right and are not
  '2025-02-30',
  '2025-13-01',
  '0000-00-00',
  '99999-01-01',
  '2025-03-05T25:61:00+08:00',
  '2025-03-05T09:00:00+99:99',
  '2025-03-05T09:00:00+14:01',
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00.000Z',
  '1899-12-31T23:59:59Z',
  '2025-03-05 09:00',
  '2025-03',
  '2025-3-5',
  '24:00',
  // ids that are almost ids
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'not-a-uuid',
  '5f0c3a52-5b0e-4a8e-9a51-1a2b3c4d5e6',
  '5F0C3A52-5B0E-4A8E-9A51-1A2B3C4D5E6F',
  '{5f0c3a52-5b0e-4a8e-9a51-1a2b3c4d5e6f}',
  'MjAyNS0wMy0wNVQwOTowMDowMFp8bm90LWEtdXVpZA',
  'OTk5OTktMDEtMDFUMDA6MDA6MDBafDVmMGMzYTUyLTViMGUtNGE4ZS05YTUxLTFhMmIzYzRkNWU2Zg',
]

const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 6 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 2 },
  { arbitrary: fc.string({ maxLength: 12 }).map((s) => `${s}\u0000${s}`), weight: 1 },
  { arbitrary: fc.constantFrom('志'.repeat(5000), 'a'.repeat(20_000)), weight: 1 },
)

function deepArray(depth: number): unknown {
  let value: unknown = 'x'
  for (let i = 0; i < depth; i += 1) value = [value]
  return value
}

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 10 },
  { arbitrary: fc.integer(), weight: 2 },
  { arbitrary: fc.constantFrom(1e308, -1e308, -1, 0, 0.5, 2 ** 31, 2 ** 53 + 2, -(2 ** 63), Number.MIN_VALUE, 1e21), weight: 3 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 1 },
  { arbitrary: fc.boolean(), weight: 2 },
  { arbitrary: fc.constant(null), weight: 2 },
  { arbitrary: fc.array(hostileString, { maxLength: 4 }), weight: 2 },
  { arbitrary: fc.dictionary(fc.string({ maxLength: 6 }), hostileString, { maxKeys: 3 }), weight: 2 },
  { arbitrary: fc.constantFrom(deepArray(2000), { a: { b: { c: { d: [[[{}]]] } } } }, Array.from({ length: 3000 }, (_, i) => i)), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
)

type TPathPart = string | number

/** Every path into a JSON value: object keys and array indexes, leaves and inner nodes alike. */
function pathsOf(value: unknown, prefix: TPathPart[] = []): TPathPart[][] {
  const paths: TPathPart[][] = []
  if (Array.isArray(value)) {
    value.forEach((child, index) => {
      paths.push([...prefix, index], ...pathsOf(child, [...prefix, index]))
    })
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) paths.push([...prefix, key], ...pathsOf(child, [...prefix, key]))
  }
  return paths
}

function objectPaths(value: unknown, prefix: TPathPart[] = []): TPathPart[][] {
  if (value === null || typeof value !== 'object') return []
  const own = Array.isArray(value) ? [] : [prefix]
  const children = Object.entries(value).flatMap(([key, child]) => objectPaths(child, [...prefix, Array.isArray(value) ? Number(key) : key]))
  return [...own, ...children]
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T)
}

function setAt(root: unknown, path: TPathPart[], value: unknown, remove = false): unknown {
  if (path.length === 0) return value
  const copy = clone(root) as Record<string, unknown>
  let node: Record<string, unknown> = copy
  for (const part of path.slice(0, -1)) node = node[part as string] as Record<string, unknown>
  const last = path[path.length - 1] as string
  if (remove) {
    if (Array.isArray(node)) node.splice(Number(last), 1)
    else delete node[last]
  } else node[last] = value
  return copy
}

const UNKNOWN_KEYS = ['__proto__', 'constructor', 'prototype', 'isAdmin', 'role', 'userId', 'unitId', 'campaignId', 'id', '', '\u0000', '😀', 'a'.repeat(300)]

/** Malformed variants of a valid example: one field wrong, missing or unknown, or the whole shape wrong. */
export function mutationsOf(example: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(example)
  const objects = objectPaths(example)
  const variants: Array<{ arbitrary: fc.Arbitrary<unknown>; weight: number }> = [
    { arbitrary: hostileValue, weight: 2 },
    { arbitrary: fc.constant([example]), weight: 1 },
    { arbitrary: fc.constantFrom({}, [], '', 0, true, null, 'x'), weight: 1 },
  ]
  if (paths.length > 0) {
    const path = fc.constantFrom(...paths)
    variants.push(
      { arbitrary: fc.tuple(path, hostileValue).map(([p, v]) => setAt(example, p, v)), weight: 10 },
      { arbitrary: path.map((p) => setAt(example, p, undefined, true)), weight: 2 },
      // Two fields wrong at once: a check that reads one field after another may trip on the second.
      { arbitrary: fc.tuple(path, hostileValue, path, hostileValue).map(([p1, v1, p2, v2]) => { try { return setAt(setAt(example, p1, v1), p2, v2) } catch { return setAt(example, p1, v1) } }), weight: 3 },
      { arbitrary: fc.tuple(path).map(([p]) => setAt(example, p, [clone(example)])), weight: 1 },
    )
  }
  if (objects.length > 0) {
    variants.push({
      arbitrary: fc
        .tuple(fc.constantFrom(...objects), fc.oneof(fc.constantFrom(...UNKNOWN_KEYS), fc.string({ maxLength: 8 })), hostileValue)
        .map(([p, key, v]) => setAt(example, [...p, key], v)),
      weight: 3,
    })
  }
  return fc.oneof(...variants)
}

/**
 * The example with 1 MB in place of its first string (or as the whole body): below the
 * 4.5 MB body limit, so it reaches parsing and validation. Fixed rather than sampled, so every
 * operation gets them without sending hundreds of megabytes.
 */
export function megabyteVariants(example: unknown): unknown[] {
  const paths = pathsOf(example).filter((p) => {
    let node: unknown = example
    for (const part of p) node = (node as Record<string, unknown>)[part as string]
    return typeof node === 'string'
  })
  return paths.length === 0 ? [ONE_MB] : [setAt(example, paths[0]!, ONE_MB)]
}

/** Bodies that are not the JSON they claim to be, or not JSON at all. */
export const RAW_BODIES: Array<{ contentType: string | null; body: string | Buffer }> = [
  { contentType: 'application/json', body: '{' },
  { contentType: 'application/json', body: '{"a":' },
  { contentType: 'application/json', body: '}{' },
  { contentType: 'application/json', body: 'NaN' },
  { contentType: 'application/json', body: '[1,2' },
  { contentType: 'application/json', body: '"\\ud800"' },
  { contentType: 'application/json', body: '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}' },
  { contentType: 'application/json', body: '\ufeff{}' },
  { contentType: 'application/json', body: '{"a":"\\u0000"}' },
  { contentType: 'application/json', body: '{"a":1} trailing' },
  { contentType: 'application/json', body: 'null' },
  { contentType: 'application/json', body: '12345678901234567890123456789' },
  { contentType: 'application/json', body: `${'['.repeat(50_000)}${']'.repeat(50_000)}` },
  { contentType: 'application/json', body: Buffer.from([0xff, 0xfe, 0xfd, 0x00, 0x7b]) },
  { contentType: 'application/json; charset=latin1', body: '{"x":"\u00e9"}' },
  { contentType: 'text/plain', body: '{"a":1}' },
  { contentType: 'text/plain', body: 'a\u0000b' },
  { contentType: 'application/x-www-form-urlencoded', body: 'a=1&a=2&b[]=3&%=%' },
  { contentType: 'application/x-www-form-urlencoded', body: 'activityId=%00&id=..%2F..' },
  { contentType: 'application/xml', body: '<a>1</a>' },
  { contentType: 'multipart/form-data', body: '--x\r\n\r\n' },
  { contentType: 'image/jpeg', body: Buffer.from([0xff, 0xd8, 0xff, 0xe0]) },
  { contentType: null, body: '{"a":1}' },
  { contentType: 'APPLICATION/JSON', body: '{}' },
]

/** Query strings no form would make. */
export const RAW_QUERIES = ['%', '%zz', '&&&', '=', '==&=', 'a[b]=1', 'q=%00', 'q=%E4%B8', 'limit=1e999', 'cursor=%F0%9F%98%80', 'x'.repeat(8_000), `q=${'a'.repeat(20_000)}`]
/** Node refuses a request line beyond its header limit (16 KB) before any route: one 1 MB query per run shows it is JSON. */
export const MEGABYTE_QUERY = `q=${'x'.repeat(1024 * 1024)}`

/** Path segments no link would carry (raw: already as they go on the wire). */
export const RAW_SEGMENTS = ['%', '%E4%B8', '%zz', '%00', '..', '%2e%2e', '..%2F..%2Fsession-secret', 'a%2Fb', '%20', '%F0%9F%98%80', '%ED%A0%80', 'x'.repeat(10_000), '00000000-0000-0000-0000-000000000000', 'null', '-1', '1e309']

export const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...RAW_SEGMENTS), weight: 3 },
  { arbitrary: hostileString.filter((s) => s.length < 20_000).map((s) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '?'))), weight: 4 },
  { arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 40 }).map((s) => s.replace(/[/?#\s]/g, '')), weight: 2 },
)

/** Query values: the example's with one wrong, repeated (arrays), unknown keys, or raw garbage. */
export function queryMutations(example: Record<string, string>): fc.Arbitrary<string> {
  const keys = Object.keys(example)
  const toString = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? '')
  const encode = (entries: Array<[string, string]>): string =>
    entries.map(([k, v]) => `${encodeURIComponent(k.replace(/[\ud800-\udfff]/g, '?'))}=${encodeURIComponent(v.replace(/[\ud800-\udfff]/g, '?'))}`).join('&')
  const variants: Array<{ arbitrary: fc.Arbitrary<string>; weight: number }> = [
    { arbitrary: fc.constantFrom(...RAW_QUERIES), weight: 2 },
    {
      arbitrary: fc
        .tuple(fc.oneof(fc.constantFrom(...UNKNOWN_KEYS, 'limit', 'cursor', 'q', 'day', 'lat', 'lng', 'tab', 'districtId', 'deadlineId'), fc.string({ maxLength: 6 })), hostileValue)
        .map(([key, value]) => encode([...Object.entries(example), [key, toString(value).slice(0, 4000)]])),
      weight: 4,
    },
  ]
  if (keys.length > 0) {
    const key = fc.constantFrom(...keys)
    variants.push(
      { arbitrary: fc.tuple(key, hostileValue).map(([k, v]) => encode(Object.entries({ ...example, [k]: toString(v).slice(0, 4000) }))), weight: 8 },
      { arbitrary: key.map((k) => encode([...Object.entries(example), [k, example[k] ?? '']])), weight: 1 },
      { arbitrary: key.map((k) => encode(Object.entries(example).filter(([other]) => other !== k))), weight: 1 },
    )
  }
  return fc.oneof(...variants)
}

export type TRequest = { method: string; path: string; token?: string; contentType?: string | null; body?: string | Buffer; headers?: Record<string, string> }
export type TReply = { status: number; contentType: string; text: string }

const agent = new Agent({ keepAlive: true, maxSockets: 16 })

export function send(request: TRequest): Promise<TReply> {
  const base = new URL(process.env.FUZZ_API_URL ?? process.env.TEST_API_URL ?? '')
  const body = request.body === undefined ? undefined : Buffer.isBuffer(request.body) ? request.body : Buffer.from(request.body, 'utf8')
  const headers: Record<string, string | number> = { ...request.headers }
  if (request.token) headers.authorization = `Bearer ${request.token}`
  if (body) {
    headers['content-length'] = body.length
    if (request.contentType) headers['content-type'] = request.contentType
  }
  // Node refuses to send a request target with bytes outside 0x21–0xff: those go percent-encoded.
  const path = request.path.replace(/[^\u0021-\u00ff]/gu, (char) => encodeURIComponent(char.replace(/[\ud800-\udfff]/g, '?')))
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: base.hostname, port: base.port, method: request.method, path, headers, agent }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), text: Buffer.concat(chunks).toString('utf8') }))
      res.on('error', reject)
    })
    // A server that answers (431, 413) before reading a huge request may reset the socket mid-send.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? resolve({ status: -1, contentType: '', text: error.code }) : reject(error)))
    req.end(body)
  })
}

/** The rule for every reply. Returns what is wrong, or null. */
export function judge(reply: TReply, allowedServerCodes: string[] = []): string | null {
  // The server hung up on an oversized request after answering it: nothing to judge, nothing broke.
  if (reply.status === -1) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(reply.text)
  } catch {
    return reply.status >= 400 ? `${reply.status} without a JSON body: ${reply.text.slice(0, 120)}` : null
  }
  if (reply.status >= 400) {
    const error = ZApiError.safeParse(parsed)
    if (!error.success) return `${reply.status} body is not {code, message}: ${reply.text.slice(0, 160)}`
    if (!CHINESE.test(error.data.message)) return `${reply.status} ${error.data.code}: message is not Chinese: ${error.data.message}`
    if (reply.status >= 500 && !allowedServerCodes.includes(error.data.code)) return `${reply.status} ${error.data.code}: ${error.data.message}`
  }
  return null
}

/** Runs `work` over items, `limit` at a time. */
export async function inPool<T>(items: T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next
      next += 1
      await work(items[index]!, index)
    }
  })
  await Promise.all(runners)
}

export function describeRequest(request: TRequest): string {
  const body = request.body === undefined ? '' : Buffer.isBuffer(request.body) ? `<${request.body.length} bytes>` : request.body.length > 300 ? `${request.body.slice(0, 300)}…(${request.body.length} chars)` : request.body
  const path = request.path.length > 300 ? `${request.path.slice(0, 300)}…(${request.path.length} chars)` : request.path
  return `${request.method} ${path} [${request.contentType ?? 'no content-type'}] ${body}`
}
