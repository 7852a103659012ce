import { z } from 'zod'
import { ZDeadlineKind } from '../domain'
import { ZDate, ZTimestamp, ZUuid } from './common'

/**
 * A deliverable's state (defined precisely in cloud/supabase/migrations/20260301000560_unit_home.sql):
 * returned 已退回 (wins over overdue) · submitted 已提交 · overdue 已逾期 (due passed, not submitted) ·
 * draft 草稿 (before the deadline, something saved) · not_started 未开始.
 */
export const ZDeliverableState = z.enum(['not_started', 'draft', 'submitted', 'overdue', 'returned'])
export type TDeliverableState = z.infer<typeof ZDeliverableState>
export const DELIVERABLE_STATE_LABELS: Record<TDeliverableState, string> = {
  not_started: '未开始',
  draft: '草稿',
  submitted: '已提交',
  overdue: '已逾期',
  returned: '已退回',
}

/**
 * How pressing it is, for colour: overdue (past due, not submitted), urgent (returned, or due
 * today or tomorrow), soon (within 3 days), normal, done (submitted and nothing else owed).
 */
export const ZUrgency = z.enum(['overdue', 'urgent', 'soon', 'normal', 'done'])
export type TUrgency = z.infer<typeof ZUrgency>

/** Which page a deliverable opens (the helpers in src/features/<domain>/navigation.ts). */
export const ZDeliverablePage = z.enum(['arrangement', 'showcase', 'photo_handin', 'weekly_stats', 'reports'])
export type TDeliverablePage = z.infer<typeof ZDeliverablePage>

export const ZDeliverable = z.object({
  deadlineId: ZUuid,
  kind: ZDeadlineKind,
  /** 活动安排表, 每周统计表 … */
  kindLabel: z.string(),
  title: z.string(),
  dueAt: ZTimestamp,
  /** Calendar days in Asia/Shanghai from today to the due day; negative when past. */
  daysLeft: z.number().int(),
  /** 今天截止 · 还剩 3 天 · 已逾期 2 天 · 已于今天截止 */
  dueText: z.string(),
  state: ZDeliverableState,
  stateLabel: z.string(),
  urgency: ZUrgency,
  /** Still owed and still doable (before the deadline, or returned): listed under 待办. */
  inTodo: z.boolean(),
  submittedAt: ZTimestamp.nullable(),
  returnedAt: ZTimestamp.nullable(),
  /** The organiser's reason when returned. */
  returnReason: z.string().nullable(),
  /** What is still owed, in words: "还需 1 个重点活动", "照片：3 张合格，1 张待复核，尚未提交". */
  owed: z.array(z.string()),
  /** Neutral progress, when nothing more is owed: "已提交 5 张照片". */
  progress: z.string().nullable(),
  /** The page to open; null for kinds handed in outside the app (other). */
  page: ZDeliverablePage.nullable(),
})
export type TDeliverable = z.infer<typeof ZDeliverable>

export const ZUnitHomeActivity = z.object({
  id: ZUuid,
  title: z.string(),
  startsAt: ZTimestamp,
  endsAt: ZTimestamp,
  locationName: z.string(),
  status: z.enum(['draft', 'published', 'cancelled']),
  isKeyActivity: z.boolean(),
  confirmedCount: z.number().int(),
  waitlistCount: z.number().int(),
  capacity: z.number().int().nullable(),
  /** Runs today (Asia/Shanghai) and is published: 签到管理 is one tap away. */
  isToday: z.boolean(),
  /** Started already (photos can be uploaded). */
  hasStarted: z.boolean(),
  photos: z.object({
    total: z.number().int(),
    passed: z.number().int(),
    needsReview: z.number().int(),
    failed: z.number().int(),
    checking: z.number().int(),
  }),
})
export type TUnitHomeActivity = z.infer<typeof ZUnitHomeActivity>

export const ZUnitHomeUnit = z.object({
  id: ZUuid,
  name: z.string(),
  districtName: z.string().nullable(),
  campaignId: ZUuid,
  campaignTitle: z.string(),
  campaignTheme: z.string().nullable(),
  periodStart: ZDate,
  periodEnd: ZDate,
})

/** GET /api/units/:id/home — only the unit's contacts and the campaign's organisers. */
export const ZGetUnitHomeRequest = z.object({ id: ZUuid.describe('单位编号') })
export type TGetUnitHomeRequest = z.infer<typeof ZGetUnitHomeRequest>

export const ZUnitHomeResponse = z.object({
  unit: ZUnitHomeUnit,
  /** When the states were computed. */
  now: ZTimestamp,
  /** Every deadline of the campaign, nearest due first. */
  deliverables: z.array(ZDeliverable),
  /** Every activity of the unit (drafts, published, withdrawn), by start time. */
  activities: z.array(ZUnitHomeActivity),
  counts: z.object({ todo: z.number().int(), overdue: z.number().int(), submitted: z.number().int() }),
})
export type TUnitHomeResponse = z.infer<typeof ZUnitHomeResponse>

/** GET /api/me/units — the caller's units (unit_contact memberships), for the 单位工作台 entry in 我的. */
export const ZMyUnit = z.object({
  unitId: ZUuid,
  unitName: z.string(),
  campaignId: ZUuid,
  campaignTitle: z.string(),
  /** 我的 names the campaign by it (theme ?? title). */
  campaignTheme: z.string().nullable(),
  /** Deliverables under 待办. */
  todoCount: z.number().int(),
  overdueCount: z.number().int(),
  /** The nearest deliverable still under 待办. */
  next: z
    .object({ deadlineId: ZUuid, title: z.string(), kindLabel: z.string(), dueAt: ZTimestamp, dueText: z.string(), state: ZDeliverableState, urgency: ZUrgency })
    .nullable(),
})
export type TMyUnit = z.infer<typeof ZMyUnit>
export const ZMyUnitsResponse = z.object({ items: z.array(ZMyUnit) })
export type TMyUnitsResponse = z.infer<typeof ZMyUnitsResponse>
