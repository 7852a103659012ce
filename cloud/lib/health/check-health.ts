import type { THealthResponse } from '../../../types/api/health'
import { withUserTx } from '../db/transaction'
import { getPhotoStorage } from '../storage/get-photo-storage'
import { toShanghaiIso } from '../time/shanghai'
import { pingDatabase } from './repository'

/** A dependency slower than this counts as failed: a load balancer should stop sending traffic. */
const CHECK_TIMEOUT_MS = 3000

/**
 * What /api/health reports: the database (one round trip as anon, through the same pool requests
 * use) and storage (the bucket or folder answers), each ok/failed with its time, both at once.
 */
export async function checkHealth(): Promise<THealthResponse> {
  const storage = getPhotoStorage()
  const [database, stored] = await Promise.all([
    timed(() => withUserTx(null, (tx) => pingDatabase(tx))),
    timed(() => storage.probe()),
  ])
  return { ok: database.status === 'ok' && stored.status === 'ok', time: toShanghaiIso(new Date()), database, storage: { ...stored, kind: storage.kind } }
}

async function timed(work: () => Promise<unknown>): Promise<THealthResponse['database']> {
  const started = performance.now()
  let timer: NodeJS.Timeout | undefined
  try {
    await Promise.race([
      work(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS)
      }),
    ])
    return { status: 'ok', ms: elapsed(started) }
  } catch (error) {
    return { status: 'failed', ms: elapsed(started), error: describe(error) }
  } finally {
    clearTimeout(timer)
  }
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10
}

/** The error's code or first line, never a URL (a connection string may carry a password). */
function describe(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
  const message = error instanceof Error ? error.message.split('\n')[0]!.replace(/\w+:\/\/\S+/g, '<url>') : String(error)
  return (code ? `${code}: ${message}` : message).slice(0, 200)
}
