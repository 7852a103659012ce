import sharp from 'sharp'
import { faceModelDir } from '../models/model-paths'
import type { TBox, TRgbImage } from '../types'
import { nonMaxSuppression } from './non-max-suppression'
import { OnnxWorkerSession } from './onnx-worker-session'
import { buildSsdOnnxModel, decodeSsdOutput, readSsdWeights, SSD_INPUT_SIDE, ssdInputTensor, type TSsdWeights } from './ssd-onnx-graph'

export type TFace = TBox & { score: number }

/** Finds faces in one picture (one network pass). Real: SSD-MobileNetV1; tests may fake it. */
export interface FaceDetector {
  /** The network's input side in pixels (regions larger than this are shrunk to it); 512 when absent. */
  readonly inputSide?: number
  /** `region` (pixels of `image`) limits the pass to a tile; boxes come back in `image` pixels. */
  detect(image: TRgbImage, region?: TBox): Promise<TFace[]>
}

/** Builds the ONNX model and starts its worker, checked with one pass on a blank picture. */
async function startSession(weights: TSsdWeights, options: TSsdFaceDetectorOptions): Promise<OnnxWorkerSession> {
  const session = OnnxWorkerSession.create(buildSsdOnnxModel(weights), {
    intraOpNumThreads: options.threads,
    interOpNumThreads: 1,
    graphOptimizationLevel: 'all',
    executionMode: 'sequential',
    // One input shape: the arena and the memory pattern are planned once and reused every pass.
    enableCpuMemArena: true,
    enableMemPattern: true,
  })
  // A model the worker cannot load fails here, at load, not in a check; and the first pass,
  // which plans the memory, is not a user's.
  try {
    await session.run({ image: { data: new Float32Array(3 * SSD_INPUT_SIDE * SSD_INPUT_SIDE), dims: [1, 3, SSD_INPUT_SIDE, SSD_INPUT_SIDE] } })
  } catch (error) {
    await session.close()
    throw error
  }
  return session
}

export type TSsdFaceDetectorOptions = {
  minScore: number
  /** onnxruntime's threads for one pass (the calling thread included). */
  threads: number
}

/**
 * face-api's SSD-MobileNetV1, rebuilt as an ONNX graph from the weights face-api ships
 * (ssd-onnx-graph.ts) and run on onnxruntime-node's native CPU kernels in a worker thread
 * (onnx-worker-session.ts), so that it runs beside the OCR instead of taking turns with it: the
 * same network, boxes and scores as face-api on tfjs (tests/photo/ssd-onnx-equivalence.test.ts),
 * ≈ 85 ms of CPU per pass against tfjs' single-threaded WebAssembly's ≈ 316 ms. The network sees
 * every input at 512 × 512, which is why the people counter tiles big photos.
 */
export class SsdFaceDetector implements FaceDetector {
  readonly inputSide = SSD_INPUT_SIDE

  private constructor(
    private session: Promise<OnnxWorkerSession>,
    private readonly anchors: Float32Array,
    private readonly options: TSsdFaceDetectorOptions,
  ) {}

  static async load(options: TSsdFaceDetectorOptions): Promise<SsdFaceDetector> {
    const weights = await readSsdWeights(faceModelDir())
    const anchors = weights.get('Output/extra_dim')?.values
    if (!anchors) throw new Error('face model: anchors (Output/extra_dim) missing')
    const session = startSession(weights, options)
    await session
    return new SsdFaceDetector(session, anchors, options)
  }

  /** Stops the detector's worker thread (a later pass starts a new one). */
  async close(): Promise<void> {
    await (await this.session).close()
  }

  /**
   * The worker, started again if it has died (a crash fails the passes in flight, and so that
   * check's people rule, which is retried; the checks after it must not inherit a dead worker).
   */
  private async liveSession(): Promise<OnnxWorkerSession> {
    const current = this.session
    const session = await current.catch(() => null)
    if (session && !session.stopped) return session
    // A start that failed is tried again by the next pass.
    if (this.session === current) this.session = readSsdWeights(faceModelDir()).then((weights) => startSession(weights, this.options))
    return this.session
  }

  async detect(image: TRgbImage, region?: TBox): Promise<TFace[]> {
    const area = region ?? { x: 0, y: 0, w: image.width, h: image.height }
    const left = Math.max(0, Math.round(area.x))
    const top = Math.max(0, Math.round(area.y))
    const width = Math.min(image.width - left, Math.round(area.w))
    const height = Math.min(image.height - top, Math.round(area.h))
    if (width < 16 || height < 16) return []
    // The network sees 512 × 512 whatever it is given: sharp shrinks larger regions (as before);
    // smaller ones are padded and enlarged the way face-api does it (ssdInputTensor).
    const shrink = Math.min(1, SSD_INPUT_SIDE / Math.max(width, height))
    const netW = Math.max(1, Math.round(width * shrink))
    const netH = Math.max(1, Math.round(height * shrink))
    const raw = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
      .extract({ left, top, width, height })
      .resize(netW, netH, { fit: 'fill' })
      .raw()
      .toBuffer()
    const session = await this.liveSession()
    const output = await session.run({ image: { data: ssdInputTensor(raw, netW, netH), dims: [1, 3, SSD_INPUT_SIDE, SSD_INPUT_SIDE] } })
    const encodings = output.box_encodings?.data
    const logits = output.class_logits?.data
    if (!encodings || !logits) throw new Error('face model: unexpected output')
    const { boxes, scores } = decodeSsdOutput(this.anchors, encodings, logits)
    // Boxes are [ymin, xmin, ymax, xmax] relative to the input padded to a square.
    const side = Math.max(netW, netH) / shrink
    const found: TFace[] = []
    for (let i = 0; i < scores.length; i++) {
      const score = scores[i]!
      if (score < this.options.minScore) continue
      const y0 = Math.max(0, boxes[i * 4]!) * side
      const x0 = Math.max(0, boxes[i * 4 + 1]!) * side
      const y1 = Math.min(height, boxes[i * 4 + 2]! * side)
      const x1 = Math.min(width, boxes[i * 4 + 3]! * side)
      if (x1 - x0 < 2 || y1 - y0 < 2) continue
      found.push({ x: x0 + left, y: y0 + top, w: x1 - x0, h: y1 - y0, score })
    }
    // The network fires on several anchors per face: keep the best of each cluster here (the
    // counter merges across tiles again). face-api's own post-processing does the same, slower.
    return nonMaxSuppression(found, { nmsIou: 0.5, nmsContainment: 1.01 })
  }
}
