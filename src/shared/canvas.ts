import Taro from '@tarojs/taro'
import { confirmAction } from './modal'
import { isWeapp } from './platform'

/** The part of the 2d context our drawings use; weapp's `type="2d"` canvas and the browser's share it. */
export type DrawContext = Pick<
  CanvasRenderingContext2D,
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
  | 'fillRect'
  | 'strokeRect'
  | 'fillText'
  | 'measureText'
  | 'beginPath'
  | 'arc'
  | 'moveTo'
  | 'lineTo'
  | 'stroke'
  | 'fill'
  | 'save'
  | 'restore'
  | 'scale'
  | 'setTransform'
>

export type DrawFn = (ctx: DrawContext, width: number, height: number) => void

export interface WeappCanvas {
  node: Taro.Canvas
  width: number
  height: number
}

/**
 * weapp: finds a `<Canvas type='2d' id=…>` on the current page, sizes its backing store for the
 * screen's pixel ratio, and draws into it in CSS pixels. Resolves null when the node is missing.
 */
export function drawOnWeappCanvas(selector: string, draw: DrawFn): Promise<WeappCanvas | null> {
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(selector)
      .fields({ node: true, size: true })
      .exec((results: Array<{ node?: Taro.Canvas; width?: number; height?: number } | null>) => {
        const found = results[0]
        if (!found?.node || !found.width || !found.height) {
          resolve(null)
          return
        }
        const { node, width, height } = found
        const ratio = Taro.getWindowInfo().pixelRatio || 2
        node.width = Math.round(width * ratio)
        node.height = Math.round(height * ratio)
        const ctx: unknown = node.getContext('2d')
        if (!isDrawContext(ctx)) {
          resolve(null)
          return
        }
        ctx.scale(ratio, ratio)
        draw(ctx, width, height)
        resolve({ node, width, height })
      })
  })
}

/** The mini-program's 2d context implements CanvasRenderingContext2D, but Taro types it as `{}`. */
function isDrawContext(value: unknown): value is DrawContext {
  return typeof value === 'object' && value !== null && 'fillRect' in value && 'fillText' in value && 'scale' in value
}

/** H5: draws into an off-screen canvas and returns a PNG data URL (an <img> people can long-press). */
export function drawToDataUrl(width: number, height: number, draw: DrawFn, ratio = 2): string | null {
  if (isWeapp || typeof document === 'undefined') return null
  const canvas = document.createElement('canvas')
  canvas.width = Math.round(width * ratio)
  canvas.height = Math.round(height * ratio)
  const ctx = canvas.getContext('2d')
  if (!ctx) return null
  ctx.scale(ratio, ratio)
  draw(ctx, width, height)
  return canvas.toDataURL('image/png')
}

export type SaveResult = 'saved' | 'denied' | 'failed'

/** weapp: Canvas → temp file → 相册. A refused album permission offers the settings page. */
export async function saveCanvasToAlbum(canvas: Taro.Canvas): Promise<SaveResult> {
  let filePath: string
  try {
    filePath = (await Taro.canvasToTempFilePath({ canvas, fileType: 'png' })).tempFilePath
  } catch {
    return 'failed'
  }
  try {
    await Taro.saveImageToPhotosAlbum({ filePath })
    return 'saved'
  } catch (error) {
    const message = typeof error === 'object' && error !== null && 'errMsg' in error ? String(error.errMsg) : ''
    if (/cancel/i.test(message)) return 'failed'
    if (/auth|deny/i.test(message)) {
      const open = await confirmAction({ title: '需要相册权限', content: '请在设置中允许「保存到相册」，再保存服务证明。', confirmText: '去设置' })
      if (open) void Taro.openSetting()
      return 'denied'
    }
    return 'failed'
  }
}
