import { randomBytes } from 'node:crypto'

/** A name as stored: trimmed, runs of spaces (also full-width and non-breaking) made one space. */
export function cleanName(text: string): string {
  return text.replace(/[\s\u3000\u00a0]+/g, ' ').trim()
}

/**
 * What makes two names the same unit: spaces, full- or half-width brackets and letter case do not
 * ("市图书馆（少儿馆）" = "市图书馆 (少儿馆)").
 */
export function nameKey(text: string): string {
  return text
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .toLowerCase()
}

/** A stable key for a new district or unit (unique per campaign; `npm run invite --unit` takes it). */
export function newKey(prefix: 'd' | 'u'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}`
}
