import * as faceapi from '@vladmandic/face-api/dist/face-api.node-wasm.js'
import sharp from 'sharp'
import { faceModelDir } from '../models/model-paths'
import type { TBox, TRgbImage } from '../types'
import { nonMaxSuppression } from './non-max-suppression'

export type TFace = TBox & { score: number }

const NET_SIZE = 512

/** Finds faces in one picture (one network pass). Real: SSD-MobileNetV1; tests may fake it. */
export interface FaceDetector {
  /** The network's input side in pixels (regions larger than this are shrunk to it); 512 when absent. */
  readonly inputSide?: number
  /** `region` (pixels of `image`) limits the pass to a tile; boxes come back in `image` pixels. */
  detect(image: TRgbImage, region?: TBox): Promise<TFace[]>
}

/**
 * face-api's SSD-MobileNetV1 on TensorFlow.js's WebAssembly backend (tfjs-node cannot install
 * here). The network sees every input at 512 × 512, which is why the people counter tiles big
 * photos. Weights are read from the package's own model folder.
 */
export class SsdFaceDetector implements FaceDetector {
  readonly inputSide = NET_SIZE

  private constructor(private readonly minScore: number) {}

  static async load(minScore: number): Promise<SsdFaceDetector> {
    const tf = faceapi.tf as unknown as { setBackend(name: string): Promise<boolean>; ready(): Promise<void> }
    await tf.setBackend('wasm')
    await tf.ready()
    await faceapi.nets.ssdMobilenetv1.loadFromDisk(faceModelDir())
    return new SsdFaceDetector(minScore)
  }

  async detect(image: TRgbImage, region?: TBox): Promise<TFace[]> {
    const tf = faceapi.tf
    const area = region ?? { x: 0, y: 0, w: image.width, h: image.height }
    const left = Math.max(0, Math.round(area.x))
    const top = Math.max(0, Math.round(area.y))
    const width = Math.min(image.width - left, Math.round(area.w))
    const height = Math.min(image.height - top, Math.round(area.h))
    if (width < 16 || height < 16) return []
    // The network sees 512 × 512 whatever it is given: shrink larger regions here (sharp is fast
    // and keeps the WebAssembly heap, which never shrinks, small).
    const shrink = Math.min(1, NET_SIZE / Math.max(width, height))
    const netW = Math.max(1, Math.round(width * shrink))
    const netH = Math.max(1, Math.round(height * shrink))
    const raw = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
      .extract({ left, top, width, height })
      .resize(netW, netH, { fit: 'fill' })
      .raw()
      .toBuffer()
    // new Int32Array(typed array) converts natively; Int32Array.from iterates (≈ 4× slower per pass).
    const tensor = tf.tensor3d(new Int32Array(raw), [netH, netW, 3], 'int32')
    const input = await faceapi.toNetInput(tensor)
    const { boxes, scores } = faceapi.nets.ssdMobilenetv1.forwardInput(input)
    try {
      const [boxData, scoreData] = await Promise.all([boxes[0]!.data(), scores[0]!.data()])
      // Boxes are [ymin, xmin, ymax, xmax] relative to the input padded to a square.
      const side = Math.max(netW, netH) / shrink
      const found: TFace[] = []
      for (let i = 0; i < scoreData.length; i++) {
        const score = scoreData[i]!
        if (score < this.minScore) continue
        const y0 = Math.max(0, boxData[i * 4]!) * side
        const x0 = Math.max(0, boxData[i * 4 + 1]!) * side
        const y1 = Math.min(height, boxData[i * 4 + 2]! * side)
        const x1 = Math.min(width, boxData[i * 4 + 3]! * side)
        if (x1 - x0 < 2 || y1 - y0 < 2) continue
        found.push({ x: x0 + left, y: y0 + top, w: x1 - x0, h: y1 - y0, score })
      }
      // The network fires on several anchors per face: keep the best of each cluster here (the
      // counter merges across tiles again). face-api's own post-processing does the same, slower.
      return nonMaxSuppression(found, { nmsIou: 0.5, nmsContainment: 1.01 })
    } finally {
      for (const t of [...boxes, ...scores, tensor]) t.dispose()
    }
  }
}
