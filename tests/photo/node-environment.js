/**
 * jest's node environment, with Node's own typed-array constructors. onnxruntime-node's native
 * binding creates its output tensors' Float32Arrays in Node's realm, and onnxruntime-common (loaded
 * inside the test's realm) checks `data instanceof Float32Array`: with jest's separate realm that
 * check fails ("A float32 tensor's data must be type of function Float32Array()").
 */
const { TestEnvironment } = require('jest-environment-node')

const SHARED = [
  'ArrayBuffer',
  'SharedArrayBuffer',
  'DataView',
  'Int8Array',
  'Uint8Array',
  'Uint8ClampedArray',
  'Int16Array',
  'Uint16Array',
  'Int32Array',
  'Uint32Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array',
]

class PhotoTestEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context)
    for (const name of SHARED) this.global[name] = globalThis[name]
  }
}

module.exports = PhotoTestEnvironment
