import { createHash, randomUUID } from 'node:crypto'
import { connectTestDb } from '../setup/db'
import { createActivity, createUnit } from '../setup/journey'

// The job code runs in this process against the test database, as a worker would.
process.env.DATABASE_URL = process.env.TEST_DATABASE_URL

import { closeSql } from '../../cloud/lib/db/client'
import type { TPhotoEngines } from '../../cloud/lib/photo-check/engines'
import type { TOcrLine } from '../../cloud/lib/photo-check/ocr/paddle-ocr'
import {
  claimNextPhotoCheck,
  completePhotoCheck,
  enqueuePhotoCheck,
  runPhotoCheckOnce,
} from '../../cloud/lib/photo-check/photo-check-jobs'
import type { TPhotoCheckReport } from '../../cloud/lib/photo-check/types'
import { texturedScene } from './helpers'

const sql = connectTestDb()
afterAll(async () => {
  await sql.end()
  await closeSql()
})

/** Fake engines: the queue is under test here, not the models. */
const engines: TPhotoEngines = {
  textReader: { read: async () => [{ text: '学雷锋志愿服务月', confidence: 0.99, box: { x: 10, y: 10, w: 300, h: 40 }, lineHeight: 40, angle: 0 } satisfies TOcrLine] },
  faceDetector: {
    // The faces lying whole in the region asked for, as a real detector finds them in each tile.
    detect: async (image, region) => {
      const r = region ?? { x: 0, y: 0, w: image.width, h: image.height }
      return Array.from({ length: 30 }, (_, i) => ({ x: 10 + (i % 10) * 60, y: 10 + Math.floor(i / 10) * 60, w: 40, h: 40, score: 0.9 })).filter(
        (f) => f.x >= r.x && f.y >= r.y && f.x + f.w <= r.x + r.w && f.y + f.h <= r.y + r.h,
      )
    },
  },
}

const files = new Map<string, Buffer>()
const storage = {
  read: async (path: string) => {
    const bytes = files.get(path)
    if (!bytes) throw new Error(`storage: ${path} not found`)
    return bytes
  },
}

async function createPhoto(bytes: Buffer | null, unit?: { campaignId: string; unitId: string }): Promise<string> {
  const owner = unit ?? (await createUnit(sql))
  const activityId = await createActivity(sql, owner, { startsIn: -120, endsIn: -60, title: '学雷锋志愿服务月启动仪式' })
  const path = `${owner.campaignId}/${owner.unitId}/${randomUUID()}.jpg`
  if (bytes) files.set(path, bytes)
  const sha = createHash('sha256').update(bytes ?? path).digest('hex')
  const [photo] = await sql<{ id: string }[]>`
    insert into photos (campaign_id, unit_id, purpose, activity_id, storage_path, sha256, byte_size, mime_type)
    values (${owner.campaignId}, ${owner.unitId}, 'activity', ${activityId}, ${path}, ${sha}, ${bytes?.length ?? 0}, 'image/jpeg')
    returning id`
  return photo!.id
}

/** Leaves no due job behind, so each test claims only its own. */
async function drainQueue(): Promise<void> {
  await sql`update photo_check_jobs set status = 'done' where status in ('queued', 'running')`
}

const dummyReport = (verdict: TPhotoCheckReport['verdict']): TPhotoCheckReport => ({
  verdict,
  reasons: [],
  warnings: [],
  rules: [],
  scores: {},
  perceptualHash: null,
  capturedAt: null,
  width: null,
  height: null,
  engineVersion: 'test',
})

describe('photo check jobs', () => {
  let scene: Buffer
  beforeAll(async () => {
    scene = await texturedScene(900, 600)
    await drainQueue()
  })
  afterEach(drainQueue)

  it('queues one job per photo however often it is enqueued', async () => {
    const photoId = await createPhoto(scene)
    const first = await enqueuePhotoCheck(photoId)
    const second = await enqueuePhotoCheck(photoId)
    expect(first).toMatchObject({ created: true })
    expect(second).toEqual({ jobId: first!.jobId, created: false })
    expect(await sql`select id from photo_check_jobs where photo_id = ${photoId}`).toHaveLength(1)
  })

  it('never gives the same job to two workers claiming at once', async () => {
    const unit = await createUnit(sql)
    const photos = await Promise.all(Array.from({ length: 8 }, () => createPhoto(scene, unit)))
    for (const id of photos) await enqueuePhotoCheck(id)
    const claimAll = async (worker: string) => {
      const mine: string[] = []
      for (let job = await claimNextPhotoCheck(worker); job; job = await claimNextPhotoCheck(worker)) mine.push(job.photo_id)
      return mine
    }
    const [a, b, c] = await Promise.all([claimAll('worker-a'), claimAll('worker-b'), claimAll('worker-c')])
    const all = [...a!, ...b!, ...c!]
    expect(new Set(all).size).toBe(all.length)
    expect(all.sort()).toEqual([...photos].sort())
  })

  it('reclaims the job of a crashed worker once its lease expires; the late worker cannot complete it', async () => {
    const photoId = await createPhoto(scene)
    const { jobId } = (await enqueuePhotoCheck(photoId))!
    const crashed = await claimNextPhotoCheck('worker-crashed')
    expect(crashed?.id).toBe(jobId)
    expect(await claimNextPhotoCheck('worker-b')).toBeNull()
    await sql`update photo_check_jobs set lease_expires_at = now() - interval '1 second' where id = ${jobId}`
    const retaken = await claimNextPhotoCheck('worker-b')
    expect(retaken).toMatchObject({ id: jobId, attempts: 2, lease_owner: 'worker-b' })
    expect(await completePhotoCheck(jobId, dummyReport('passed'), 'worker-crashed')).toBe(false)
    expect(await completePhotoCheck(jobId, dummyReport('passed'), 'worker-b')).toBe(true)
    expect(await sql`select verdict from photo_check_results where job_id = ${jobId}`).toEqual([{ verdict: 'passed' }])
  })

  it('runs the check: stores the verdict, every rule and the raw scores, and records the hash', async () => {
    const photoId = await createPhoto(scene)
    await enqueuePhotoCheck(photoId)
    const run = await runPhotoCheckOnce({ storage, engines, workerId: 'worker-run' })
    expect(run).toMatchObject({ status: 'checked', photoId })
    const [result] = await sql<{ verdict: string; rules: { rule: string }[]; scores: Record<string, unknown>; engine_version: string }[]>`
      select verdict, rules, scores, engine_version from photo_check_results where photo_id = ${photoId}`
    expect(result!.rules.map((r) => r.rule)).toContain('people')
    expect(result!.scores).toHaveProperty('people.count', 30)
    expect(result!.engine_version).toMatch(/^photo-check\//)
    const [photo] = await sql`select perceptual_hash, width from photos where id = ${photoId}`
    expect(photo).toMatchObject({ perceptual_hash: expect.stringMatching(/^[0-9a-f]{16}$/), width: 900 })
    expect(await runPhotoCheckOnce({ storage, engines, workerId: 'worker-run' })).toEqual({ status: 'idle' })
  })

  it('gives an unreadable upload verdict error and goes on with the next photo', async () => {
    const broken = await createPhoto(Buffer.from('not an image at all'))
    const good = await createPhoto(scene)
    await enqueuePhotoCheck(broken)
    await enqueuePhotoCheck(good)
    const first = await runPhotoCheckOnce({ storage, engines, workerId: 'worker-run' })
    const second = await runPhotoCheckOnce({ storage, engines, workerId: 'worker-run' })
    expect([first, second]).toEqual([
      expect.objectContaining({ status: 'checked', photoId: broken, verdict: 'error' }),
      expect.objectContaining({ status: 'checked', photoId: good }),
    ])
    const [result] = await sql<{ rules: { message: string }[] }[]>`select rules from photo_check_results where photo_id = ${broken}`
    expect(result!.rules[0]!.message).toContain('不是一张图片')
  })

  it('retries when storage fails, and after the last attempt stores verdict error', async () => {
    const missing = await createPhoto(null)
    const { jobId } = (await enqueuePhotoCheck(missing))!
    const run = async () => {
      await sql`update photo_check_jobs set run_after = now() where id = ${jobId}`
      return runPhotoCheckOnce({ storage, engines, workerId: 'worker-run' })
    }
    expect(await run()).toMatchObject({ status: 'retrying' })
    expect(await run()).toMatchObject({ status: 'retrying' })
    expect(await run()).toMatchObject({ status: 'failed' })
    const [job] = await sql`select status, attempts, last_error from photo_check_jobs where id = ${jobId}`
    expect(job).toMatchObject({ status: 'failed', attempts: 3, last_error: expect.stringContaining('not found') })
    expect(await sql`select verdict from photo_check_results where job_id = ${jobId}`).toEqual([{ verdict: 'error' }])
  })
})
