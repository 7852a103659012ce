import { existsSync } from 'node:fs'
import path from 'node:path'
import * as faceapi from '@vladmandic/face-api/dist/face-api.node-wasm.js'
import * as ort from 'onnxruntime-node'
import sharp from 'sharp'
import { faceModelDir } from '../../cloud/lib/photo-check/models/model-paths'
import { nonMaxSuppression } from '../../cloud/lib/photo-check/people/non-max-suppression'
import { SsdFaceDetector, type TFace } from '../../cloud/lib/photo-check/people/ssd-face-detector'
import { buildSsdOnnxModel, decodeSsdOutput, readSsdWeights, ssdInputTensor, type TSsdWeights } from '../../cloud/lib/photo-check/people/ssd-onnx-graph'
import type { TBox, TRgbImage } from '../../cloud/lib/photo-check/types'
import { describeIf, repoRoot, texturedScene } from './helpers'

/**
 * The face detector runs face-api's SSD-MobileNetV1 rebuilt as an ONNX graph. These tests hold it
 * to face-api's own implementation on tfjs (the reference, used only here): the raw network
 * outputs for every anchor, and the detector's faces after post-processing.
 */

const MIN_SCORE = 0.2
let weights: TSsdWeights
let session: ort.InferenceSession
let detector: SsdFaceDetector

beforeAll(async () => {
  const tf = faceapi.tf as unknown as { setBackend(name: string): Promise<boolean>; ready(): Promise<void> }
  await tf.setBackend('wasm')
  await tf.ready()
  await faceapi.nets.ssdMobilenetv1.loadFromDisk(faceModelDir())
  weights = await readSsdWeights(faceModelDir())
  session = await ort.InferenceSession.create(buildSsdOnnxModel(weights), { intraOpNumThreads: 1 })
  detector = await SsdFaceDetector.load({ minScore: MIN_SCORE, threads: 1 })
}, 120_000)

/** face-api on tfjs: boxes [ymin, xmin, ymax, xmax] and scores for every anchor, as the old detector read them. */
async function tfjsOutputs(rgb: Uint8Array, width: number, height: number): Promise<{ boxes: Float32Array; scores: Float32Array }> {
  const tensor = faceapi.tf.tensor3d(new Int32Array(rgb), [height, width, 3], 'int32')
  const input = await faceapi.toNetInput(tensor)
  const { boxes, scores } = faceapi.nets.ssdMobilenetv1.forwardInput(input)
  try {
    const [b, s] = await Promise.all([boxes[0]!.data(), scores[0]!.data()])
    return { boxes: Float32Array.from(b), scores: Float32Array.from(s) }
  } finally {
    for (const t of [...boxes, ...scores, tensor]) t.dispose()
  }
}

async function onnxOutputs(rgb: Uint8Array, width: number, height: number): Promise<{ boxes: Float32Array; scores: Float32Array }> {
  const out = await session.run({ image: new ort.Tensor('float32', ssdInputTensor(rgb, width, height), [1, 3, 512, 512]) })
  return decodeSsdOutput(weights.get('Output/extra_dim')!.values, out.box_encodings!.data as Float32Array, out.class_logits!.data as Float32Array)
}

/** The largest score and box-corner differences over all 5118 anchors (boxes where either score is at least 0.05). */
function compareOutputs(a: { boxes: Float32Array; scores: Float32Array }, b: { boxes: Float32Array; scores: Float32Array }): { scores: number; boxes: number; anchors: number } {
  expect(b.scores.length).toBe(5118)
  expect(a.scores.length).toBe(b.scores.length)
  let scores = 0
  let boxes = 0
  for (let i = 0; i < a.scores.length; i++) {
    scores = Math.max(scores, Math.abs(a.scores[i]! - b.scores[i]!))
    if (Math.max(a.scores[i]!, b.scores[i]!) < 0.05) continue
    for (let k = 0; k < 4; k++) boxes = Math.max(boxes, Math.abs(a.boxes[i * 4 + k]! - b.boxes[i * 4 + k]!))
  }
  return { scores, boxes, anchors: a.scores.length }
}

/** The pre-ONNX detector's post-processing on tfjs outputs (same clamp, threshold and NMS). */
async function tfjsDetect(image: TRgbImage, area: TBox): Promise<TFace[]> {
  const shrink = Math.min(1, 512 / Math.max(area.w, area.h))
  const netW = Math.max(1, Math.round(area.w * shrink))
  const netH = Math.max(1, Math.round(area.h * shrink))
  const raw = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
    .extract({ left: area.x, top: area.y, width: area.w, height: area.h })
    .resize(netW, netH, { fit: 'fill' })
    .raw()
    .toBuffer()
  const { boxes, scores } = await tfjsOutputs(raw, netW, netH)
  const side = Math.max(netW, netH) / shrink
  const found: TFace[] = []
  for (let i = 0; i < scores.length; i++) {
    if (scores[i]! < MIN_SCORE) continue
    const y0 = Math.max(0, boxes[i * 4]!) * side
    const x0 = Math.max(0, boxes[i * 4 + 1]!) * side
    const y1 = Math.min(area.h, boxes[i * 4 + 2]! * side)
    const x1 = Math.min(area.w, boxes[i * 4 + 3]! * side)
    if (x1 - x0 < 2 || y1 - y0 < 2) continue
    found.push({ x: x0 + area.x, y: y0 + area.y, w: x1 - x0, h: y1 - y0, score: scores[i]! })
  }
  return nonMaxSuppression(found, { nmsIou: 0.5, nmsContainment: 1.01 })
}

function iou(a: TBox, b: TBox): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y)
  if (w <= 0 || h <= 0) return 0
  return (w * h) / (a.w * a.h + b.w * b.h - w * h)
}

/** Every reference face has an ONNX face on it (IoU > 0.99, |Δscore| < 1e-3) and vice versa. */
function expectSameFaces(reference: TFace[], onnx: TFace[], where: string): void {
  // A face scoring right at the threshold may fall on either side of it by a rounding error.
  const clear = (faces: TFace[]) => faces.filter((f) => Math.abs(f.score - MIN_SCORE) > 1e-3)
  for (const [from, to] of [
    [clear(reference), onnx],
    [clear(onnx), reference],
  ] as const) {
    for (const face of from) {
      const best = to.reduce<TFace | null>((found, other) => (found && iou(face, found) >= iou(face, other) ? found : other), null)
      if (!best || iou(face, best) <= 0.99 || Math.abs(face.score - best.score) >= 1e-3) {
        throw new Error(`${where}: face ${JSON.stringify(face)} has no match (closest ${JSON.stringify(best)})`)
      }
    }
  }
}

async function rgbOf(file: Buffer | string, resize?: { width: number; height: number }): Promise<TRgbImage> {
  let pipeline = sharp(file).removeAlpha()
  if (resize) pipeline = pipeline.resize(resize.width, resize.height, { fit: 'fill' })
  const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true })
  return { data, width: info.width, height: info.height } as TRgbImage
}

/** Light ovals with dark eyes, mouth and hair: enough for the face detector to fire on them. */
async function drawnFaces(): Promise<TRgbImage> {
  const ovals = Array.from({ length: 12 }, (_, i) => {
    const x = 80 + (i % 6) * 170
    const y = 160 + Math.floor(i / 6) * 260
    return `<ellipse cx="${x}" cy="${y}" rx="48" ry="62" fill="#e8b896"/><circle cx="${x - 17}" cy="${y - 12}" r="7" fill="#222"/><circle cx="${x + 17}" cy="${y - 12}" r="7" fill="#222"/><ellipse cx="${x}" cy="${y + 28}" rx="16" ry="6" fill="#833"/><rect x="${x - 55}" y="${y - 80}" width="110" height="30" fill="#2a1a10"/>`
  })
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1100" height="640"><rect width="1100" height="640" fill="#6b8cae"/>${ovals.join('')}</svg>`
  return rgbOf(await sharp(Buffer.from(svg)).jpeg().toBuffer())
}

describe('SSD-MobileNetV1 on onnxruntime matches face-api on tfjs (synthetic input)', () => {
  it('gives the same score and box for every anchor on a textured 512 × 341 picture and on a small one face-api enlarges', async () => {
    const scene = await texturedScene(1200, 800, 7)
    for (const size of [
      { width: 512, height: 341 },
      { width: 200, height: 300 },
    ]) {
      const image = await rgbOf(scene, size)
      const diff = compareOutputs(await tfjsOutputs(image.data, image.width, image.height), await onnxOutputs(image.data, image.width, image.height))
      expect(diff.scores).toBeLessThan(1e-4)
      expect(diff.boxes).toBeLessThan(1e-4)
    }
  }, 60_000)

  it('finds the same faces as the tfjs detector, whole picture and tiles, on a picture with drawn faces', async () => {
    const image = await drawnFaces()
    let faces = 0
    for (const area of [
      { x: 0, y: 0, w: image.width, h: image.height },
      { x: 100, y: 50, w: 400, h: 400 },
    ]) {
      const reference = await tfjsDetect(image, area)
      faces += reference.length
      expectSameFaces(reference, await detector.detect(image, area), `drawn faces ${JSON.stringify(area)}`)
    }
    // Twelve drawn faces: the detector fires on them, so the comparison is not about empty lists.
    expect(faces).toBeGreaterThan(3)
  }, 60_000)
})

describe('the detector\'s worker thread', () => {
  it('starts again after its worker has stopped, and a group of passes asked at once comes back in order', async () => {
    const image = await drawnFaces()
    const tiles: TBox[] = [
      { x: 0, y: 0, w: 600, h: 640 },
      { x: 500, y: 0, w: 600, h: 640 },
      { x: 0, y: 0, w: image.width, h: image.height },
    ]
    const oneByOne: TFace[][] = []
    for (const tile of tiles) oneByOne.push(await detector.detect(image, tile))
    expect(oneByOne.flat().length).toBeGreaterThan(3)
    // A crashed worker ends the same way: every later pass would fail if it were not restarted.
    await detector.close()
    expect(await Promise.all(tiles.map((tile) => detector.detect(image, tile)))).toEqual(oneByOne)
  }, 60_000)
})

const evalSets = [path.resolve(repoRoot, '../shared/photo-eval-2'), path.resolve(repoRoot, '../shared/photo-eval')].filter((dir) => existsSync(path.join(dir, 'images')))
const evalImages = [
  '../shared/photo-eval-2/images/campus-steps__on.jpg',
  '../shared/photo-eval-2/images/graduation__none.jpg',
  '../shared/photo-eval-2/images/selfie-terrace__on.jpg',
  '../shared/photo-eval-2/images/solvay1927__mild.jpg',
  '../shared/photo-eval/images/atrium-125-dim.jpg',
].map((file) => path.resolve(repoRoot, file)).filter((file) => existsSync(file))

describeIf(evalSets.length > 0 && evalImages.length > 0, 'the eval photos (../shared/photo-eval-2, ../shared/photo-eval) are absent: the ONNX face detector is compared with tfjs on real photos only where they are')(
  'SSD-MobileNetV1 on onnxruntime matches face-api on tfjs (real group photos)',
  () => {
    it.each(evalImages.map((file) => [path.basename(file), file]))('%s: same faces, whole picture and half-size tiles', async (_name, file) => {
      const image = await rgbOf(file)
      const half = Math.round(Math.max(image.width, image.height) / 2)
      const areas: TBox[] = [
        { x: 0, y: 0, w: image.width, h: image.height },
        { x: 0, y: 0, w: Math.min(half, image.width), h: Math.min(half, image.height) },
        { x: image.width - Math.min(half, image.width), y: image.height - Math.min(half, image.height), w: Math.min(half, image.width), h: Math.min(half, image.height) },
      ]
      let faces = 0
      for (const area of areas) {
        const reference = await tfjsDetect(image, area)
        faces += reference.length
        expectSameFaces(reference, await detector.detect(image, area), `${path.basename(file)} ${JSON.stringify(area)}`)
      }
      // The photos are group photos: the comparison is about real faces, not an empty list.
      expect(faces).toBeGreaterThan(3)
    }, 120_000)
  },
)
