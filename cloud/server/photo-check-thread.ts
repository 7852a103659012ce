import { createRequire } from 'node:module'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import type { TRunOnceResult } from '../lib/photo-check/photo-check-jobs'
import { runPhotoChecksElsewhere, runPhotoChecksHere, type TRunPhotoChecksOptions } from '../lib/photo-check/run-photo-checks'

type TReply = { id: number; results?: TRunOnceResult[]; error?: string }
type TPending = { options: TRunPhotoChecksOptions; resolve: (results: TRunOnceResult[]) => void; reject: (error: unknown) => void }

/**
 * The local server's photo checks, in one worker thread. Locally one process serves every route, and a
 * check keeps its thread busy for seconds (face detection runs in WebAssembly on the calling thread):
 * in the same thread, every request that arrived meanwhile waited, and database connections being
 * opened timed out into 503s (seen by `npm run bench:soak`). The worker runs the very same job loop
 * (runPhotoChecksHere: lease, check, store) with its own database pool and models, loaded once; calls
 * are served one after another, as one thread would. In production each Vercel function is its own
 * process, so nothing changes there. Returns a function that stops the worker.
 */
export function startPhotoCheckThread(): () => Promise<void> {
  // The worker is TypeScript like the server; tsx's loader does not carry over into worker threads,
  // so the worker registers tsx's require hook itself before loading it.
  const worker = new Worker(`require(require('node:worker_threads').workerData.tsx).register(); require(require('node:worker_threads').workerData.file)`, {
    eval: true,
    env: process.env,
    workerData: { tsx: createRequire(__filename).resolve('tsx/cjs/api'), file: path.join(__dirname, 'photo-check-worker.ts') },
  })
  worker.unref()
  const pending = new Map<number, TPending>()
  let nextId = 1
  let stopped = false
  // A worker that cannot start or dies: the checks run in this thread again rather than never.
  const fallBack = (error: Error): void => {
    if (!stopped) console.error(`[photo-check] worker thread failed, checking in the server thread: ${error.message}`)
    runPhotoChecksElsewhere(null)
    for (const call of pending.values()) runPhotoChecksHere(call.options).then(call.resolve, call.reject)
    pending.clear()
  }
  worker.on('message', (reply: TReply) => {
    const call = pending.get(reply.id)
    if (!call) return
    pending.delete(reply.id)
    if (reply.error !== undefined) call.reject(new Error(reply.error))
    else call.resolve(reply.results ?? [])
  })
  worker.on('error', (error) => fallBack(error))
  worker.on('exit', (code) => fallBack(new Error(`exited (${code})`)))
  runPhotoChecksElsewhere(
    (options: TRunPhotoChecksOptions) =>
      new Promise<TRunOnceResult[]>((resolve, reject) => {
        const id = nextId
        nextId += 1
        pending.set(id, { options, resolve, reject })
        worker.postMessage({ id, options })
      }),
  )
  return async () => {
    stopped = true
    runPhotoChecksElsewhere(null)
    await worker.terminate()
  }
}
