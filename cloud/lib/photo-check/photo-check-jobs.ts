import { hostname } from 'node:os'
import { randomUUID } from 'node:crypto'
import { withServiceTx } from '../db/transaction'
import type { PhotoStorage } from '../storage/photo-storage'
import { checkPhoto } from './check-photo'
import { PHOTO_CHECK_CONFIG, type TPhotoCheckConfig } from './config'
import type { TPhotoEngines } from './engines'
import {
  claimJob,
  failExhaustedLeases,
  findOtherPhotoHashes,
  findPhotoToCheck,
  insertJob,
  lockOwnedJob,
  markDone,
  markRetryOrFailed,
  saveResult,
  type TPhotoCheckJob,
} from './repository'
import type { TPhotoCheckReport, TVerdict } from './types'

/**
 * The photo check as queued jobs: one job per photo, claimed with a lease (FOR UPDATE SKIP LOCKED),
 * retried when a worker crashes or an engine fails, finished exactly once by the lease holder.
 */

/** Identifies this process in `lease_owner`. */
export const WORKER_ID = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`

/** Queues the check of an uploaded photo; calling it again for the same photo does nothing. */
export async function enqueuePhotoCheck(photoId: string, config: TPhotoCheckConfig = PHOTO_CHECK_CONFIG): Promise<{ jobId: string; created: boolean } | null> {
  const job = await withServiceTx((tx) => insertJob(tx, photoId, config.jobs.maxAttempts))
  return job ? { jobId: job.id, created: job.created } : null
}

/** Leases the next due job to `workerId`, or null when there is none. */
export async function claimNextPhotoCheck(workerId: string = WORKER_ID, config: TPhotoCheckConfig = PHOTO_CHECK_CONFIG): Promise<TPhotoCheckJob | null> {
  return withServiceTx(async (tx) => {
    await failExhaustedLeases(tx)
    return claimJob(tx, workerId, config.jobs.leaseSeconds)
  })
}

/**
 * Stores the report and closes the job, if `workerId` still holds the lease. False when the lease
 * was lost (another worker reclaimed the job): that worker's result is the one kept.
 */
export async function completePhotoCheck(jobId: string, report: TPhotoCheckReport, workerId: string = WORKER_ID): Promise<boolean> {
  return withServiceTx(async (tx) => {
    const job = await lockOwnedJob(tx, jobId, workerId)
    if (!job) return false
    await saveResult(tx, job, report)
    await markDone(tx, job.id)
    return true
  })
}

/** Gives the job back for a retry later, or fails it for good after its last attempt. */
export async function failPhotoCheck(
  jobId: string,
  error: string,
  workerId: string = WORKER_ID,
  config: TPhotoCheckConfig = PHOTO_CHECK_CONFIG,
): Promise<'queued' | 'failed' | 'lease_lost'> {
  return withServiceTx(async (tx) => {
    const job = await lockOwnedJob(tx, jobId, workerId)
    if (!job) return 'lease_lost'
    const status = await markRetryOrFailed(tx, job, error, config.jobs.retryDelaySeconds)
    // Out of attempts: the uploader still gets a verdict, `error`, instead of waiting forever.
    if (status === 'failed') await saveResult(tx, job, errorReport(error, config))
    return status
  })
}

function errorReport(error: string, config: TPhotoCheckConfig): TPhotoCheckReport {
  return {
    verdict: 'error',
    reasons: ['detector_error'],
    warnings: [],
    rules: [{ rule: 'format', status: 'error', score: null, reason: 'detector_error', message: '多次尝试后仍无法检查这张照片，请重新上传或联系工作人员。', details: { error } }],
    scores: {},
    perceptualHash: null,
    capturedAt: null,
    width: null,
    height: null,
    engineVersion: config.engineVersion,
  }
}

export type TRunOnceDeps = {
  storage: Pick<PhotoStorage, 'read'>
  /** Loaded once per process (see loadPhotoEngines) and passed to every run. */
  engines: TPhotoEngines | (() => Promise<TPhotoEngines>)
  workerId?: string
  config?: TPhotoCheckConfig
}

export type TRunOnceResult =
  | { status: 'idle' }
  | { status: 'checked'; jobId: string; photoId: string; verdict: TVerdict }
  | { status: 'retrying' | 'failed' | 'lease_lost'; jobId: string; photoId: string; error: string }

/**
 * Claims one job and checks its photo. An unreadable photo is a finished check with verdict
 * `error` (retrying would not help); a crash of storage or an engine is retried.
 */
export async function runPhotoCheckOnce(deps: TRunOnceDeps): Promise<TRunOnceResult> {
  const workerId = deps.workerId ?? WORKER_ID
  const config = deps.config ?? PHOTO_CHECK_CONFIG
  const job = await claimNextPhotoCheck(workerId, config)
  if (!job) return { status: 'idle' }
  try {
    const photo = await withServiceTx((tx) => findPhotoToCheck(tx, job.photo_id))
    if (!photo) throw new Error(`photo ${job.photo_id} not found`)
    const otherPhotos = await withServiceTx((tx) => findOtherPhotoHashes(tx, photo.campaign_id, photo.id))
    const bytes = await deps.storage.read(photo.storage_path)
    const engines = typeof deps.engines === 'function' ? await deps.engines() : deps.engines
    const report = await checkPhoto(
      {
        bytes,
        unitId: photo.unit_id,
        context: {
          campaignTheme: photo.campaign_theme,
          activityName: photo.activity_title,
          purpose: photo.purpose,
          activityDays: photo.activity_days ?? undefined,
          otherPhotos,
          declaredType: photo.mime_type ?? undefined,
        },
      },
      engines,
      config,
    )
    const engineError = report.rules.find((r) => r.status === 'error' && r.reason === 'detector_error')
    // An engine crash is worth retrying until the last attempt, which then stores the error verdict.
    if (engineError && job.attempts < job.max_attempts) {
      const message = JSON.stringify(engineError.details ?? engineError.message)
      const outcome = await failPhotoCheck(job.id, message, workerId, config)
      return { status: outcome === 'queued' ? 'retrying' : outcome, jobId: job.id, photoId: job.photo_id, error: message }
    }
    const kept = await completePhotoCheck(job.id, report, workerId)
    if (!kept) return { status: 'lease_lost', jobId: job.id, photoId: job.photo_id, error: 'lease lost before completion' }
    return { status: 'checked', jobId: job.id, photoId: job.photo_id, verdict: report.verdict }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const outcome = await failPhotoCheck(job.id, message, workerId, config)
    return { status: outcome === 'queued' ? 'retrying' : outcome, jobId: job.id, photoId: job.photo_id, error: message }
  }
}
