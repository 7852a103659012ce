import exifr from 'exifr'

export type TCaptureTime = {
  /** Camera-local calendar day, YYYY-MM-DD. */
  day: string
  /** As an instant: with the EXIF offset when recorded, else read as China time (+08:00). */
  iso: string
}

/**
 * The EXIF capture time (DateTimeOriginal, else CreateDate). Read as text: EXIF times are the
 * camera's local time without a zone, and letting a library turn them into a Date would shift
 * them by the server's zone.
 */
export async function readCaptureTime(bytes: Buffer): Promise<TCaptureTime | null> {
  let tags: Record<string, unknown> | undefined
  try {
    tags = (await exifr.parse(bytes, { pick: ['DateTimeOriginal', 'CreateDate', 'OffsetTimeOriginal'], reviveValues: false })) as Record<string, unknown> | undefined
  } catch {
    return null
  }
  const raw = typeof tags?.DateTimeOriginal === 'string' ? tags.DateTimeOriginal : typeof tags?.CreateDate === 'string' ? tags.CreateDate : null
  const match = raw?.match(/^(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})/)
  if (!match) return null
  const [, y, mo, d, h, mi, s] = match
  const offset = typeof tags?.OffsetTimeOriginal === 'string' && /^[+-]\d{2}:\d{2}$/.test(tags.OffsetTimeOriginal) ? tags.OffsetTimeOriginal : '+08:00'
  const instant = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`)
  if (Number.isNaN(instant.getTime())) return null
  return { day: `${y}-${mo}-${d}`, iso: instant.toISOString() }
}
