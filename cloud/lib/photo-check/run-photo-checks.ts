import { getPhotoStorage } from '../storage/get-photo-storage'
import { loadPhotoEngines } from './engines'
import { runPhotoCheckOnce, type TRunOnceResult } from './photo-check-jobs'

export type TRunPhotoChecksOptions = { untilPhotoId?: string; budgetMs: number }
type TPhotoCheckRunner = (options: TRunPhotoChecksOptions) => Promise<TRunOnceResult[]>

let elsewhere: TPhotoCheckRunner | undefined

/**
 * Hands every later runPhotoChecks call to `runner` (null: back to this thread). The local server,
 * one process for every route, runs the checks in a worker thread (cloud/server/photo-check-thread.ts):
 * a check keeps the thread busy for seconds, which would stall every other request.
 */
export function runPhotoChecksElsewhere(runner: TPhotoCheckRunner | null): void {
  elsewhere = runner ?? undefined
}

/**
 * Works through due check jobs until the queue is empty, the given photo has been checked, or the
 * time budget is spent. Called right after an upload and by the scheduled tick (the sweeper).
 */
export async function runPhotoChecks(options: TRunPhotoChecksOptions): Promise<TRunOnceResult[]> {
  if (elsewhere) return elsewhere(options)
  return runPhotoChecksHere(options)
}

/** The loop itself, in this thread (the worker thread calls this). */
export async function runPhotoChecksHere(options: TRunPhotoChecksOptions): Promise<TRunOnceResult[]> {
  const deadline = Date.now() + options.budgetMs
  const results: TRunOnceResult[] = []
  while (Date.now() < deadline) {
    const result = await runPhotoCheckOnce({ storage: getPhotoStorage(), engines: loadPhotoEngines })
    if (result.status === 'idle') break
    results.push(result)
    if (options.untilPhotoId && result.photoId === options.untilPhotoId && result.status !== 'retrying') break
  }
  return results
}
