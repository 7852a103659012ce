/**
 * Just enough of ONNX's protobuf encoding to write a model of Conv/BatchNormalization/Clip/
 * Transpose/Reshape/Concat nodes with float initialisers, so that the face model can be built in
 * memory from the weights npm ships (no protobuf dependency, no generated binary in the repo).
 * Field numbers are onnx.proto3's (onnx/onnx, IR version 8).
 */

/** Protobuf wire types. */
const VARINT = 0
const FIXED32 = 5
const BYTES = 2

/** TensorProto.DataType values used here. */
export const ONNX_FLOAT = 1
export const ONNX_INT64 = 7

/** AttributeProto.AttributeType values used here. */
const ATTR_FLOAT = 1
const ATTR_INT = 2
const ATTR_STRING = 3
const ATTR_INTS = 7

/** A growable byte buffer with the three protobuf encodings needed. */
class ProtoWriter {
  private chunks: Uint8Array[] = []
  private length = 0

  private push(bytes: Uint8Array): void {
    this.chunks.push(bytes)
    this.length += bytes.length
  }

  private key(field: number, wire: number): void {
    this.varint(BigInt((field << 3) | wire))
  }

  private varint(value: bigint): void {
    // int64 fields encode negatives as ten-byte two's complement.
    let v = BigInt.asUintN(64, value)
    const out: number[] = []
    do {
      let byte = Number(v & 0x7fn)
      v >>= 7n
      if (v !== 0n) byte |= 0x80
      out.push(byte)
    } while (v !== 0n)
    this.push(Uint8Array.from(out))
  }

  int(field: number, value: number | bigint): this {
    this.key(field, VARINT)
    this.varint(BigInt(value))
    return this
  }

  float(field: number, value: number): this {
    this.key(field, FIXED32)
    const bytes = new Uint8Array(4)
    new DataView(bytes.buffer).setFloat32(0, value, true)
    this.push(bytes)
    return this
  }

  bytes(field: number, value: Uint8Array): this {
    this.key(field, BYTES)
    this.varint(BigInt(value.length))
    this.push(value)
    return this
  }

  string(field: number, value: string): this {
    return this.bytes(field, new TextEncoder().encode(value))
  }

  message(field: number, build: (inner: ProtoWriter) => void): this {
    const inner = new ProtoWriter()
    build(inner)
    return this.bytes(field, inner.finish())
  }

  finish(): Uint8Array {
    const out = new Uint8Array(this.length)
    let at = 0
    for (const chunk of this.chunks) {
      out.set(chunk, at)
      at += chunk.length
    }
    return out
  }
}

export type TOnnxAttribute = { float: number } | { int: number } | { ints: readonly number[] } | { string: string }

export type TOnnxNode = {
  op: string
  inputs: readonly string[]
  outputs: readonly string[]
  attributes?: Record<string, TOnnxAttribute>
}

export type TOnnxInitializer = { name: string; dims: readonly number[] } & ({ float: Float32Array } | { int64: readonly number[] })

export type TOnnxValue = { name: string; dims: readonly (number | string)[] }

export type TOnnxGraph = {
  name: string
  nodes: readonly TOnnxNode[]
  initializers: readonly TOnnxInitializer[]
  inputs: readonly TOnnxValue[]
  outputs: readonly TOnnxValue[]
  opset: number
}

/** Serialises a float32 graph to ModelProto bytes, ready for `InferenceSession.create(bytes)`. */
export function encodeOnnxModel(graph: TOnnxGraph): Uint8Array {
  const model = new ProtoWriter()
  model.int(1, 8) // ir_version
  model.string(2, 'photo-check')
  model.message(7, (g) => {
    for (const node of graph.nodes) g.message(1, (n) => writeNode(n, node))
    g.string(2, graph.name)
    for (const init of graph.initializers) g.message(5, (t) => writeTensor(t, init))
    for (const value of graph.inputs) g.message(11, (v) => writeValueInfo(v, value))
    for (const value of graph.outputs) g.message(12, (v) => writeValueInfo(v, value))
  })
  model.message(8, (o) => o.string(1, '').int(2, graph.opset))
  return model.finish()
}

function writeNode(n: ProtoWriter, node: TOnnxNode): void {
  for (const input of node.inputs) n.string(1, input)
  for (const output of node.outputs) n.string(2, output)
  n.string(3, node.outputs[0] ?? node.op)
  n.string(4, node.op)
  for (const [name, value] of Object.entries(node.attributes ?? {})) {
    n.message(5, (a) => {
      a.string(1, name)
      if ('float' in value) a.float(2, value.float).int(20, ATTR_FLOAT)
      else if ('int' in value) a.int(3, value.int).int(20, ATTR_INT)
      else if ('string' in value) a.string(4, value.string).int(20, ATTR_STRING)
      else {
        for (const v of value.ints) a.int(8, v)
        a.int(20, ATTR_INTS)
      }
    })
  }
}

function writeTensor(t: ProtoWriter, init: TOnnxInitializer): void {
  for (const d of init.dims) t.int(1, d)
  if ('float' in init) {
    t.int(2, ONNX_FLOAT)
    t.string(8, init.name)
    // raw_data is little-endian, as are the machines this runs on (checked at load).
    t.bytes(9, new Uint8Array(init.float.buffer, init.float.byteOffset, init.float.byteLength))
  } else {
    t.int(2, ONNX_INT64)
    t.string(8, init.name)
    const raw = new BigInt64Array(init.int64.map((v) => BigInt(v)))
    t.bytes(9, new Uint8Array(raw.buffer))
  }
}

function writeValueInfo(v: ProtoWriter, value: TOnnxValue): void {
  v.string(1, value.name)
  v.message(2, (type) =>
    type.message(1, (tensor) => {
      tensor.int(1, ONNX_FLOAT)
      tensor.message(2, (shape) => {
        for (const d of value.dims) shape.message(1, (dim) => (typeof d === 'number' ? dim.int(1, d) : dim.string(2, d)))
      })
    }),
  )
}
