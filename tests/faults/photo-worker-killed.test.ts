import { spawn, type ChildProcess } from 'node:child_process'
import { createHash, randomUUID } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { createActivity, createUnit } from '../setup/journey'
import { startPrivateServer, type TPrivateServer } from './private-server'

/**
 * The photo worker killed mid-check (issue 12, "Faults"): a worker process claims a real job, loads
 * the real engines and is SIGKILLed while it checks. Its lease keeps every other worker off the job
 * until it expires (moved forward here rather than waited for: 120 s); then another worker process
 * reclaims it, checks the photo and stores exactly one verdict. A third worker finds nothing to do.
 */
jest.setTimeout(300_000)

const ROOT = path.resolve(__dirname, '../..')
let server: TPrivateServer

beforeAll(async () => {
  server = await startPrivateServer()
})
afterAll(async () => {
  await server?.stop()
})

type TWorker = { child: ChildProcess; output: () => string; exited: Promise<number | null> }

function startWorker(workerId: string, waitSeconds: number): TWorker {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/faults/photo-worker-child.ts', workerId, String(waitSeconds)], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: server.databaseUrl, DATA_DIR: server.dataDir, APP_ENV: 'test', REQUEST_LOG: 'off' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, output: () => output, exited }
}

async function until(check: () => boolean, ms: number, what: string, output: () => string): Promise<void> {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error(`${what} did not happen in ${ms} ms:\n${output()}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

it('reclaims the job after its lease and stores exactly one verdict', async () => {
  const { sql } = server
  const unit = await createUnit(sql)
  const activityId = await createActivity(sql, unit, { startsIn: -120, endsIn: -60 })
  // A real photo in the server's storage folder and its queued job, as recording it would leave them.
  const width = 1600
  const height = 1200
  const pixels = Buffer.alloc(width * height * 3)
  for (let i = 0; i < pixels.length; i += 1) pixels[i] = (i * 31 + (i >> 9) * 7) % 256
  const bytes = await sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 90 }).toBuffer()
  const storagePath = `${unit.campaignId}/${unit.unitId}/${activityId}/${randomUUID()}.jpg`
  mkdirSync(path.dirname(path.join(server.dataDir, 'storage', storagePath)), { recursive: true })
  writeFileSync(path.join(server.dataDir, 'storage', storagePath), bytes)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const [photo] = await sql<{ id: string }[]>`
    insert into photos (campaign_id, unit_id, purpose, activity_id, storage_path, sha256, byte_size, mime_type)
    values (${unit.campaignId}, ${unit.unitId}, 'activity', ${activityId}, ${storagePath}, ${sha256}, ${bytes.length}, 'image/jpeg') returning id`
  const [job] = await sql<{ id: string }[]>`insert into photo_check_jobs (photo_id, sha256) values (${photo!.id}, ${sha256}) returning id`
  const jobState = async () =>
    (await sql<{ status: string; attempts: number; lease_owner: string | null; lease_expires_at: Date | null }[]>`
      select status::text, attempts, lease_owner, lease_expires_at from photo_check_jobs where id = ${job!.id}`)[0]!

  // Worker A takes the job and is killed while checking.
  const a = startWorker('worker-a', 0)
  await until(() => a.output().includes('CHECKING'), 180_000, 'worker A checking', a.output)
  await new Promise((resolve) => setTimeout(resolve, 300))
  a.child.kill('SIGKILL')
  await a.exited
  expect(a.output()).not.toContain('RESULT')
  const held = await jobState()
  expect(held).toMatchObject({ status: 'running', attempts: 1, lease_owner: 'worker-a' })
  expect(held.lease_expires_at!.getTime()).toBeGreaterThan(Date.now())
  expect(await sql`select 1 from photo_check_results where photo_id = ${photo!.id}`).toHaveLength(0)

  // Worker B, while the lease still runs: nothing to take.
  const early = startWorker('worker-b', 0)
  await early.exited
  expect(early.output()).toMatch(/RESULT \{"status":"idle"\}/)
  expect(await jobState()).toMatchObject({ status: 'running', lease_owner: 'worker-a' })

  // The lease runs out (120 s, moved forward): worker C reclaims the job and finishes it.
  await sql`update photo_check_jobs set lease_expires_at = now() - interval '1 second' where id = ${job!.id}`
  const c = startWorker('worker-c', 30)
  expect(await c.exited).toBe(0)
  const result = JSON.parse(/RESULT (.*)/.exec(c.output())![1]!) as { status: string; jobId: string; verdict?: string }
  expect(result).toMatchObject({ status: 'checked', jobId: job!.id })
  expect(await jobState()).toMatchObject({ status: 'done', attempts: 2 })
  const verdicts = await sql<{ verdict: string; job_id: string }[]>`select verdict::text, job_id from photo_check_results where photo_id = ${photo!.id}`
  expect(verdicts).toEqual([{ verdict: result.verdict, job_id: job!.id }])

  // Nothing left for anyone: a late worker finds no job, and the verdict stays one.
  const late = startWorker('worker-d', 0)
  await late.exited
  expect(late.output()).toMatch(/RESULT \{"status":"idle"\}/)
  expect(await sql`select 1 from photo_check_results where photo_id = ${photo!.id}`).toHaveLength(1)
})
