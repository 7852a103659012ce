import type { TSubmissionStatus } from '../../../types/api/common'

/** The state word a unit contact reads (contracts: 未开始 / 草稿 / 已提交 / 已逾期 / 已退回 / 已接收). */
export function describeStatus(status: TSubmissionStatus | null, pastDue: boolean): { word: string; tone: 'open' | 'done' | 'alert' } {
  if (status === 'submitted') return { word: '已提交', tone: 'done' }
  if (status === 'accepted') return { word: '已接收', tone: 'done' }
  if (status === 'returned') return { word: '已退回', tone: 'alert' }
  if (pastDue) return { word: '已逾期', tone: 'alert' }
  return { word: status === 'draft' ? '草稿' : '未开始', tone: 'open' }
}
