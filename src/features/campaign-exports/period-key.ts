import type { TExportPeriod } from '../../../types/api/campaign-exports'

/** A stable key for a period, to tell which chip is chosen. */
export function periodKey(period: TExportPeriod): string {
  if (period.kind === 'deadline') return `deadline:${period.deadlineId}`
  if (period.kind === 'month') return `month:${period.month}`
  return 'campaign'
}

/** The group a period's chip sits in. */
export function periodGroup(period: TExportPeriod, label: string): '每周五' | '总结' | '按月' | '整个活动期' {
  if (period.kind === 'deadline') return label === '总结' ? '总结' : '每周五'
  return period.kind === 'month' ? '按月' : '整个活动期'
}
