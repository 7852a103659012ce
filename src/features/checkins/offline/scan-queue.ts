import Taro from '@tarojs/taro'
import { z } from 'zod'
import { ZUuid } from '../../../../types/api/common'

/**
 * Scans kept on the volunteer's phone until the server has them. Every scan goes through here —
 * online ones leave again a moment later — so a scan made with no network, or whose answer was
 * lost, survives closing the app and is sent when the network returns or the app starts.
 */
const QUEUE_KEY = 'xlf.checkin.queue'

export const ZQueuedScan = z.object({
  /** Made on the phone; the server counts a scan id once however often it arrives. */
  scanId: ZUuid,
  userId: ZUuid,
  activityId: ZUuid,
  activityTitle: z.string(),
  code: z.string(),
  /** When the scan was made (ISO); the server checks the code against this time. */
  scannedAt: z.string(),
  latitude: z.number().optional(),
  longitude: z.number().optional(),
  /** pending: not yet accepted; failed: the server refused it (message says why), kept until dismissed. */
  state: z.enum(['pending', 'failed']),
  message: z.string().optional(),
})
export type TQueuedScan = z.infer<typeof ZQueuedScan>

const listeners = new Set<() => void>()

export function readScanQueue(): TQueuedScan[] {
  try {
    const raw: unknown = Taro.getStorageSync(QUEUE_KEY)
    if (typeof raw !== 'string' || raw === '') return []
    const parsed = z.array(ZQueuedScan).safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : []
  } catch {
    return []
  }
}

function writeScanQueue(queue: TQueuedScan[]): void {
  Taro.setStorageSync(QUEUE_KEY, JSON.stringify(queue))
  listeners.forEach((listener) => listener())
}

export function enqueueScan(scan: TQueuedScan): void {
  writeScanQueue([...readScanQueue().filter((item) => item.scanId !== scan.scanId), scan])
}

export function updateQueuedScan(scanId: string, change: Partial<TQueuedScan>): void {
  writeScanQueue(readScanQueue().map((item) => (item.scanId === scanId ? { ...item, ...change } : item)))
}

export function removeQueuedScan(scanId: string): void {
  writeScanQueue(readScanQueue().filter((item) => item.scanId !== scanId))
}

export function subscribeToScanQueue(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** A random v4 UUID; it only has to be unique, not secret (weapp has no crypto.randomUUID). */
export function newScanId(): string {
  const hex = '0123456789abcdef'
  let out = ''
  for (let i = 0; i < 36; i += 1) {
    if (i === 8 || i === 13 || i === 18 || i === 23) out += '-'
    else if (i === 14) out += '4'
    else if (i === 19) out += hex[8 + Math.floor(Math.random() * 4)]
    else out += hex[Math.floor(Math.random() * 16)]
  }
  return out
}
