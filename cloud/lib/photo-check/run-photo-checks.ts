import { getPhotoStorage } from '../storage/get-photo-storage'
import { loadPhotoEngines } from './engines'
import { runPhotoCheckOnce, type TRunOnceResult } from './photo-check-jobs'

/**
 * Works through due check jobs until the queue is empty, the given photo has been checked, or the
 * time budget is spent. Called right after an upload and by the scheduled tick (the sweeper).
 */
export async function runPhotoChecks(options: { untilPhotoId?: string; budgetMs: number }): Promise<TRunOnceResult[]> {
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
