import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { ZHealthResponse } from '../../types/api/health'
import { createActivity, createUnit } from '../setup/journey'
import { call, logLineOf, startPrivateServer, type TPrivateServer } from './private-server'

/**
 * Storage failing during an upload (issue 12, "Faults"): the local storage adapter's folder is made
 * unusable for real (a file where its folder should be: every read and write fails with ENOTDIR).
 * At each step of an upload — the signed URL, the PUT, recording the photo — the client gets a
 * clear 503 with Retry-After, and no row is left behind; once storage is back, the same upload
 * goes through. /api/health says which dependency failed.
 */
jest.setTimeout(240_000)

let server: TPrivateServer

beforeAll(async () => {
  server = await startPrivateServer()
})
afterAll(async () => {
  await server?.stop()
})

const root = () => path.join(server.dataDir, 'storage')
const aside = () => path.join(server.dataDir, 'storage.away')

/** Storage breaks: its folder is moved away and a plain file put in its place. */
function breakStorage(): void {
  if (existsSync(root())) renameSync(root(), aside())
  writeFileSync(root(), 'not a folder')
}

function mendStorage(): void {
  rmSync(root(), { force: true })
  if (existsSync(aside())) renameSync(aside(), root())
}

function expectUnavailable(reply: { status: number; body: any; headers: Headers }): void {
  expect(reply.status).toBe(503)
  expect(reply.body).toMatchObject({ code: 'service_unavailable' })
  expect(reply.body.message).toMatch(/存储暂时不可用，请稍后重试/)
  expect(Number(reply.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
  expect(reply.body.requestId).toBe(reply.headers.get('x-request-id'))
}

async function photoBytes(): Promise<Buffer> {
  const width = 640
  const height = 480
  const pixels = Buffer.alloc(width * height * 3)
  for (let i = 0; i < pixels.length; i += 1) pixels[i] = (i * 37 + (i >> 7) * 11) % 256
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 90 }).toBuffer()
}

it('answers 503 at every step while storage fails, leaves no rows behind, and recovers', async () => {
  const unit = await createUnit(server.sql)
  const activityId = await createActivity(server.sql, unit, { startsIn: -60, endsIn: 60 })
  const token = server.tokenFor(unit.contactId)
  const bytes = await photoBytes()
  const uploadUrl = () => call(server, '/api/photos/upload-url', { token, body: { activityId, contentType: 'image/jpeg', byteSize: bytes.length } })
  const uploads = async () => (await server.sql<{ n: number }[]>`select count(*)::int as n from storage_uploads where unit_id = ${unit.unitId}`)[0]!.n
  const photos = async () => (await server.sql<{ n: number }[]>`select count(*)::int as n from photos where unit_id = ${unit.unitId}`)[0]!.n

  // Healthy first.
  const healthy = await call(server, '/api/health')
  expect(healthy.status).toBe(200)
  expect(ZHealthResponse.parse(healthy.body)).toMatchObject({ ok: true, database: { status: 'ok' }, storage: { status: 'ok', kind: 'local' } })

  // 1. Asking for an upload URL while storage is down: 503, and no upload row.
  breakStorage()
  const health = await call(server, '/api/health')
  expect(health.status).toBe(503)
  expect(health.headers.get('retry-after')).toBe('5')
  const report = ZHealthResponse.parse(health.body)
  expect(report).toMatchObject({ ok: false, database: { status: 'ok' }, storage: { status: 'failed', kind: 'local' } })
  expect(report.storage.ms).toBeGreaterThanOrEqual(0)
  expectUnavailable(await uploadUrl())
  expect(await uploads()).toBe(0)

  // 2. The PUT to a URL handed out while storage worked, arriving when it does not: 503, nothing stored.
  mendStorage()
  const first = await uploadUrl()
  expect(first.status).toBe(200)
  breakStorage()
  const put = await fetch(first.body.uploadUrl, { method: 'PUT', body: bytes, headers: { 'content-type': 'image/jpeg' } })
  expect(put.status).toBe(503)
  const putBody = (await put.json()) as { code: string; requestId: string }
  expect(putBody).toMatchObject({ code: 'service_unavailable', requestId: put.headers.get('x-request-id') })
  // The storage route logs its own JSON line (no function handles it), without the URL's token.
  const line = await logLineOf(server, putBody.requestId)
  expect(line).toMatchObject({ method: 'PUT', status: 503, level: 'error' })
  expect(String(line!.route)).toMatch(/^\/_storage\/upload\//)
  expect(JSON.stringify(line)).not.toContain('token')

  // 3. Recording a photo whose file cannot be read: 503, no photo row, the upload still unclaimed.
  mendStorage()
  expect((await fetch(first.body.uploadUrl, { method: 'PUT', body: bytes, headers: { 'content-type': 'image/jpeg' } })).status).toBe(200)
  breakStorage()
  expectUnavailable(await call(server, '/api/photos', { token, body: { activityId, path: first.body.path } }))
  expect(await photos()).toBe(0)
  const [upload] = await server.sql<{ recorded_at: Date | null; sha256: string | null }[]>`select recorded_at, sha256 from storage_uploads where path = ${first.body.path}`
  expect(upload).toEqual({ recorded_at: null, sha256: null })
  expect(await server.sql`select 1 from photo_check_jobs j join photos p on p.id = j.photo_id where p.unit_id = ${unit.unitId}`).toHaveLength(0)

  // 4. Storage is back: the same upload is recorded, once.
  mendStorage()
  const recorded = await call(server, '/api/photos', { token, body: { activityId, path: first.body.path } })
  expect(recorded.status).toBe(200)
  expect(await photos()).toBe(1)
  expect(await uploads()).toBe(1)
  expect((await call(server, '/api/health')).status).toBe(200)
})
