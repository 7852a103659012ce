import type { TReasonCode } from './types'

/**
 * Reason codes that were renamed: results stored by an earlier checker keep the old code, and are
 * read under the new one so the app and the review queue see one vocabulary.
 * `clarity_borderline` (photo-check/1.0.0) became `mild_blur`, the name the labels use.
 */
const RENAMED: Readonly<Record<string, TReasonCode>> = { clarity_borderline: 'mild_blur' }

export function currentReasonCode(code: string): string
export function currentReasonCode(code: string | undefined): string | undefined
export function currentReasonCode(code: string | undefined): string | undefined {
  return code === undefined ? undefined : (RENAMED[code] ?? code)
}
