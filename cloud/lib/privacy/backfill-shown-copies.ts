import { withServiceTx } from '../db/transaction'
import { PHOTO_CHECK_CONFIG } from '../photo-check/config'
import { makeStrippedDerivative } from '../photo-check/decode/decode-photo'
import { DISPLAY_LONG_SIDE, displayPathFor } from '../pictures/inspect-picture'
import { stripImageMetadata } from '../pictures/strip-image-metadata'
import { getPhotoStorage } from '../storage/get-photo-storage'
import type { PhotoStorage } from '../storage/photo-storage'
import { claimRowWithoutCopy, releaseFailedCopy, saveShownCopy, type TCopyClaim, type TCopyTable } from './repository'

/**
 * Lease: longer than any one copy takes (a 12-megapixel photo: about a second), so only a dead
 * worker's row is taken again. Attempts: a picture that cannot be copied is given up after three
 * (it stays left out of every list; its original is never shown instead).
 */
export const SHOWN_COPY_BACKFILL = { leaseSeconds: 300, maxAttempts: 3, retrySeconds: 600 }

const TABLES: TCopyTable[] = ['photos', 'weekly_stats_pictures']

export type TBackfillSummary = { made: number; failed: number }

/**
 * Makes the EXIF-free shown copy of every photo and 新闻稿 picture recorded before copies existed
 * (display_path null), oldest first, until none is left, `limit` rows are done or `budgetMs` has
 * passed (the scheduled tick runs it again). Each row is claimed on its own (see
 * claimRowWithoutCopy), its copy written to the same path a fresh upload's would have, then saved;
 * running it twice, or two at once, makes each copy once, and a worker killed half-way leaves a
 * lease that runs out.
 */
export async function backfillShownCopies(
  options: { budgetMs?: number; limit?: number; storage?: Pick<PhotoStorage, 'read' | 'write' | 'remove'> } = {},
): Promise<TBackfillSummary> {
  const storage = options.storage ?? getPhotoStorage()
  const deadline = Date.now() + (options.budgetMs ?? 10_000)
  const limit = options.limit ?? 200
  const summary: TBackfillSummary = { made: 0, failed: 0 }
  for (const table of TABLES) {
    while (Date.now() < deadline && summary.made + summary.failed < limit) {
      const claim = await withServiceTx((tx) => claimRowWithoutCopy(tx, table, SHOWN_COPY_BACKFILL.leaseSeconds, SHOWN_COPY_BACKFILL.maxAttempts))
      if (!claim) break
      try {
        await copyOne(claim, storage)
        summary.made += 1
      } catch (error) {
        summary.failed += 1
        const message = error instanceof Error ? error.message : String(error)
        await withServiceTx((tx) => releaseFailedCopy(tx, claim, message, SHOWN_COPY_BACKFILL.retrySeconds))
      }
    }
  }
  return summary
}

async function copyOne(claim: TCopyClaim, storage: Pick<PhotoStorage, 'read' | 'write' | 'remove'>): Promise<void> {
  const original = await storage.read(claim.storage_path)
  // Long side as a fresh upload's copy: activity photos as recordPhoto makes them (the derivative's
  // default), form pictures as inspectPicture does.
  const longSide = claim.purpose === 'activity' ? undefined : DISPLAY_LONG_SIDE
  // As recordPhoto: when sharp cannot decode it, the original's bytes without their metadata.
  const copy = await makeStrippedDerivative(original, PHOTO_CHECK_CONFIG, longSide).catch(() => stripImageMetadata(original))
  const displayPath = displayPathFor(claim.storage_path)
  await storage.write(displayPath, copy, 'image/jpeg')
  const saved = await withServiceTx((tx) => saveShownCopy(tx, claim, displayPath))
  // Deleted while it was being copied: its copy must not outlive it.
  if (saved === 'gone') await storage.remove([displayPath])
}
