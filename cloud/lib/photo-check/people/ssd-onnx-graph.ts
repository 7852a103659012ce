import { readFile } from 'node:fs/promises'
import { endianness } from 'node:os'
import path from 'node:path'
import { encodeOnnxModel, type TOnnxInitializer, type TOnnxNode } from './onnx-writer'

/** The network's input side (face-api resizes every input to 512 × 512). */
export const SSD_INPUT_SIDE = 512
/** Anchors over the six feature maps: 32²·3 + 16²·6 + 8²·6 + 4²·6 + 2²·6 + 1²·6. */
export const SSD_ANCHORS = 5118

type TManifestWeight = {
  name: string
  shape: number[]
  dtype: 'float32' | 'int32'
  quantization?: { dtype: 'uint8' | 'uint16'; scale: number; min: number }
}
type TManifest = { paths: string[]; weights: TManifestWeight[] }[]

export type TSsdWeights = Map<string, { shape: number[]; values: Float32Array }>

/**
 * Reads face-api's tfjs weight manifest and its .bin, dequantising as tfjs does
 * (value = q · scale + min, stored as float32). Only float weights are kept: the int32 ones are
 * constants of the original TensorFlow graph that face-api does not use.
 */
export async function readSsdWeights(modelDir: string): Promise<TSsdWeights> {
  const manifest = JSON.parse(await readFile(path.join(modelDir, 'ssd_mobilenetv1_model-weights_manifest.json'), 'utf8')) as TManifest
  const weights: TSsdWeights = new Map()
  for (const group of manifest) {
    const bins = await Promise.all(group.paths.map((file) => readFile(path.join(modelDir, file))))
    const data = Buffer.concat(bins)
    let at = 0
    for (const w of group.weights) {
      const size = w.shape.reduce((a, b) => a * b, 1)
      const q = w.quantization
      const bytesPer = q ? (q.dtype === 'uint8' ? 1 : 2) : 4
      const bytes = size * bytesPer
      if (w.dtype === 'float32') {
        const values = new Float32Array(size)
        if (q) {
          for (let i = 0; i < size; i++) {
            const v = q.dtype === 'uint8' ? data[at + i]! : data.readUInt16LE(at + i * 2)
            values[i] = v * q.scale + q.min
          }
        } else {
          for (let i = 0; i < size; i++) values[i] = data.readFloatLE(at + i * 4)
        }
        weights.set(w.name, { shape: w.shape, values })
      }
      at += bytes
    }
    if (at !== data.length) throw new Error(`face model: manifest describes ${at} bytes, the weights file has ${data.length}`)
  }
  return weights
}

/**
 * face-api's SsdMobilenetv1 (src/ssdMobilenetv1: mobileNetV1, predictionLayer, boxPredictionLayer)
 * as an ONNX graph in NCHW: the same convolutions with TensorFlow's "same" padding (SAME_UPPER: the
 * odd pixel of a stride-2 layer goes to the bottom/right, as in TensorFlow), the depthwise layers'
 * batch norm with face-api's epsilon, relu6 as Clip(0, 6). Input: the normalised image
 * [1, 3, 512, 512] (x / 127.5 − 1). Outputs: box encodings [1, 5118, 4] and class logits
 * [1, 5118, 3] in face-api's anchor order; decoding against the anchors and the sigmoid stay in
 * JavaScript (decodeSsdOutput).
 */
export function buildSsdOnnxModel(weights: TSsdWeights): Uint8Array {
  if (endianness() !== 'LE') throw new Error('face model: ONNX raw tensors are little-endian; this machine is not')
  const nodes: TOnnxNode[] = []
  const initializers: TOnnxInitializer[] = []
  const get = (name: string) => {
    const w = weights.get(name)
    if (!w) throw new Error(`face model: weight ${name} missing`)
    return w
  }
  const constant = (name: string, dims: number[], values: Float32Array): string => {
    initializers.push({ name, dims, float: values })
    return name
  }
  const shape = (name: string, values: number[]): string => {
    initializers.push({ name, dims: [values.length], int64: values })
    return name
  }
  const zero = constant('relu6_min', [], Float32Array.of(0))
  const six = constant('relu6_max', [], Float32Array.of(6))

  /** tf's conv filter [kh, kw, in, out] → ONNX [out, in, kh, kw]. */
  const convFilter = (name: string): { name: string; kernel: number[] } => {
    const { shape: [kh, kw, cin, cout], values } = get(name) as { shape: [number, number, number, number]; values: Float32Array }
    const out = new Float32Array(values.length)
    for (let y = 0; y < kh; y++)
      for (let x = 0; x < kw; x++)
        for (let i = 0; i < cin; i++)
          for (let o = 0; o < cout; o++) out[((o * cin + i) * kh + y) * kw + x] = values[((y * kw + x) * cin + i) * cout + o]!
    return { name: constant(name, [cout, cin, kh, kw], out), kernel: [kh, kw] }
  }
  /** tf's depthwise filter [kh, kw, in, 1] → ONNX grouped conv [in, 1, kh, kw]. */
  const depthwiseFilter = (name: string): { name: string; channels: number; kernel: number[] } => {
    const { shape: [kh, kw, cin, mult], values } = get(name) as { shape: [number, number, number, number]; values: Float32Array }
    if (mult !== 1) throw new Error(`face model: depthwise multiplier ${mult}`)
    const out = new Float32Array(values.length)
    for (let y = 0; y < kh; y++) for (let x = 0; x < kw; x++) for (let i = 0; i < cin; i++) out[(i * kh + y) * kw + x] = values[(y * kw + x) * cin + i]!
    return { name: constant(name, [cin, 1, kh, kw], out), channels: cin, kernel: [kh, kw] }
  }
  const vector = (name: string): string => constant(name, [get(name).values.length], get(name).values)

  const conv = (x: string, out: string, filter: { name: string; kernel: number[] }, bias: string, stride: number, group = 1): string => {
    nodes.push({
      op: 'Conv',
      inputs: [x, filter.name, bias],
      outputs: [out],
      attributes: { auto_pad: { string: 'SAME_UPPER' }, strides: { ints: [stride, stride] }, kernel_shape: { ints: filter.kernel }, group: { int: group } },
    })
    return out
  }
  const relu6 = (x: string, out: string): string => {
    nodes.push({ op: 'Clip', inputs: [x, zero, six], outputs: [out] })
    return out
  }
  /** face-api pointwiseConvLayer: conv ('same') + batch_norm_offset, relu6. */
  const pointwise = (x: string, prefix: string, stride: number): string => {
    const out = conv(x, `${prefix}/conv`, convFilter(`${prefix}/weights`), vector(`${prefix}/convolution_bn_offset`), stride)
    return relu6(out, `${prefix}/relu6`)
  }
  /** face-api depthwiseConvLayer: depthwise conv ('same'), batch norm (ε = 0.001), relu6. */
  const depthwise = (x: string, prefix: string, stride: number): string => {
    const filter = depthwiseFilter(`${prefix}/depthwise_weights`)
    const zeros = constant(`${prefix}/zero_bias`, [filter.channels], new Float32Array(filter.channels))
    const convOut = conv(x, `${prefix}/conv`, filter, zeros, stride, filter.channels)
    nodes.push({
      op: 'BatchNormalization',
      inputs: [convOut, vector(`${prefix}/BatchNorm/gamma`), vector(`${prefix}/BatchNorm/beta`), vector(`${prefix}/BatchNorm/moving_mean`), vector(`${prefix}/BatchNorm/moving_variance`)],
      outputs: [`${prefix}/bn`],
      attributes: { epsilon: { float: 0.0010000000474974513 } },
    })
    return relu6(`${prefix}/bn`, `${prefix}/relu6`)
  }

  // mobileNetV1: conv_0 stride 2, then 13 depthwise/pointwise pairs (stride 2 at 2, 4, 6, 12).
  let x = pointwise('image', 'MobilenetV1/Conv2d_0_pointwise', 2)
  let conv11 = ''
  for (let i = 1; i <= 13; i++) {
    x = depthwise(x, `MobilenetV1/Conv2d_${i}_depthwise`, [2, 4, 6, 12].includes(i) ? 2 : 1)
    x = pointwise(x, `MobilenetV1/Conv2d_${i}_pointwise`, 1)
    if (i === 11) conv11 = x
  }
  // predictionLayer: eight more pointwise layers, every second one stride 2.
  const features: string[] = [conv11, x]
  let p = x
  for (let i = 0; i <= 7; i++) {
    p = pointwise(p, `Prediction/Conv2d_${i}_pointwise`, i % 2 === 1 ? 2 : 1)
    if (i % 2 === 1) features.push(p)
  }
  // boxPredictionLayer on each feature map: conv + bias, NHWC order, reshaped to [1, -1, 4|3].
  const boxParts: string[] = []
  const classParts: string[] = []
  const flatBoxes = shape('shape_boxes', [1, -1, 4])
  const flatClasses = shape('shape_classes', [1, -1, 3])
  features.forEach((feature, i) => {
    for (const [kind, target, flat] of [
      ['BoxEncodingPredictor', boxParts, flatBoxes],
      ['ClassPredictor', classParts, flatClasses],
    ] as const) {
      const prefix = `Prediction/BoxPredictor_${i}/${kind}`
      const out = conv(feature, `${prefix}/conv`, convFilter(`${prefix}/weights`), vector(`${prefix}/biases`), 1)
      nodes.push({ op: 'Transpose', inputs: [out], outputs: [`${prefix}/nhwc`], attributes: { perm: { ints: [0, 2, 3, 1] } } })
      nodes.push({ op: 'Reshape', inputs: [`${prefix}/nhwc`, flat], outputs: [`${prefix}/flat`] })
      target.push(`${prefix}/flat`)
    }
  })
  nodes.push({ op: 'Concat', inputs: boxParts, outputs: ['box_encodings'], attributes: { axis: { int: 1 } } })
  nodes.push({ op: 'Concat', inputs: classParts, outputs: ['class_logits'], attributes: { axis: { int: 1 } } })

  return encodeOnnxModel({
    name: 'ssd_mobilenetv1_face',
    opset: 13,
    nodes,
    initializers,
    inputs: [{ name: 'image', dims: [1, 3, SSD_INPUT_SIDE, SSD_INPUT_SIDE] }],
    outputs: [
      { name: 'box_encodings', dims: [1, SSD_ANCHORS, 4] },
      { name: 'class_logits', dims: [1, SSD_ANCHORS, 3] },
    ],
  })
}

/**
 * face-api's outputLayer: boxes from the anchors (Output/extra_dim, [y0, x0, y1, x1]) and the
 * encodings (scale 10 for centres, 5 for sizes), score = sigmoid of the face class logit.
 * Boxes are [ymin, xmin, ymax, xmax] relative to the square network input.
 */
export function decodeSsdOutput(anchors: Float32Array, encodings: Float32Array, logits: Float32Array): { boxes: Float32Array; scores: Float32Array } {
  const count = anchors.length / 4
  const boxes = new Float32Array(count * 4)
  const scores = new Float32Array(count)
  for (let i = 0; i < count; i++) {
    const a = i * 4
    const sizeY = anchors[a + 2]! - anchors[a]!
    const sizeX = anchors[a + 3]! - anchors[a + 1]!
    const centreY = anchors[a]! + sizeY / 2
    const centreX = anchors[a + 1]! + sizeX / 2
    const halfH = (Math.exp(encodings[a + 2]! / 5) * sizeY) / 2
    const midY = (encodings[a]! / 10) * sizeY + centreY
    const halfW = (Math.exp(encodings[a + 3]! / 5) * sizeX) / 2
    const midX = (encodings[a + 1]! / 10) * sizeX + centreX
    boxes[a] = midY - halfH
    boxes[a + 1] = midX - halfW
    boxes[a + 2] = midY + halfH
    boxes[a + 3] = midX + halfW
    scores[i] = 1 / (1 + Math.exp(-logits[i * 3 + 1]!))
  }
  return { boxes, scores }
}

/**
 * face-api's input path for an RGB image of `width` × `height` (long side ≤ 512 or not): pad
 * right/bottom with black to a square, bilinear-resize to 512 as tf.image.resizeBilinear does
 * (alignCorners false, no half-pixel centres), then x / 127.5 − 1, laid out as NCHW planes.
 */
export function ssdInputTensor(rgb: Uint8Array, width: number, height: number, out: Float32Array = new Float32Array(3 * SSD_INPUT_SIDE * SSD_INPUT_SIDE)): Float32Array {
  const N = SSD_INPUT_SIDE
  const side = Math.max(width, height)
  const plane = N * N
  if (side === N) {
    // The common case (regions shrunk to 512 by sharp): copy, with the padding black (−1).
    out.fill(-1)
    for (let y = 0; y < height; y++) {
      let from = y * width * 3
      const row = y * N
      for (let x = 0; x < width; x++, from += 3) {
        out[row + x] = rgb[from]! / 127.5 - 1
        out[plane + row + x] = rgb[from + 1]! / 127.5 - 1
        out[2 * plane + row + x] = rgb[from + 2]! / 127.5 - 1
      }
    }
    return out
  }
  const at = (y: number, x: number, c: number): number => (y < height && x < width ? rgb[(y * width + x) * 3 + c]! : 0)
  const scale = side / N
  for (let y = 0; y < N; y++) {
    const sy = y * scale
    const y0 = Math.floor(sy)
    const y1 = Math.min(side - 1, Math.ceil(sy))
    const fy = sy - y0
    for (let x = 0; x < N; x++) {
      const sx = x * scale
      const x0 = Math.floor(sx)
      const x1 = Math.min(side - 1, Math.ceil(sx))
      const fx = sx - x0
      for (let c = 0; c < 3; c++) {
        const top = at(y0, x0, c) + (at(y0, x1, c) - at(y0, x0, c)) * fx
        const bottom = at(y1, x0, c) + (at(y1, x1, c) - at(y1, x0, c)) * fx
        out[c * plane + y * N + x] = (top + (bottom - top) * fy) / 127.5 - 1
      }
    }
  }
  return out
}
