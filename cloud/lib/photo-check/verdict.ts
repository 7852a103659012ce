import type { TReasonCode, TRuleResult, TVerdict } from './types'

export type TVerdictDecision = { verdict: TVerdict; reasons: TReasonCode[]; warnings: TReasonCode[] }

/**
 * One rule that could not run makes the verdict `error` (the job is retried); otherwise any
 * failure fails the photo, any doubt sends it to review, and warnings are only reported.
 */
export function decideVerdict(rules: TRuleResult[]): TVerdictDecision {
  const codes = (status: TRuleResult['status']) =>
    rules.filter((r) => r.status === status).map((r) => r.reason ?? 'detector_error')
  const warnings = codes('warn')
  if (rules.some((r) => r.status === 'error')) return { verdict: 'error', reasons: codes('error'), warnings }
  const failed = codes('fail')
  if (failed.length > 0) return { verdict: 'failed', reasons: failed, warnings }
  const review = codes('review')
  if (review.length > 0) return { verdict: 'needs_review', reasons: review, warnings }
  return { verdict: 'passed', reasons: [], warnings }
}
