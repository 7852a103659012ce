import { z } from 'zod'
import { ZActivityCategory, ZDeadlineKind, ZDistrictKind } from '../domain'
import { ZSubmissionStatus, ZTimestamp, ZUuid } from './common'
import { ZConsoleRole } from './organiser-console'

/**
 * 报送情况 — the organiser console's matrix of units × deliverables (issue 9 item 4).
 *
 * A cell's state, computed in Asia/Shanghai by the unit home's own rules
 * (app_private.unit_deliverables): submitted 已提交 · accepted 已采用 (the organiser accepted it) ·
 * overdue 逾期 (due passed, not submitted) · not_started 未提交 (due ahead, nothing saved) · draft 草稿
 * (due ahead, something saved) · returned 已退回 (wins over overdue: it may be resubmitted late).
 * The 重点活动 column is a quota, not a deadline: met 达标 / short 不足.
 */
export const ZStatusCellState = z.enum(['submitted', 'accepted', 'overdue', 'not_started', 'draft', 'returned', 'met', 'short'])
export type TStatusCellState = z.infer<typeof ZStatusCellState>
export const STATUS_CELL_LABELS: Record<TStatusCellState, string> = {
  submitted: '已提交',
  accepted: '已采用',
  overdue: '逾期',
  not_started: '未提交',
  draft: '草稿',
  returned: '已退回',
  met: '达标',
  short: '不足',
}
/** States in which a unit still owes a deadline's return (a reminder makes sense). */
export const OWED_STATES: readonly TStatusCellState[] = ['overdue', 'not_started', 'draft', 'returned']

/** A column: one deadline of the campaign, or the 重点活动 quota (key `key_activities`). */
export const ZStatusColumnKind = z.enum([...ZDeadlineKind.options, 'key_activities'])
export type TStatusColumnKind = z.infer<typeof ZStatusColumnKind>
export const KEY_ACTIVITIES_COLUMN = 'key_activities'

export const ZStatusColumn = z.object({
  /** The deadline's id, or `key_activities`. */
  key: z.string(),
  kind: ZStatusColumnKind,
  /** Short header: 附件2 安排表 · 重点活动 · 3月7日统计 … */
  label: z.string(),
  /** The deadline's full title (or what the quota asks). */
  title: z.string(),
  deadlineId: ZUuid.nullable(),
  dueAt: ZTimestamp.nullable(),
  duePassed: z.boolean(),
  /** Cells per state among the units shown before the state filter (district and name filters apply). */
  counts: z.record(ZStatusCellState, z.number().int()),
})
export type TStatusColumn = z.infer<typeof ZStatusColumn>

export const ZStatusCell = z.object({
  state: ZStatusCellState,
  /** The figure behind the state: "12 个活动", "1/1 项", "8 张 · 2 待复核", "逾期 3 天". */
  note: z.string().nullable(),
  /** Submitted after the due time (a returned item resubmitted late, or a late first submission). */
  late: z.boolean(),
  /** The console last reminded this unit of this deadline (absent when never). */
  remindedAt: ZTimestamp.optional(),
})
export type TStatusCell = z.infer<typeof ZStatusCell>

export const ZStatusUnit = z.object({
  id: ZUuid,
  name: z.string(),
  districtId: ZUuid.nullable(),
  districtName: z.string().nullable(),
  /** Contacts who joined for the unit (0: nobody can be reminded). */
  contacts: z.number().int(),
  /** One per column, in the columns' order. */
  cells: z.array(ZStatusCell),
})
export type TStatusUnit = z.infer<typeof ZStatusUnit>

export const ZQuotaUnit = z.object({ id: ZUuid, name: z.string(), count: z.number().int() })

/**
 * A district's quota progress (连云港: each 县区 ≥ 6 showcase projects, each 功能板块 ≥ 3; each unit
 * ≥ 1 showcase project and ≥ 1 key activity), with the units that are short.
 */
export const ZDistrictQuota = z.object({
  id: ZUuid.nullable(),
  name: z.string(),
  kind: ZDistrictKind.nullable(),
  units: z.number().int(),
  /** Submitted (or accepted) showcase applications of its units against the district's quota (null: none for its kind). */
  showcase: z.object({ count: z.number().int(), quota: z.number().int().nullable(), short: z.number().int() }),
  /** Key activities of its units (not withdrawn). */
  keyActivities: z.number().int(),
  unitsShortKey: z.array(ZQuotaUnit),
  unitsShortShowcase: z.array(ZQuotaUnit),
})
export type TDistrictQuota = z.infer<typeof ZDistrictQuota>

export const ZStatusQuotas = z.object({
  countyShowcase: z.number().int().nullable(),
  functionAreaShowcase: z.number().int().nullable(),
  unitShowcase: z.number().int().nullable(),
  unitKey: z.number().int().nullable(),
  districts: z.array(ZDistrictQuota),
  /** Districts short of their showcase quota; units short of theirs. */
  districtsShort: z.number().int(),
  unitsShortKey: z.number().int(),
  unitsShortShowcase: z.number().int(),
})
export type TStatusQuotas = z.infer<typeof ZStatusQuotas>

/** GET /api/campaigns/:id/status[?districtId=&state=&deliverable=&q=] */
/** An empty query parameter (`?state=`) means no filter. */
const blankToUndefined = (value: unknown) => (value === '' ? undefined : value)

export const ZStatusRequest = z.object({
  id: ZUuid,
  districtId: z.preprocess(blankToUndefined, ZUuid.optional()),
  state: z.preprocess(blankToUndefined, ZStatusCellState.optional()),
  /** A column key: only that column is shown, and the state filter looks at it alone. */
  deliverable: z.preprocess(blankToUndefined, z.union([ZUuid, z.literal(KEY_ACTIVITIES_COLUMN)]).optional()),
  /** Part of a unit's name. */
  q: z.preprocess(blankToUndefined, z.string().trim().max(40, '单位名称最多 40 个字').optional()),
})
export type TStatusRequest = z.infer<typeof ZStatusRequest>

export const ZStatusResponse = z.object({
  campaign: z.object({ id: ZUuid, title: z.string() }),
  role: ZConsoleRole,
  /** What the caller may do: organisers return, accept and remind; district admins remind their units. */
  can: z.object({ return: z.boolean(), remind: z.boolean() }),
  /** The districts the caller may pick in the filter. */
  districts: z.array(z.object({ id: ZUuid, name: z.string(), kind: ZDistrictKind })),
  filters: z.object({
    districtId: ZUuid.nullable(),
    state: ZStatusCellState.nullable(),
    deliverable: z.string().nullable(),
    q: z.string(),
  }),
  /** The columns shown (one when filtered by deliverable). */
  columns: z.array(ZStatusColumn),
  /** Every column of the campaign, for the deliverable filter. */
  deliverables: z.array(z.object({ key: z.string(), label: z.string(), kind: ZStatusColumnKind })),
  units: z.array(ZStatusUnit),
  totals: z.object({
    /** Units the caller answers for. */
    units: z.number().int(),
    /** Units shown after the filters. */
    shown: z.number().int(),
  }),
  quotas: ZStatusQuotas,
  now: ZTimestamp,
})
export type TStatusResponse = z.infer<typeof ZStatusResponse>

// One cell ------------------------------------------------------------------------------------

/** GET /api/campaigns/:id/status/cell?unitId=&deadlineId= (without deadlineId: the 重点活动 cell). */
export const ZStatusCellRequest = z.object({ id: ZUuid, unitId: ZUuid, deadlineId: z.preprocess(blankToUndefined, ZUuid.optional()) })
export type TStatusCellRequest = z.infer<typeof ZStatusCellRequest>

/** The header row of what was handed in: 附件2 as a whole, photos, a weekly return, a report … */
export const ZCellSubmission = z.object({
  status: ZSubmissionStatus,
  submittedAt: ZTimestamp.nullable(),
  returnedAt: ZTimestamp.nullable(),
  returnReason: z.string().nullable(),
  late: z.boolean(),
})
export type TCellSubmission = z.infer<typeof ZCellSubmission>

const ZCellPicture = z.object({ id: ZUuid, url: z.string(), caption: z.string().nullable() })

export const ZCellActivity = z.object({
  id: ZUuid,
  seq: z.number().int().nullable(),
  title: z.string(),
  description: z.string(),
  startsAt: ZTimestamp,
  endsAt: ZTimestamp,
  locationName: z.string(),
  contact: z.string(),
  category: ZActivityCategory,
  isKeyActivity: z.boolean(),
  status: z.enum(['draft', 'published', 'cancelled']),
  coOrganisers: z.array(z.string()),
})
export type TCellActivity = z.infer<typeof ZCellActivity>

export const ZCellShowcase = z.object({
  id: ZUuid,
  status: ZSubmissionStatus,
  organisationName: z.string(),
  projectName: z.string(),
  summary: z.string(),
  displayContents: z.array(z.object({ item: z.string(), description: z.string() })),
  standardNeeds: z.boolean(),
  extraNeeds: z.array(z.object({ item: z.string(), description: z.string() })),
  contactName: z.string(),
  contactUnitTitle: z.string(),
  contactPhone: z.string(),
  remark: z.string(),
  pictures: z.array(ZCellPicture),
  submittedAt: ZTimestamp.nullable(),
  returnedAt: ZTimestamp.nullable(),
  returnReason: z.string().nullable(),
  canReturn: z.boolean(),
  canAccept: z.boolean(),
})
export type TCellShowcase = z.infer<typeof ZCellShowcase>

export const ZCellPhoto = z.object({
  id: ZUuid,
  url: z.string(),
  activityTitle: z.string().nullable(),
  /** Latest check, the organiser's review overriding it; null while being checked. */
  verdict: z.enum(['passed', 'failed', 'needs_review', 'error']).nullable(),
})

export const ZCellStatsRow = z.object({
  activityName: z.string(),
  volunteerCount: z.number().int(),
  organisationCount: z.number().int(),
  served: z.array(z.object({ label: z.string(), count: z.number().int() })),
  servedCount: z.number().int(),
  serviceHours: z.number(),
  fundsYuan: z.number().nullable(),
})
export const ZCellMediaRow = z.object({
  activityName: z.string(),
  printReports: z.number().int(),
  webReports: z.number().int(),
  links: z.array(z.string()),
  readCount: z.number().int(),
})

export const ZCellDetail = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('activity_plan'), activities: z.array(ZCellActivity) }),
  z.object({ kind: z.literal('key_activities'), quota: z.number().int().nullable(), activities: z.array(ZCellActivity) }),
  z.object({
    kind: z.literal('showcase_application'),
    quota: z.number().int().nullable(),
    submitted: z.number().int(),
    applications: z.array(ZCellShowcase),
  }),
  z.object({
    kind: z.literal('photos'),
    handedIn: z.number().int(),
    uploaded: z.number().int(),
    /** The handed-in photos (the first 60). */
    photos: z.array(ZCellPhoto),
  }),
  z.object({
    kind: z.literal('weekly_stats'),
    /** 'submitted': figures as sent; 'draft': saved so far (人次 and 时数 are computed when submitted); 'none': nothing saved. */
    figures: z.enum(['submitted', 'draft', 'none']),
    rows: z.array(ZCellStatsRow),
    media: z.array(ZCellMediaRow),
    totals: z.object({
      volunteerCount: z.number().int(),
      organisationCount: z.number().int(),
      servedCount: z.number().int(),
      serviceHours: z.number(),
      fundsYuan: z.number(),
      printReports: z.number().int(),
      webReports: z.number().int(),
      readCount: z.number().int(),
    }),
    body: z.string(),
    pictures: z.array(ZCellPicture),
    contactName: z.string(),
    contactPhone: z.string(),
  }),
  z.object({
    kind: z.literal('report'),
    reportId: ZUuid.nullable(),
    title: z.string(),
    body: z.string(),
    links: z.array(z.object({ url: z.string(), label: z.string() })),
    pictures: z.array(ZCellPicture),
  }),
  z.object({ kind: z.literal('other'), body: z.string(), links: z.array(z.string()) }),
])
export type TCellDetail = z.infer<typeof ZCellDetail>

export const ZStatusCellResponse = z.object({
  unit: z.object({
    id: ZUuid,
    name: z.string(),
    districtName: z.string().nullable(),
    /** The unit's contacts, to phone about a late return (unit contacts only, never volunteers). */
    contacts: z.array(z.object({ name: z.string(), phone: z.string().nullable() })),
  }),
  column: ZStatusColumn.omit({ counts: true }),
  cell: ZStatusCell,
  stateLabel: z.string(),
  /** What the unit still owes, in the unit home's words. */
  owed: z.array(z.string()),
  /** The header of what was handed in (null: nothing yet, or the 重点活动 / 附件1 cells, whose rows carry their own). */
  submission: ZCellSubmission.nullable(),
  detail: ZCellDetail,
  canReturn: z.boolean(),
  canAccept: z.boolean(),
  canRemind: z.boolean(),
})
export type TStatusCellResponse = z.infer<typeof ZStatusCellResponse>

/** The campaign of POST …/status/return, …/accept and …/remind (the path's [id]). */
export const ZStatusCampaignParams = z.object({ id: ZUuid })

// 退回修改 and 采用 ---------------------------------------------------------------------------------

/**
 * Which submission: a deadline's return of the unit (附件2, photos, a weekly return, the summary,
 * a report), or one showcase application, or one report by id. Exactly one of the three.
 */
const ZTarget = z.object({
  unitId: ZUuid,
  deadlineId: ZUuid.optional(),
  showcaseApplicationId: ZUuid.optional(),
  reportId: ZUuid.optional(),
})
const oneTarget = (t: z.infer<typeof ZTarget>) =>
  [t.deadlineId, t.showcaseApplicationId, t.reportId].filter((v) => v !== undefined).length === 1

export const ZReturnSubmissionRequest = ZTarget.extend({
  reason: z.string().trim().min(2, '请写明退回原因（至少 2 个字）').max(500, '退回原因最多 500 个字'),
}).refine(oneTarget, { message: '请指定要退回的一项材料', path: ['deadlineId'] })
export type TReturnSubmissionRequest = z.infer<typeof ZReturnSubmissionRequest>

export const ZAcceptSubmissionRequest = ZTarget.refine(oneTarget, { message: '请指定要采用的一项材料', path: ['deadlineId'] })
export type TAcceptSubmissionRequest = z.infer<typeof ZAcceptSubmissionRequest>

export const ZSubmissionDecisionResponse = z.object({
  status: z.enum(['returned', 'accepted']),
  at: ZTimestamp,
  /** Contacts told (退回 only). */
  notified: z.number().int(),
})
export type TSubmissionDecisionResponse = z.infer<typeof ZSubmissionDecisionResponse>

// Reminders --------------------------------------------------------------------------------------

/**
 * POST /api/campaigns/:id/status/remind — one unit, or (without unitId) every unit that still owes
 * the deadline, of one district when districtId is given (the matrix as filtered).
 */
export const ZRemindRequest = z.object({ deadlineId: ZUuid, unitId: ZUuid.optional(), districtId: ZUuid.optional() })
export type TRemindRequest = z.infer<typeof ZRemindRequest>

export const ZRemindResponse = z.object({
  /** Units reminded now. */
  queued: z.number().int(),
  /** Units that had already been reminded of this deadline (nothing sent twice). */
  alreadyReminded: z.number().int(),
  /** Units nobody has joined for: no one to remind. */
  noContact: z.array(z.object({ id: ZUuid, name: z.string() })),
  /** Messages queued (one per contact). */
  messages: z.number().int(),
})
export type TRemindResponse = z.infer<typeof ZRemindResponse>
