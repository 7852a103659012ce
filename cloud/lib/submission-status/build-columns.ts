import {
  KEY_ACTIVITIES_COLUMN,
  type TStatusCellState,
  type TStatusColumn,
  type TStatusColumnKind,
} from '../../../types/api/submission-status'
import { DEADLINE_KIND_LABELS, type TDeadlineKind } from '../../../types/domain'
import { toShanghaiIso } from '../time/shanghai'
import type { TDeadlineRow } from './repository'

/** The matrix's column order: as the issue lists the deliverables, each kind's deadlines by due time. */
const KIND_ORDER: TStatusColumnKind[] = [
  'activity_plan',
  'key_activities',
  'showcase_application',
  'photos',
  'weekly_stats',
  'summary',
  'report',
  'status_report',
  'other',
]

const SHORT_LABELS: Partial<Record<TDeadlineKind, string>> = {
  activity_plan: '附件2 安排表',
  showcase_application: '附件1 展示项目',
  photos: '活动照片',
  summary: '活动总结',
}

export type TColumnDraft = Omit<TStatusColumn, 'counts'>

/** "3月7日" in Shanghai. */
export function shanghaiMonthDay(value: Date): string {
  const iso = toShanghaiIso(value)
  return `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`
}

/**
 * The columns of a campaign's matrix: one per deadline (each Friday's statistics and each report
 * its own), and 重点活动 when the campaign sets a key-activity quota per unit. A header names the
 * kind briefly; where a kind has several deadlines (every Friday) or no short name, the due day.
 */
export function buildColumns(deadlines: TDeadlineRow[], keyQuota: number | null, now: Date): TColumnDraft[] {
  const perKind = new Map<TDeadlineKind, number>()
  for (const d of deadlines) perKind.set(d.kind, (perKind.get(d.kind) ?? 0) + 1)
  const columns: TColumnDraft[] = deadlines.map((d) => {
    const short = SHORT_LABELS[d.kind]
    const day = shanghaiMonthDay(d.due_at)
    let label: string
    if (d.kind === 'weekly_stats') label = `${day}统计`
    else if (d.kind === 'other') label = d.title.length > 10 ? `${d.title.slice(0, 9)}…` : d.title
    else if (short) label = (perKind.get(d.kind) ?? 0) > 1 ? `${short} ${day}` : short
    else label = `${DEADLINE_KIND_LABELS[d.kind]} ${day}`
    return {
      key: d.id,
      kind: d.kind,
      label,
      title: d.title,
      deadlineId: d.id,
      dueAt: toShanghaiIso(d.due_at),
      duePassed: now.getTime() >= d.due_at.getTime(),
    }
  })
  if (keyQuota !== null) {
    columns.push({
      key: KEY_ACTIVITIES_COLUMN,
      kind: 'key_activities',
      label: '重点活动',
      title: `每个单位至少开展 ${keyQuota} 项重点志愿服务活动`,
      deadlineId: null,
      dueAt: null,
      duePassed: false,
    })
  }
  const rank = (c: TColumnDraft) => KIND_ORDER.indexOf(c.kind)
  // Stable: within a kind the deadlines keep their due order.
  return columns.map((c, i) => ({ c, i })).sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i).map(({ c }) => c)
}

export function emptyCounts(): Record<TStatusCellState, number> {
  return { submitted: 0, accepted: 0, overdue: 0, not_started: 0, draft: 0, returned: 0, met: 0, short: 0 }
}
