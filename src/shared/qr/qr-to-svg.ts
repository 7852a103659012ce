import type { QrMatrix } from './encode-qr'

export const QUIET_ZONE = 4

/** The symbol as one SVG path (a rectangle per dark module), with the standard 4-module border. */
export function qrToSvg(matrix: QrMatrix, options: { dark?: string; light?: string } = {}): string {
  const side = matrix.size + QUIET_ZONE * 2
  let path = ''
  matrix.modules.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) path += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`
    })
  })
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges">` +
    `<rect width="${side}" height="${side}" fill="${options.light ?? '#fff'}"/>` +
    `<path d="${path}" fill="${options.dark ?? '#000'}"/></svg>`
  )
}

export function svgToDataUri(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}
