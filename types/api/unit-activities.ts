import { z } from 'zod'
import { ZActivityCategory, ZServedPopulation } from '../domain'
import { normalisePhone } from '../phone'
import { ZDate, ZTimestamp, ZUuid } from './common'

/** Chinese names of the fields, for messages, the form and the 附件2 import's error list. */
export const ACTIVITY_FIELD_LABELS = {
  seqNo: '序号',
  title: '活动名称',
  description: '活动内容',
  startsAt: '开始时间',
  endsAt: '结束时间',
  locationName: '地点',
  address: '详细地址',
  latitude: '纬度',
  longitude: '经度',
  geofenceRadiusM: '签到范围',
  contactName: '联系人',
  contactPhone: '联系电话',
  category: '所属类别',
  servedPopulations: '覆盖人群',
  servedOther: '其他覆盖人群说明',
  isKeyActivity: '重点活动',
  coOrganisers: '协办单位',
  capacity: '招募人数',
  signupDeadline: '报名截止时间',
  whatToBring: '携带物品',
  dressCode: '着装要求',
} as const
export type TActivityField = keyof typeof ACTIVITY_FIELD_LABELS

/** A timestamp field whose every message names the field (a person sees them next to it). */
const timestamp = (label: string) =>
  z.string({ required_error: `请选择${label}`, invalid_type_error: `请选择${label}` }).datetime({ offset: true, message: `${label}格式不正确` })
const text = (label: string) => z.string({ required_error: `请填写${label}`, invalid_type_error: `${label}应为文字` }).trim()

/**
 * One activity as a unit writes it: every column of 附件2 (序号 · 单位 · 时间 · 地点 · 活动名称及内容 ·
 * 联系人及电话 · 所属类别) plus what volunteers need beyond the table. The activity form and the
 * 附件2 import both validate with this schema, so a row the import accepts is one the form would.
 * Rules that need the campaign or the database (dates inside its period, capacity against sign-ups)
 * are checked by the operations (cloud/lib/activity-management/check-activity-rules.ts).
 */
export const ZActivityInput = z
  .object({
    seqNo: z.number({ invalid_type_error: '序号应为数字' }).int('序号应为整数').min(1, '序号至少为 1').max(100000, '序号最大 100000').nullable().default(null),
    title: text('活动名称').min(2, '活动名称至少 2 个字').max(120, '活动名称最多 120 个字'),
    description: text('活动内容').max(2000, '活动内容最多 2000 个字').default(''),
    startsAt: timestamp('开始时间'),
    endsAt: timestamp('结束时间'),
    locationName: text('地点').min(2, '请填写活动地点').max(120, '地点最多 120 个字'),
    address: text('详细地址').max(200, '详细地址最多 200 个字').nullable().default(null),
    latitude: z.number({ invalid_type_error: '纬度应为数字' }).min(-90, '纬度应在 -90 到 90 之间').max(90, '纬度应在 -90 到 90 之间').nullable().default(null),
    longitude: z.number({ invalid_type_error: '经度应为数字' }).min(-180, '经度应在 -180 到 180 之间').max(180, '经度应在 -180 到 180 之间').nullable().default(null),
    /** Check-in only within this many metres of the place (needs coordinates). */
    geofenceRadiusM: z.number({ invalid_type_error: '签到范围应为数字' }).int('签到范围应为整数米').min(20, '签到范围至少 20 米').max(5000, '签到范围最多 5000 米').nullable().default(null),
    contactName: text('联系人').min(1, '请填写联系人').max(30, '联系人最多 30 个字'),
    contactPhone: text('联系电话').transform((value, ctx) => {
      const phone = normalisePhone(value)
      if (!phone) ctx.addIssue({ code: 'custom', message: value ? '联系电话应为手机号或带区号的座机号' : '请填写联系电话' })
      return phone ?? value
    }),
    category: z.enum(ZActivityCategory.options, {
      errorMap: () => ({ message: '请选择所属类别（8 类之一）' }),
    }),
    servedPopulations: z
      .array(z.enum(ZServedPopulation.options, { errorMap: () => ({ message: '覆盖人群不在肇庆表的类型之中' }) }))
      .max(9)
      .default([])
      // The same type ticked twice is one type.
      .transform((list) => [...new Set(list)]),
    servedOther: text('其他覆盖人群说明').max(100, '其他覆盖人群说明最多 100 个字').nullable().default(null),
    isKeyActivity: z.boolean().default(false),
    /** Other organisations that run the activity with the unit (参与志愿服务组织). */
    coOrganisers: z
      .array(text('协办单位').min(2, '协办单位名称至少 2 个字').max(60, '协办单位名称最多 60 个字'))
      .max(20, '协办单位最多 20 个')
      .default([])
      .transform((list) => [...new Set(list)]),
    capacity: z.number({ invalid_type_error: '招募人数应为数字' }).int('招募人数应为整数').min(1, '招募人数至少 1 人').max(100000, '招募人数最多 100000 人').nullable().default(null),
    signupDeadline: timestamp('报名截止时间').nullable().default(null),
    whatToBring: text('携带物品').max(300, '携带物品最多 300 个字').nullable().default(null),
    dressCode: text('着装要求').max(300, '着装要求最多 300 个字').nullable().default(null),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (Date.parse(a.endsAt) <= Date.parse(a.startsAt)) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: '结束时间应晚于开始时间' })
    // Sign-up closes before the activity starts: people must know in time whether they go.
    if (a.signupDeadline && Date.parse(a.signupDeadline) > Date.parse(a.startsAt)) {
      ctx.addIssue({ code: 'custom', path: ['signupDeadline'], message: '报名截止时间应早于活动开始时间' })
    }
    if ((a.latitude === null) !== (a.longitude === null)) ctx.addIssue({ code: 'custom', path: ['latitude'], message: '经纬度需同时填写' })
    if (a.geofenceRadiusM !== null && a.latitude === null) {
      ctx.addIssue({ code: 'custom', path: ['geofenceRadiusM'], message: '设置签到范围前请先选择活动位置（需要经纬度）' })
    }
    if (a.servedPopulations.includes('other') && !a.servedOther) {
      ctx.addIssue({ code: 'custom', path: ['servedOther'], message: '覆盖人群选了“其他”，请说明' })
    }
  })
export type TActivityInput = z.infer<typeof ZActivityInput>
export type TActivityInputRaw = z.input<typeof ZActivityInput>

export const ZActivityIdParam = z.object({ id: ZUuid })
export const ZUnitIdParam = z.object({ id: ZUuid })

export const ZActivityStatus = z.enum(['draft', 'published', 'cancelled'])
export type TActivityStatus = z.infer<typeof ZActivityStatus>

/** The unit and its campaign, as the form needs them (单位 shown read-only, the period for the pickers). */
export const ZUnitContext = z.object({
  unitId: ZUuid,
  unitName: z.string(),
  campaignId: ZUuid,
  campaignTitle: z.string(),
  periodStart: ZDate,
  periodEnd: ZDate,
  /** Runs from its start through the year (晋城 "3月5日启动，贯穿全年") rather than one month. */
  yearRound: z.boolean(),
})
export type TUnitContext = z.infer<typeof ZUnitContext>

/** POST /api/units/:id/activities — a new activity of the unit: a draft, or published at once. */
export const ZCreateUnitActivityRequest = z.object({ activity: ZActivityInput, publish: z.boolean().default(false) }).strict()
export type TCreateUnitActivityRequest = z.infer<typeof ZCreateUnitActivityRequest>

/**
 * PATCH /api/activities/:id/manage — the same input. `publish: true` publishes a draft; a published
 * activity stays published (it is taken back with 撤回, which tells everyone signed up).
 */
export const ZUpdateUnitActivityRequest = ZCreateUnitActivityRequest
export type TUpdateUnitActivityRequest = z.infer<typeof ZUpdateUnitActivityRequest>

/** POST /api/activities/:id/withdraw */
export const ZWithdrawActivityRequest = z
  .object({ reason: z.string({ required_error: '请填写撤回原因' }).trim().min(2, '请填写撤回原因（至少 2 个字）').max(200, '撤回原因最多 200 个字') })
  .strict()
export type TWithdrawActivityRequest = z.infer<typeof ZWithdrawActivityRequest>

/** The stored values, as the form edits them (rows imported or seeded may lack a contact). */
export const ZActivityValues = z.object({
  seqNo: z.number().int().nullable(),
  title: z.string(),
  description: z.string(),
  startsAt: ZTimestamp,
  endsAt: ZTimestamp,
  locationName: z.string(),
  address: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  geofenceRadiusM: z.number().int().nullable(),
  contactName: z.string(),
  contactPhone: z.string(),
  category: ZActivityCategory,
  servedPopulations: z.array(ZServedPopulation),
  servedOther: z.string().nullable(),
  isKeyActivity: z.boolean(),
  coOrganisers: z.array(z.string()),
  capacity: z.number().int().nullable(),
  signupDeadline: ZTimestamp.nullable(),
  whatToBring: z.string().nullable(),
  dressCode: z.string().nullable(),
})
export type TActivityValues = z.infer<typeof ZActivityValues>

/** GET /api/activities/:id/edit — everything the form shows, drafts and withdrawn ones included. */
export const ZManagedActivity = z.object({
  id: ZUuid,
  unit: ZUnitContext,
  status: ZActivityStatus,
  values: ZActivityValues,
  confirmedCount: z.number().int(),
  waitlistCount: z.number().int(),
  /** False once withdrawn or over; then `notEditableReason` says why. */
  editable: z.boolean(),
  notEditableReason: z.string().nullable(),
  withdrawnAt: ZTimestamp.nullable(),
  withdrawnReason: z.string().nullable(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
})
export type TManagedActivity = z.infer<typeof ZManagedActivity>

/** Answer of create and update: the saved record and how many volunteers were told of a change. */
export const ZSaveUnitActivityResponse = z.object({ activity: ZManagedActivity, notified: z.number().int() })
export type TSaveUnitActivityResponse = z.infer<typeof ZSaveUnitActivityResponse>

export const ZWithdrawActivityResponse = z.object({ activity: ZManagedActivity, cancelledRegistrations: z.number().int() })
export type TWithdrawActivityResponse = z.infer<typeof ZWithdrawActivityResponse>

/** One row of the unit's own list (drafts and withdrawn ones included). */
export const ZUnitActivityItem = z.object({
  id: ZUuid,
  seqNo: z.number().int().nullable(),
  title: z.string(),
  startsAt: ZTimestamp,
  endsAt: ZTimestamp,
  locationName: z.string(),
  category: ZActivityCategory,
  status: ZActivityStatus,
  isKeyActivity: z.boolean(),
  capacity: z.number().int().nullable(),
  confirmedCount: z.number().int(),
  waitlistCount: z.number().int(),
})
export type TUnitActivityItem = z.infer<typeof ZUnitActivityItem>

/** GET /api/units/:id/activities — the unit, its campaign, and all its activities in 序号 order. */
export const ZUnitActivitiesResponse = z.object({ unit: ZUnitContext, items: z.array(ZUnitActivityItem) })
export type TUnitActivitiesResponse = z.infer<typeof ZUnitActivitiesResponse>
