import type { TTx } from '../db/client'
import type { TPhotoCheckReport, TPhotoContext } from './types'

/** The only module of the photo check that knows the database. */

export type TPhotoCheckJob = {
  id: string
  photo_id: string
  sha256: string
  status: 'queued' | 'running' | 'done' | 'failed'
  attempts: number
  max_attempts: number
  lease_owner: string | null
  lease_expires_at: Date | null
  last_error: string | null
}

export type TPhotoToCheck = {
  id: string
  campaign_id: string
  unit_id: string
  purpose: TPhotoContext['purpose']
  storage_path: string
  mime_type: string | null
  campaign_theme: string | null
  activity_title: string | null
  /** Asia/Shanghai calendar days the activity spans (YYYY-MM-DD). */
  activity_days: string[] | null
}

/** One job per photo: enqueueing the same photo again changes nothing. */
export async function insertJob(tx: TTx, photoId: string, maxAttempts: number): Promise<{ id: string; created: boolean } | null> {
  const inserted = await tx<{ id: string }[]>`
    insert into photo_check_jobs (photo_id, sha256, max_attempts)
    select p.id, p.sha256, ${maxAttempts} from photos p where p.id = ${photoId}
    on conflict (photo_id) do nothing
    returning id`
  if (inserted[0]) return { id: inserted[0].id, created: true }
  const [existing] = await tx<{ id: string }[]>`select id from photo_check_jobs where photo_id = ${photoId}`
  return existing ? { id: existing.id, created: false } : null
}

/** Jobs whose worker died on their last allowed attempt end as failed instead of being claimed again. */
export async function failExhaustedLeases(tx: TTx): Promise<number> {
  const rows = await tx`
    update photo_check_jobs
    set status = 'failed', lease_owner = null, lease_expires_at = null, updated_at = now(),
        last_error = coalesce(last_error, 'worker stopped while checking (lease expired)')
    where status = 'running' and lease_expires_at < now() and attempts >= max_attempts
    returning id`
  return rows.length
}

/**
 * Takes the next due job (queued and due, or running with an expired lease: its worker crashed)
 * and leases it to `owner`. SKIP LOCKED lets concurrent workers each take a different job.
 */
export async function claimJob(tx: TTx, owner: string, leaseSeconds: number): Promise<TPhotoCheckJob | null> {
  const [job] = await tx<TPhotoCheckJob[]>`
    with next as (
      select id from photo_check_jobs
      where (status = 'queued' and run_after <= now())
         or (status = 'running' and lease_expires_at < now() and attempts < max_attempts)
      order by run_after, created_at
      limit 1
      for update skip locked
    )
    update photo_check_jobs j
    set status = 'running', attempts = j.attempts + 1, lease_owner = ${owner},
        lease_expires_at = now() + make_interval(secs => ${leaseSeconds}), updated_at = now()
    from next where j.id = next.id
    returning j.id, j.photo_id, j.sha256, j.status, j.attempts, j.max_attempts, j.lease_owner, j.lease_expires_at, j.last_error`
  return job ?? null
}

/** Locks the job if `owner` still holds its lease; null when the lease was lost (expired and reclaimed). */
export async function lockOwnedJob(tx: TTx, jobId: string, owner: string): Promise<TPhotoCheckJob | null> {
  const [job] = await tx<TPhotoCheckJob[]>`
    select id, photo_id, sha256, status, attempts, max_attempts, lease_owner, lease_expires_at, last_error
    from photo_check_jobs where id = ${jobId} and status = 'running' and lease_owner = ${owner}
    for update`
  return job ?? null
}

export async function findPhotoToCheck(tx: TTx, photoId: string): Promise<TPhotoToCheck | null> {
  const [photo] = await tx<TPhotoToCheck[]>`
    select p.id, p.campaign_id, p.unit_id, p.purpose, p.storage_path, p.mime_type,
           coalesce(c.theme, c.title) as campaign_theme, a.title as activity_title,
           case when a.id is null then null else (
             select array_agg(to_char(d, 'YYYY-MM-DD') order by d)
             from generate_series((a.starts_at at time zone 'Asia/Shanghai')::date,
                                  (a.ends_at at time zone 'Asia/Shanghai')::date, interval '1 day') d
           ) end as activity_days
    from photos p
    join campaigns c on c.id = p.campaign_id
    left join activities a on a.id = p.activity_id
    where p.id = ${photoId}`
  return photo ?? null
}

/** The campaign's other photos that have been hashed, for the reuse rule. */
export async function findOtherPhotoHashes(tx: TTx, campaignId: string, photoId: string): Promise<NonNullable<TPhotoContext['otherPhotos']>> {
  const rows = await tx<{ id: string; unit_id: string; perceptual_hash: string }[]>`
    select id, unit_id, perceptual_hash from photos
    where campaign_id = ${campaignId} and id <> ${photoId} and perceptual_hash is not null`
  return rows.map((r) => ({ photoId: r.id, unitId: r.unit_id, perceptualHash: r.perceptual_hash }))
}

/** Stores the verdict, every rule and the raw scores; records what the check learnt about the photo. */
export async function saveResult(tx: TTx, job: TPhotoCheckJob, report: TPhotoCheckReport): Promise<string> {
  const [result] = await tx<{ id: string }[]>`
    insert into photo_check_results (photo_id, job_id, verdict, rules, scores, engine_version)
    values (${job.photo_id}, ${job.id}, ${report.verdict}, ${tx.json(toJson(report.rules))}, ${tx.json(toJson({ ...report.scores, reasons: report.reasons, warnings: report.warnings }))},
            ${report.engineVersion})
    returning id`
  await tx`
    update photos set
      perceptual_hash = coalesce(${report.perceptualHash}, perceptual_hash),
      captured_at = coalesce(${report.capturedAt}::timestamptz, captured_at),
      width = coalesce(${report.width}::int, width),
      height = coalesce(${report.height}::int, height)
    where id = ${job.photo_id}`
  return result!.id
}

export async function markDone(tx: TTx, jobId: string): Promise<void> {
  await tx`
    update photo_check_jobs
    set status = 'done', lease_owner = null, lease_expires_at = null, last_error = null, updated_at = now()
    where id = ${jobId}`
}

/** Back to the queue after `retryDelaySeconds`, or failed for good once attempts are used up. */
export async function markRetryOrFailed(tx: TTx, job: TPhotoCheckJob, error: string, retryDelaySeconds: number): Promise<'queued' | 'failed'> {
  const status = job.attempts >= job.max_attempts ? 'failed' : 'queued'
  await tx`
    update photo_check_jobs
    set status = ${status}, lease_owner = null, lease_expires_at = null, last_error = ${error.slice(0, 2000)},
        run_after = now() + make_interval(secs => ${retryDelaySeconds * job.attempts}), updated_at = now()
    where id = ${job.id}`
  return status
}

/** postgres.js wants JSON values typed as its JSONValue; our reports are plain data. */
function toJson(value: unknown): Parameters<TTx['json']>[0] {
  return JSON.parse(JSON.stringify(value)) as Parameters<TTx['json']>[0]
}
