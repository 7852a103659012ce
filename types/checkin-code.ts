/**
 * The rotating check-in code, as both sides compute it: the server (Node's HMAC) when it checks a
 * scan, and the unit contact's phone (src/features/checkins/code/hmac-sha256.ts) when it shows the
 * code with no network. Only the MAC function differs, so it is passed in; everything else — the
 * time step, the message, the QR text and the 6-digit short code — lives here once.
 *
 * code(step) = HMAC-SHA256(activityKey, "checkin\n<activity id>\n<step>"), step = ⌊unix seconds / 30⌋.
 * QR text: XLF-CHECKIN:<activity id>.<step>.<first 16 bytes, base64url>.
 * Short code: 6 digits by RFC 4226 dynamic truncation of the same digest (read aloud or typed).
 */
import { utf8 } from './utf8'

/** QR codes carry this prefix so a scan of some other code is recognised at once. */
export const CHECKIN_QR_PREFIX = 'XLF-CHECKIN:'
/** A code lasts one step; the contact's screen shows a new one every step. */
export const CHECKIN_STEP_SECONDS = 30

export type TMac = (message: Uint8Array) => Uint8Array

export function checkinStepAt(epochMs: number): number {
  return Math.floor(epochMs / 1000 / CHECKIN_STEP_SECONDS)
}

export function stepStartMs(step: number): number {
  return step * CHECKIN_STEP_SECONDS * 1000
}

export function checkinCodeMessage(activityId: string, step: number): Uint8Array {
  return utf8(`checkin\n${activityId.toLowerCase()}\n${step}`)
}

export function deriveCheckinCode(mac: TMac, activityId: string, step: number): { qrText: string; shortCode: string } {
  const digest = mac(checkinCodeMessage(activityId, step))
  return {
    qrText: `${CHECKIN_QR_PREFIX}${activityId.toLowerCase()}.${step}.${toBase64Url(digest.slice(0, 16))}`,
    shortCode: truncateToDigits(digest),
  }
}

/** RFC 4226 §5.3: four bytes at an offset taken from the last byte, modulo 10^6. */
export function truncateToDigits(digest: Uint8Array): string {
  const offset = (digest[digest.length - 1] ?? 0) & 0x0f
  const bytes = [0, 1, 2, 3].map((i) => digest[offset + i] ?? 0)
  const value = (((bytes[0] ?? 0) & 0x7f) * 0x1000000 + (bytes[1] ?? 0) * 0x10000 + (bytes[2] ?? 0) * 0x100 + (bytes[3] ?? 0)) % 1_000_000
  return String(value).padStart(6, '0')
}

export type TParsedCheckinCode =
  | { kind: 'qr'; activityId: string; step: number; tag: string }
  | { kind: 'short'; digits: string }

/** What the volunteer sent: a scanned QR text or six typed digits (spaces and dashes allowed). */
export function parseCheckinCode(text: string): TParsedCheckinCode | null {
  const trimmed = text.trim()
  const digits = trimmed.replace(/[\s-]/g, '')
  if (/^\d{6}$/.test(digits)) return { kind: 'short', digits }
  const token = trimmed.startsWith(CHECKIN_QR_PREFIX) ? trimmed.slice(CHECKIN_QR_PREFIX.length) : trimmed
  const match = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.(\d{1,11})\.([\w-]{22})$/i.exec(token)
  if (!match || !match[1] || !match[2] || !match[3]) return null
  return { kind: 'qr', activityId: match[1].toLowerCase(), step: Number(match[2]), tag: match[3] }
}


const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** base64url without padding; weapp has neither Buffer nor (in older base libraries) btoa. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6))
    for (let j = 0; j < chars; j += 1) out += ALPHABET[(n >> (18 - j * 6)) & 63]
  }
  return out
}

export function fromBase64Url(text: string): Uint8Array {
  const bytes: number[] = []
  let buffer = 0
  let bits = 0
  for (const char of text) {
    const value = ALPHABET.indexOf(char)
    if (value < 0) throw new Error('not base64url')
    buffer = ((buffer << 6) | value) & 0xffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes.push((buffer >> bits) & 0xff)
    }
  }
  return new Uint8Array(bytes)
}
