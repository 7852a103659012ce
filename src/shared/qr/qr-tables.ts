/**
 * Version tables for error-correction level M (about 15 % of the symbol can be damaged), the only
 * level this app draws: check-in codes are shown on a bright phone screen, so M is plenty.
 * Index = version (1–40); index 0 is unused. Values from ISO/IEC 18004 Table 9.
 */
export const MAX_VERSION = 40

export const ECC_CODEWORDS_PER_BLOCK_M = [
  -1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28,
  28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
] as const

export const ERROR_CORRECTION_BLOCKS_M = [
  -1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33,
  35, 37, 38, 40, 43, 45, 47, 49,
] as const

/** The 2-bit format code of level M. */
export const FORMAT_BITS_M = 0

export function sizeOfVersion(version: number): number {
  return version * 4 + 17
}

/** Modules left for data and error correction once every function pattern is drawn. */
export function rawDataModules(version: number): number {
  let result = (16 * version + 128) * version + 64
  if (version >= 2) {
    const alignments = Math.floor(version / 7) + 2
    result -= (25 * alignments - 10) * alignments - 55
    if (version >= 7) result -= 36
  }
  return result
}

export function dataCodewords(version: number): number {
  return (
    Math.floor(rawDataModules(version) / 8) - (ECC_CODEWORDS_PER_BLOCK_M[version] ?? 0) * (ERROR_CORRECTION_BLOCKS_M[version] ?? 0)
  )
}

/** Centre coordinates of the alignment patterns along one axis. */
export function alignmentPositions(version: number): number[] {
  if (version === 1) return []
  const count = Math.floor(version / 7) + 2
  const step = Math.floor((version * 8 + count * 3 + 5) / (count * 4 - 4)) * 2
  const result = [6]
  for (let position = sizeOfVersion(version) - 7; result.length < count; position -= step) result.splice(1, 0, position)
  return result
}
