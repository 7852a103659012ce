import { PHOTO_CHECK_CONFIG, type TPhotoCheckConfig } from './config'
import { PaddleOcr, type TextReader } from './ocr/paddle-ocr'
import { SsdFaceDetector, type FaceDetector } from './people/ssd-face-detector'

/** The machine-learning parts of the check, behind interfaces so tests can hand in fakes. */
export type TPhotoEngines = { textReader: TextReader; faceDetector: FaceDetector }

let loading: Promise<TPhotoEngines> | undefined

/**
 * Loads the OCR and face models once per process (≈ 0.3 s, ~200 MB) and hands the same engines
 * to every later check. A failed load is not cached, so the next job tries again.
 */
export function loadPhotoEngines(config: TPhotoCheckConfig = PHOTO_CHECK_CONFIG): Promise<TPhotoEngines> {
  loading ??= (async () => {
    const [textReader, faceDetector] = await Promise.all([
      PaddleOcr.load({
        detLongSide: config.banner.detLongSide,
        binaryThreshold: config.banner.detBinaryThreshold,
        boxThreshold: config.banner.detBoxThreshold,
        unclipRatio: config.banner.detUnclipRatio,
        minLineConfidence: config.banner.minLineConfidence,
        threads: config.engine.ocrThreads,
      }),
      SsdFaceDetector.load({ minScore: config.people.minSupportScore, threads: config.engine.faceThreads }),
    ])
    return { textReader, faceDetector }
  })().catch((error: unknown) => {
    loading = undefined
    throw error
  })
  return loading
}
