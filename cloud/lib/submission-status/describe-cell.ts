import type { TStatusCell, TStatusCellState } from '../../../types/api/submission-status'
import type { TCellFacts, TDeliverableRow, TScopeUnitRow } from './repository'

/**
 * A cell of the matrix from the unit home's deliverable row: the state (accepted told apart from
 * submitted), whether it came in after the due time, and the figure behind it in a few words.
 */
export type THandedInMix = Pick<TScopeUnitRow, 'handed_in' | 'handed_in_review' | 'handed_in_failed'>

export function describeCell(row: TCellFacts, unit: THandedInMix): TStatusCell {
  const state = cellState(row)
  const handedIn = state === 'submitted' || state === 'accepted'
  return { state, note: describeNote(row, unit, state), late: handedIn && row.late }
}

/** The cell facts of a full deliverable row (the panel's one cell). */
export function toCellFacts(row: TDeliverableRow): TCellFacts {
  return { ...row, late: row.submitted_at !== null && row.submitted_at.getTime() > row.due_at.getTime() }
}

export function cellState(row: Pick<TDeliverableRow, 'state' | 'record_status'>): TStatusCellState {
  if (row.state === 'submitted' && row.record_status === 'accepted') return 'accepted'
  return row.state
}

/** The 重点活动 cell: the unit's key activities (not withdrawn) against the per-unit quota. */
export function describeKeyCell(unit: Pick<TScopeUnitRow, 'key_activities'>, quota: number): TStatusCell {
  return { state: unit.key_activities >= quota ? 'met' : 'short', note: `${unit.key_activities}/${quota}`, late: false }
}

function describeNote(row: TCellFacts, unit: THandedInMix, state: TStatusCellState): string | null {
  const handedIn = state === 'submitted' || state === 'accepted'
  if (state === 'returned') return '待重交'
  switch (row.kind) {
    case 'activity_plan':
      return handedIn || row.activities > 0 ? `${row.activities} 个活动` : dueNote(row, state)
    case 'showcase_application': {
      const figure = `${row.showcase_submitted}/${row.showcase_quota ?? 1} 项`
      return handedIn ? figure : row.showcase_drafts > 0 ? `草稿 ${row.showcase_drafts} 项` : dueNote(row, state)
    }
    case 'photos': {
      if (!handedIn) return row.photos_total > 0 ? `已传 ${row.photos_total} 张` : dueNote(row, state)
      const parts = [`${unit.handed_in} 张`]
      if (unit.handed_in_review > 0) parts.push(`${unit.handed_in_review} 待复核`)
      if (unit.handed_in_failed > 0) parts.push(`${unit.handed_in_failed} 不合格`)
      return parts.join(' · ')
    }
    case 'weekly_stats':
    case 'summary':
      if (handedIn) return row.stats_expected > 0 ? `${row.stats_expected} 个活动` : '本期无活动'
      if (state === 'draft' && row.stats_expected > 0) return `已填 ${row.stats_expected - row.stats_missing}/${row.stats_expected}`
      return dueNote(row, state)
    default:
      return handedIn ? null : dueNote(row, state)
  }
}

/** How far the due day is (Shanghai calendar days), for what is still owed. */
function dueNote(row: Pick<TCellFacts, 'days_left'>, state: TStatusCellState): string | null {
  if (state === 'overdue') return row.days_left < 0 ? `逾期 ${-row.days_left} 天` : '今天已截止'
  if (state === 'not_started' || state === 'draft') return row.days_left <= 0 ? '今天截止' : `还剩 ${row.days_left} 天`
  return null
}
