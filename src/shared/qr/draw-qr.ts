import type { QrMatrix } from './encode-qr'
import { QUIET_ZONE } from './qr-to-svg'

/** The part of CanvasRenderingContext2D we draw with (weapp's 2d canvas and the browser's share it). */
export interface FillContext {
  fillStyle: unknown
  fillRect(x: number, y: number, width: number, height: number): void
}

/** Draws the symbol, border included, into a `side`×`side` square at (left, top). */
export function drawQr(ctx: FillContext, matrix: QrMatrix, side: number, left = 0, top = 0): void {
  const cells = matrix.size + QUIET_ZONE * 2
  const cell = side / cells
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(left, top, side, side)
  ctx.fillStyle = '#000000'
  // Module edges snapped to whole pixels: no seams between neighbours, no dark bleeding into light.
  const edge = (origin: number, index: number) => Math.round(origin + (index + QUIET_ZONE) * cell)
  matrix.modules.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) ctx.fillRect(edge(left, x), edge(top, y), edge(left, x + 1) - edge(left, x), edge(top, y + 1) - edge(top, y))
    })
  })
}
