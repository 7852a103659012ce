import { DELIVERABLE_STATE_LABELS, type TDeliverable, type TDeliverablePage, type TUrgency } from '../../../types/api/unit-home'
import { DEADLINE_KIND_LABELS, type TDeadlineKind } from '../../../types/domain'
import { toShanghaiIso } from '../time/shanghai'
import type { TDeliverableRow } from './repository'

/** Where each kind of deliverable is filled in (contracts of issue 8). */
const PAGE_BY_KIND: Record<TDeadlineKind, TDeliverablePage | null> = {
  activity_plan: 'arrangement',
  showcase_application: 'showcase',
  photos: 'photo_handin',
  weekly_stats: 'weekly_stats',
  summary: 'weekly_stats',
  report: 'reports',
  status_report: 'reports',
  // Handed in outside the app, as the notice says; the home can only remind.
  other: null,
}

/**
 * A deliverable as the unit home shows it: the state from SQL, the days left as words, and what is
 * still owed, in words, from the unit's own data and the campaign's quotas.
 */
export function describeDeliverable(row: TDeliverableRow, now: Date): TDeliverable {
  const duePassed = now.getTime() >= row.due_at.getTime()
  const owed = describeOwed(row)
  const progress = owed.length === 0 ? describeProgress(row) : null
  const inTodo = row.state === 'returned' || row.state === 'not_started' || row.state === 'draft' || (row.state === 'submitted' && owed.length > 0 && !duePassed)
  return {
    deadlineId: row.deadline_id,
    kind: row.kind,
    kindLabel: DEADLINE_KIND_LABELS[row.kind],
    title: row.title,
    dueAt: toShanghaiIso(row.due_at),
    daysLeft: row.days_left,
    dueText: describeDaysLeft(row.days_left, duePassed, row.state),
    state: row.state,
    stateLabel: DELIVERABLE_STATE_LABELS[row.state],
    urgency: describeUrgency(row, inTodo),
    inTodo,
    submittedAt: row.submitted_at ? toShanghaiIso(row.submitted_at) : null,
    returnedAt: row.returned_at ? toShanghaiIso(row.returned_at) : null,
    returnReason: row.return_reason,
    owed,
    progress,
    page: PAGE_BY_KIND[row.kind],
  }
}

/**
 * Calendar days in Shanghai: 今天截止 · 还剩 3 天 · 已逾期 2 天 · 已于今天截止 · 已截止 (handed in) ·
 * 已截止，可重交 (returned: resubmitting stays allowed after the deadline).
 */
export function describeDaysLeft(daysLeft: number, duePassed: boolean, state: TDeliverableRow['state']): string {
  if (!duePassed) return daysLeft <= 0 ? '今天截止' : `还剩 ${daysLeft} 天`
  if (state === 'returned') return '已截止，可重交'
  if (state !== 'overdue') return '已截止'
  return daysLeft >= 0 ? '已于今天截止' : `已逾期 ${-daysLeft} 天`
}

function describeUrgency(row: TDeliverableRow, inTodo: boolean): TUrgency {
  if (row.state === 'overdue') return 'overdue'
  if (!inTodo) return 'done'
  if (row.state === 'returned' || row.days_left <= 1) return 'urgent'
  return row.days_left <= 3 ? 'soon' : 'normal'
}

/** What is still owed, in words; empty when nothing is. */
export function describeOwed(row: TDeliverableRow): string[] {
  const submitted = row.state === 'submitted'
  const owed: string[] = []
  if (row.state === 'returned') owed.push('已被退回，请按意见修改后重新提交')
  switch (row.kind) {
    case 'activity_plan': {
      if (row.activities === 0) owed.push('还没有填写活动')
      const keyNeeded = (row.key_quota ?? 0) - row.key_activities
      if (keyNeeded > 0) owed.push(`还需 ${keyNeeded} 个重点活动`)
      if (!submitted && row.activities > 0) owed.push(`已填 ${row.activities} 个活动，尚未提交`)
      break
    }
    case 'showcase_application': {
      const needed = (row.showcase_quota ?? 1) - row.showcase_submitted
      if (needed > 0) owed.push(row.showcase_quota ? `还需 ${needed} 个展示项目` : '尚未提交展示项目申报')
      if (row.showcase_drafts > 0) owed.push(`${row.showcase_drafts} 份草稿未提交`)
      if (row.showcase_returned > 0 && row.showcase_submitted + row.showcase_drafts > 0) owed.push(`${row.showcase_returned} 个项目被退回`)
      break
    }
    case 'photos': {
      if (submitted) break
      owed.push(row.photos_total === 0 ? '还没有上传活动照片' : `照片：${describePhotoCounts(row)}，尚未提交`)
      break
    }
    case 'weekly_stats':
    case 'summary': {
      if (!submitted && row.stats_missing > 0) owed.push(`还有 ${row.stats_missing} 个活动未填写统计`)
      if (!submitted && row.kind === 'weekly_stats' && row.stats_expected === 0) owed.push('本期没有活动，提交空表即可')
      if (row.kind === 'summary' && !submitted && row.body_length === 0) owed.push('尚未填写活动总结')
      break
    }
    case 'report':
    case 'status_report': {
      if (!submitted && row.body_length === 0) owed.push('尚未填写报告内容')
      break
    }
    case 'other':
      if (!submitted) owed.push('请按通知要求报送')
      break
  }
  if (!submitted && owed.length === 0) owed.push(row.state === 'draft' ? '已保存草稿，尚未提交' : '尚未提交')
  return owed
}

/** 3 张合格，1 张待复核，1 张不合格，1 张检查中 (only the non-zero ones). */
export function describePhotoCounts(row: Pick<TDeliverableRow, 'photos_passed' | 'photos_review' | 'photos_failed' | 'photos_checking'>): string {
  const parts = [
    [row.photos_passed, '合格'],
    [row.photos_review, '待复核'],
    [row.photos_failed, '不合格'],
    [row.photos_checking, '检查中'],
  ] as const
  return parts
    .filter(([count]) => count > 0)
    .map(([count, label]) => `${count} 张${label}`)
    .join('，')
}

function describeProgress(row: TDeliverableRow): string | null {
  if (row.state !== 'submitted') return null
  switch (row.kind) {
    case 'activity_plan':
      return `已提交 ${row.activities} 个活动（${row.key_activities} 个重点）`
    case 'showcase_application':
      return `已提交 ${row.showcase_submitted} 个展示项目`
    case 'photos':
      return `已提交 ${row.photos_handed_in} 张照片`
    case 'weekly_stats':
      return `已提交 ${row.stats_expected} 个活动的统计`
    default:
      return null
  }
}
