import { parentPort } from 'node:worker_threads'
import { runPhotoChecksHere, type TRunPhotoChecksOptions } from '../lib/photo-check/run-photo-checks'

/**
 * The worker thread of cloud/server/photo-check-thread.ts: one request at a time, the same job loop
 * the functions run. The queue's leases make a call that overlaps a tick's sweep harmless anyway.
 */
let queue: Promise<void> = Promise.resolve()

parentPort?.on('message', (message: { id: number; options: TRunPhotoChecksOptions }) => {
  queue = queue.then(async () => {
    try {
      const results = await runPhotoChecksHere(message.options)
      parentPort?.postMessage({ id: message.id, results })
    } catch (error) {
      parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) })
    }
  })
})
