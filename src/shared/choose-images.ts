import Taro from '@tarojs/taro'
import { isWeapp } from './platform'

/** A picture the person picked, before it is uploaded. */
export interface LocalImage {
  /** Shown while it uploads: WeChat's temp path, or an object URL in the browser. */
  previewUrl: string
  byteSize: number
  /** weapp: the temp file path; H5: the File itself. Read it through this module. */
  readonly source: string | Blob
}

export type ChooseImagesResult =
  | { status: 'chosen'; images: LocalImage[] }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string }

/** The class of the browser's file input (tests hand it files). */
export const FILE_INPUT_CLASS = 'photo-file-input'

/**
 * Image chooser adapter. weapp: WeChat's album/camera sheet, originals only (compression would
 * spoil the clarity check). H5: a file input. Cancelling is an expected outcome, not an error.
 */
export async function chooseImages(count: number): Promise<ChooseImagesResult> {
  if (!isWeapp) return chooseInBrowser(count)
  try {
    const result = await Taro.chooseMedia({ count, mediaType: ['image'], sizeType: ['original'], sourceType: ['album', 'camera'] })
    const images = result.tempFiles.map((file) => ({ previewUrl: file.tempFilePath, byteSize: file.size, source: file.tempFilePath }))
    return images.length > 0 ? { status: 'chosen', images } : { status: 'cancelled' }
  } catch (error) {
    // "chooseMedia:fail cancel" when the sheet is closed; anything else is a permission problem.
    const errMsg = typeof error === 'object' && error !== null && 'errMsg' in error ? String(error.errMsg) : ''
    if (errMsg.includes('cancel')) return { status: 'cancelled' }
    return { status: 'failed', message: '无法打开相册或相机，请在微信设置中允许访问后重试' }
  }
}

/**
 * A fresh hidden `<input type=file>` per choice. `accept` stays broad (image/*) so a HEIC or GIF
 * reaches our own check and its clear message, instead of being silently greyed out.
 */
function chooseInBrowser(count: number): Promise<ChooseImagesResult> {
  return new Promise((resolve) => {
    document.querySelectorAll(`.${FILE_INPUT_CLASS}`).forEach((old) => old.remove())
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = 'image/*'
    input.multiple = count > 1
    input.className = FILE_INPUT_CLASS
    input.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0;'
    const finish = (result: ChooseImagesResult) => {
      input.remove()
      resolve(result)
    }
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? []).slice(0, count)
      const images = files.map((file) => ({ previewUrl: URL.createObjectURL(file), byteSize: file.size, source: file }))
      finish(images.length > 0 ? { status: 'chosen', images } : { status: 'cancelled' })
    })
    // Not every browser tells us about a cancel; then the input simply waits for the next choice.
    input.addEventListener('cancel', () => finish({ status: 'cancelled' }))
    document.body.appendChild(input)
    input.click()
  })
}

/** Frees what a chosen image holds once it is no longer shown (the browser's object URL). */
export function releaseImage(image: LocalImage): void {
  if (!isWeapp && image.previewUrl.startsWith('blob:')) URL.revokeObjectURL(image.previewUrl)
}

/** The image's bytes, or only its first `length` (enough to tell its real format). */
export function readImageBytes(image: LocalImage, length?: number): Promise<ArrayBuffer> {
  const { source } = image
  if (typeof source !== 'string') return (length === undefined ? source : source.slice(0, length)).arrayBuffer()
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath: source,
      ...(length === undefined ? {} : { position: 0, length: Math.min(length, image.byteSize) }),
      // Without `encoding` WeChat answers an ArrayBuffer (instanceof is unreliable across its contexts).
      success: (result) => (typeof result.data === 'string' ? reject(new Error('readFile returned text')) : resolve(result.data)),
      fail: (error) => reject(new Error(error.errMsg)),
    })
  })
}
