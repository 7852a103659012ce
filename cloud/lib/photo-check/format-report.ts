import { PHOTO_RULE_LABELS } from '../../../types/api/photos'
import type { TPhotoCheckReport, TRuleStatus, TVerdict } from './types'

const VERDICT_TEXT: Record<TVerdict, string> = { passed: '通过', failed: '不通过', needs_review: '待人工复核', error: '无法检查' }
const RULE_TEXT = PHOTO_RULE_LABELS
const STATUS_MARK: Record<TRuleStatus, string> = { pass: '✓', fail: '✗', review: '?', warn: '!', skip: '-', error: '✗' }

/** A photo's verdict as a person reads it: one line per rule, with the retake hint where there is one. */
export function formatReport(name: string, report: TPhotoCheckReport): string {
  const timings = report.scores.timingsMs as { total?: number } | undefined
  const seconds = timings?.total !== undefined ? ` (${(timings.total / 1000).toFixed(1)} s)` : ''
  const lines = [`${name}: ${VERDICT_TEXT[report.verdict]} ${report.verdict}${report.reasons.length ? ` [${report.reasons.join(', ')}]` : ''}${seconds}`]
  for (const rule of report.rules) {
    lines.push(`  ${STATUS_MARK[rule.status]} ${RULE_TEXT[rule.rule]}：${rule.message}`)
    if (rule.hint && rule.status !== 'pass') lines.push(`      建议：${rule.hint}`)
  }
  return lines.join('\n')
}
