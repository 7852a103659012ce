import Taro from '@tarojs/taro'

/**
 * A canvas ready for a chart library that draws with the 2d context API (uCharts): its context,
 * its size in CSS px, and the pixel ratio its backing store was sized for — the same in weapp
 * (`<Canvas type='2d'>`) and H5 (an HTML canvas), so the drawing code has one path.
 */
export type TChartSurface = {
  /** A CanvasRenderingContext2D in H5; weapp's 2d context (the same API, typed loosely by Taro). */
  context: object
  width: number
  height: number
  pixelRatio: number
}

/** Sharp lines on 2× and 3× screens without tripling the canvas memory of a tall page. */
function ratio(device: number | undefined): number {
  return Math.min(Math.max(device || 1, 1), 3)
}

/**
 * weapp: the `<Canvas type='2d' id=…>` on the current page, its backing store sized for the
 * screen's pixel ratio. Resolves null while the node is not laid out yet (or has no size).
 */
export function openWeappCanvas(id: string): Promise<TChartSurface | null> {
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .fields({ node: true, size: true })
      .exec((results: Array<{ node?: Taro.Canvas; width?: number; height?: number } | null>) => {
        const found = results[0]
        if (!found?.node || !found.width || !found.height) {
          resolve(null)
          return
        }
        const pixelRatio = ratio(Taro.getWindowInfo().pixelRatio)
        found.node.width = Math.round(found.width * pixelRatio)
        found.node.height = Math.round(found.height * pixelRatio)
        const context: unknown = found.node.getContext('2d')
        resolve(isContext(context) ? { context, width: found.width, height: found.height, pixelRatio } : null)
      })
  })
}

/** H5: an HTML canvas sized to the width its box has now, at the device's pixel ratio. */
export function openHtmlCanvas(canvas: HTMLCanvasElement, height: number): TChartSurface | null {
  const width = Math.floor(canvas.getBoundingClientRect().width)
  if (width <= 0) return null
  const pixelRatio = ratio(typeof window === 'undefined' ? 1 : window.devicePixelRatio)
  canvas.width = Math.round(width * pixelRatio)
  canvas.height = Math.round(height * pixelRatio)
  const context = canvas.getContext('2d')
  return context ? { context, width, height, pixelRatio } : null
}

function isContext(value: unknown): value is object {
  return typeof value === 'object' && value !== null && 'fillRect' in value && 'fillText' in value
}
