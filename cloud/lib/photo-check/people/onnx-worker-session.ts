import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

export type TFloatTensor = { data: Float32Array; dims: readonly number[] }

type TReply = { id: number; outputs?: Record<string, TFloatTensor>; error?: string }

/**
 * The worker's code, plain JavaScript so that it runs the same under tsx, jest and a bundled
 * function (no file to resolve at run time). It loads onnxruntime-node from the path the caller
 * resolved, builds one session from the model bytes it is handed, and runs one request at a time.
 * Outputs are copied before they are transferred (onnxruntime owns its output buffers).
 */
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads')
const ort = require(workerData.ortPath)
const ready = ort.InferenceSession.create(workerData.model, workerData.options)
parentPort.on('message', async ({ id, inputs }) => {
  try {
    const session = await ready
    const feeds = {}
    for (const [name, t] of Object.entries(inputs)) feeds[name] = new ort.Tensor('float32', t.data, t.dims)
    const results = await session.run(feeds)
    const outputs = {}
    const transfer = []
    for (const [name, t] of Object.entries(results)) {
      const data = new Float32Array(t.data)
      outputs[name] = { data, dims: t.dims }
      transfer.push(data.buffer)
      t.dispose()
    }
    parentPort.postMessage({ id, outputs }, transfer)
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.stack) || error) })
  }
})
`

/**
 * An onnxruntime session in a worker thread of its own. onnxruntime-node runs a session
 * synchronously on the thread that calls it, so two sessions on the JavaScript thread (the face
 * detector and the OCR) take turns on one core however many threads each is given. In a worker,
 * a face pass runs on one core while the OCR runs on the other: the check's two halves really run
 * side by side, each single-threaded (which also holds up best on a busy machine, where
 * intra-op threads wait for each other at every layer).
 */
export class OnnxWorkerSession {
  private nextId = 1
  private readonly pending = new Map<number, { resolve: (outputs: Record<string, TFloatTensor>) => void; reject: (error: Error) => void }>()
  private failure: Error | null = null

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: TReply) => {
      const waiting = this.pending.get(reply.id)
      if (!waiting) return
      this.settle(reply.id)
      if (reply.outputs) waiting.resolve(reply.outputs)
      else waiting.reject(new Error(`onnx worker: ${reply.error ?? 'no output'}`))
    })
    const fail = (error: Error) => {
      this.failure = error
      for (const [id, waiting] of [...this.pending]) {
        this.settle(id)
        waiting.reject(error)
      }
    }
    worker.on('error', fail)
    worker.on('exit', (code) => fail(new Error(`onnx worker exited (code ${code})`)))
    // An idle worker must not keep the process alive (tests, benches, a function's shutdown).
    worker.unref()
  }

  /** `model` is handed over to the worker (its buffer is transferred, not copied). */
  static create(model: Uint8Array, options: Record<string, unknown>): OnnxWorkerSession {
    const ortPath = createRequire(__filename).resolve('onnxruntime-node')
    const owned = model.byteOffset === 0 && model.byteLength === model.buffer.byteLength ? model : model.slice()
    const worker = new Worker(WORKER_CODE, {
      eval: true,
      workerData: { ortPath, model: owned, options },
      transferList: [owned.buffer as ArrayBuffer],
    })
    return new OnnxWorkerSession(worker)
  }

  /** Runs the model on float32 inputs (their buffers are transferred to the worker). */
  run(inputs: Record<string, TFloatTensor>): Promise<Record<string, TFloatTensor>> {
    if (this.failure) return Promise.reject(this.failure)
    const id = this.nextId++
    const transfer = Object.values(inputs).map((t) => t.data.buffer as ArrayBuffer)
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      // Keep the process alive while a pass is in flight.
      if (this.pending.size === 1) this.worker.ref()
      this.worker.postMessage({ id, inputs }, transfer)
    })
  }

  /** True once the worker has exited or crashed: every later run fails. */
  get stopped(): boolean {
    return this.failure !== null
  }

  private settle(id: number): void {
    this.pending.delete(id)
    if (this.pending.size === 0) this.worker.unref()
  }

  /** Stops the worker (pending passes fail). */
  async close(): Promise<void> {
    await this.worker.terminate()
  }
}
