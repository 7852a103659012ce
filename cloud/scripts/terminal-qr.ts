import type { QrMatrix } from '../../src/shared/qr/encode-qr'
import { QUIET_ZONE } from '../../src/shared/qr/qr-to-svg'

/**
 * A QR symbol as text, two module rows per line with half blocks (▀ ▄ █): ink is a dark module.
 * With `ansi` the whole square is painted black on white, so it scans on dark terminals too;
 * without it (a file, a log, a pipe) the blocks read right wherever ink is dark on light.
 */
export function renderTerminalQr(matrix: QrMatrix, options: { ansi: boolean }): string {
  const side = matrix.size + QUIET_ZONE * 2
  const dark = (x: number, y: number) => {
    const mx = x - QUIET_ZONE
    const my = y - QUIET_ZONE
    return mx >= 0 && my >= 0 && mx < matrix.size && my < matrix.size && (matrix.modules[my]?.[mx] ?? false)
  }
  const lines: string[] = []
  for (let y = 0; y < side; y += 2) {
    let line = ''
    for (let x = 0; x < side; x += 1) {
      const top = dark(x, y)
      const bottom = y + 1 < side && dark(x, y + 1)
      line += top && bottom ? '█' : top ? '▀' : bottom ? '▄' : ' '
    }
    lines.push(options.ansi ? `\x1b[30;47m${line}\x1b[0m` : line)
  }
  return lines.join('\n')
}

/** The grid back from the text (tests read the printed code with a QR decoder). */
export function parseTerminalQr(text: string): boolean[][] {
  const rows: boolean[][] = []
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\x1b\[[0-9;]*m/g, '')
    const top: boolean[] = []
    const bottom: boolean[] = []
    for (const char of line) {
      top.push(char === '█' || char === '▀')
      bottom.push(char === '█' || char === '▄')
    }
    rows.push(top, bottom)
  }
  return rows
}
