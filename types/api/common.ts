import { z } from 'zod'

/** Every error response of the API. `code` is for clients, `message` is Chinese for people. */
export const ZApiError = z.object({
  code: z.string(),
  message: z.string(),
  /** Which fields were wrong, when the input failed validation. */
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  /** The request's id (also the x-request-id header), for finding its log line. */
  requestId: z.string().optional(),
})
export type TApiError = z.infer<typeof ZApiError>

export const ZUuid = z.string().uuid()

/**
 * Years a date or time may carry. Postgres and JavaScript both reach far beyond, but differently (a
 * year like +275000 parses in one and not the other); nothing in a volunteer month lies outside this.
 */
export const MIN_YEAR = 1900
export const MAX_YEAR = 2200

/** An ISO timestamp with a real offset (±14:00 at most, minutes < 60) and a year in range. */
export function isSaneTimestamp(value: string): boolean {
  const match = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|([+-])(\d{2}):?(\d{2}))$/.exec(value)
  if (!match) return false
  const year = Number(match[1])
  if (year < MIN_YEAR || year > MAX_YEAR) return false
  if (match[2] && (Number(match[3]) > 14 || Number(match[4]) > 59 || (Number(match[3]) === 14 && Number(match[4]) > 0))) return false
  return !Number.isNaN(Date.parse(value))
}

/** ISO-8601 timestamp with offset, as the API sends them (Asia/Shanghai, +08:00). */
export const ZTimestamp = z
  .string()
  .datetime({ offset: true })
  .refine(isSaneTimestamp, { message: `时间无效：时区应在 ±14:00 以内，年份在 ${MIN_YEAR}–${MAX_YEAR} 之间` })
/** Calendar date YYYY-MM-DD. */
export const ZDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`)
    const year = Number(value.slice(0, 4))
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) && year >= MIN_YEAR && year <= MAX_YEAR
  }, '不是有效的日期')

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/**
 * base64url → text, for ASCII payloads only (null otherwise). By hand: this file also runs in the
 * mini-program, which has neither Buffer nor atob.
 */
function decodeBase64UrlAscii(value: string): string | null {
  if (value.length % 4 === 1) return null
  let bits = 0
  let buffer = 0
  let text = ''
  for (const char of value) {
    const index = BASE64URL.indexOf(char)
    if (index < 0) return null
    buffer = (buffer << 6) | index
    bits += 6
    if (bits >= 8) {
      bits -= 8
      const code = (buffer >> bits) & 0xff
      if (code > 0x7e || code < 0x20) return null
      text += String.fromCharCode(code)
    }
  }
  return text
}

/**
 * A list's opaque page cursor: base64url of "<ISO timestamp>|<uuid>[|…]" as the server made it.
 * Checked here, before any query, so a forged one (a year outside the timestamp range, a bad
 * offset, garbage) is a 400 naming `cursor` rather than an error from the database.
 */
export const ZPageCursor = z
  .string()
  .max(200)
  .refine((cursor) => {
    const text = decodeBase64UrlAscii(cursor)
    if (text === null) return false
    const [when, id] = text.split('|')
    return isSaneTimestamp(when ?? '') && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id ?? '')
  }, '分页参数无效，请刷新列表')

/** Where anything a unit hands in stands: 草稿, 已提交, 已退回 (by the organiser, with a reason), accepted. */
export const ZSubmissionStatus = z.enum(['draft', 'submitted', 'returned', 'accepted'])
export type TSubmissionStatus = z.infer<typeof ZSubmissionStatus>

/** Answer of every export: a short-lived link to the file (open with src/shared/open-download.ts). */
export const ZExportResponse = z.object({ url: z.string(), fileName: z.string(), expiresInSeconds: z.number().int() })
export type TExportResponse = z.infer<typeof ZExportResponse>
