import Taro from '@tarojs/taro'
import type { TCheckinResponse } from '../../../../types/api/checkins'
import { ApiError, describeError } from '../../../shared/api-error'
import { isH5 } from '../../../shared/platform'
import { getSessionState, refreshSession } from '../../auth/session-store'
import { submitCheckin } from '../api/submit-checkin'
import { readScanQueue, removeQueuedScan, updateQueuedScan, type TQueuedScan } from './scan-queue'

export type TSyncOutcome =
  | { scan: TQueuedScan; status: 'sent'; result: TCheckinResponse }
  | { scan: TQueuedScan; status: 'waiting'; error: ApiError }
  | { scan: TQueuedScan; status: 'failed'; error: ApiError }

/** The network did not answer, or the server could not: keep the scan and try again later. */
export function isRetryable(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status === 0 || error.status === 401 || error.status === 408 || error.status === 429 || error.status >= 500
}

let running: Promise<TSyncOutcome[]> | null = null

/**
 * Sends the signed-in person's queued scans, oldest first (the earlier scan is the check-in). Stops
 * at the first scan the network cannot take; a scan the server refuses is marked failed with its
 * reason and kept for the person to see. One run at a time.
 */
export function syncQueuedScans(): Promise<TSyncOutcome[]> {
  running ??= run().finally(() => {
    running = null
  })
  return running
}

async function run(): Promise<TSyncOutcome[]> {
  if (getSessionState().status === 'unknown') await refreshSession().catch(() => undefined)
  const session = getSessionState()
  if (session.status !== 'signed_in') return []
  const queue = readScanQueue()
    .filter((scan) => scan.state === 'pending' && scan.userId === session.user.id)
    .sort((a, b) => a.scannedAt.localeCompare(b.scannedAt))
  const outcomes: TSyncOutcome[] = []
  for (const scan of queue) {
    try {
      const result = await submitCheckin({
        activityId: scan.activityId,
        code: scan.code,
        scanId: scan.scanId,
        scannedAt: scan.scannedAt,
        latitude: scan.latitude,
        longitude: scan.longitude,
      })
      removeQueuedScan(scan.scanId)
      outcomes.push({ scan, status: 'sent', result })
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError('unknown', describeError(error), 0)
      if (isRetryable(error)) {
        outcomes.push({ scan, status: 'waiting', error: apiError })
        break
      }
      updateQueuedScan(scan.scanId, { state: 'failed', message: apiError.message })
      outcomes.push({ scan, status: 'failed', error: apiError })
    }
  }
  return outcomes
}

let watching = false

/**
 * At app start: send what is queued, again whenever the network comes back, and every minute while
 * something waits (a network event can be missed, e.g. a weak signal that never drops entirely).
 */
export function watchQueuedScans(): void {
  if (watching) return
  watching = true
  const flush = () => {
    if (readScanQueue().some((scan) => scan.state === 'pending')) void syncQueuedScans()
  }
  flush()
  if (isH5 && typeof window !== 'undefined') window.addEventListener('online', flush)
  else Taro.onNetworkStatusChange((status) => status.isConnected && flush())
  setInterval(flush, 60_000)
}
