import { z } from 'zod'
import { ZDeadlineKind, ZDistrictKind, type TDistrictKind } from '../domain'
import { normalisePhone } from '../phone'
import { ZDate, ZTimestamp, ZUuid } from './common'

/**
 * 活动月设置: an organiser types a campaign in from its notice (basic facts, period, deadlines,
 * quotas, contacts, districts and units), imports the units from a unit-list workbook, creates a
 * new campaign or copies last year's. Messages name the field in Chinese.
 */

export const ZUnitKind = z.enum(['town', 'department', 'school', 'company', 'team', 'industry', 'community', 'other'], {
  errorMap: () => ({ message: '单位类型应为：乡镇（街道）、部门、学校、企业、志愿服务组织、行业单位、社区（村）、其他' }),
})
export type TUnitKind = z.infer<typeof ZUnitKind>
export const UNIT_KIND_LABELS: Record<TUnitKind, string> = {
  town: '乡镇（街道）',
  department: '部门',
  school: '学校',
  company: '企业',
  team: '志愿服务组织',
  industry: '行业单位',
  community: '社区（村）',
  other: '其他',
}

export const DISTRICT_KIND_LABELS: Record<TDistrictKind, string> = {
  county: '县区',
  function_area: '功能板块',
  department: '部门',
  other: '其他',
}
const ZSetupDistrictKind = z.enum(ZDistrictKind.options, { errorMap: () => ({ message: '县区类型应为：县区、功能板块、部门、其他' }) })
const ZSetupDeadlineKind = z.enum(ZDeadlineKind.options, {
  errorMap: () => ({ message: '截止类型应为：活动安排表、展示项目申报、活动图片、每周统计表、活动总结、图文报告、开展情况报告、其他' }),
})

export const ZQuotaSubject = z.enum(['county', 'function_area', 'unit'], { errorMap: () => ({ message: '指标对象应为：每个县区、每个功能板块、每个单位' }) })
export const ZQuotaMetric = z.enum(['showcase_projects', 'key_activities'], { errorMap: () => ({ message: '指标应为：展示项目、重点活动' }) })
export type TQuotaSubject = z.infer<typeof ZQuotaSubject>
export type TQuotaMetric = z.infer<typeof ZQuotaMetric>
export const QUOTA_SUBJECT_LABELS: Record<TQuotaSubject, string> = { county: '每个县区', function_area: '每个功能板块', unit: '每个单位' }
export const QUOTA_METRIC_LABELS: Record<TQuotaMetric, string> = { showcase_projects: '展示项目', key_activities: '重点活动' }

/** Deadlines are typed as Shanghai wall-clock time, as the notices print them. */
export const ZLocalDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/, '截止时间格式应为 YYYY-MM-DD HH:mm')
export const ZMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM')
const ZTimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:mm')

// Period ------------------------------------------------------------------------------------------

/**
 * month: one calendar month (2024年3月); range: between two dates (兰州 3月1日—10月10日);
 * year_round: from a start date through the year (晋城 "3月5日启动，贯穿全年"), stored with
 * period_end = 31 December and the year-round flag.
 */
export const ZPeriodInput = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('month'), month: ZMonth }),
    z.object({ kind: z.literal('range'), start: ZDate, end: ZDate }),
    z.object({ kind: z.literal('year_round'), start: ZDate }),
  ],
  { errorMap: () => ({ message: '活动期间应为：整月、起止日期或全年（起始日期）' }) },
)
export type TPeriodInput = z.infer<typeof ZPeriodInput>

export const ZPeriod = z.object({
  kind: z.enum(['month', 'range', 'year_round']),
  start: ZDate,
  end: ZDate,
  /** "2024年3月", "2023年3月1日至10月10日", "2021年3月5日起，全年". */
  text: z.string(),
})
export type TPeriod = z.infer<typeof ZPeriod>

// Basic facts -------------------------------------------------------------------------------------

const ZTitle = z.string({ required_error: '请填写活动月名称' }).trim().min(2, '活动月名称至少 2 个字').max(120, '活动月名称最多 120 个字')
const ZIssuer = z.string({ required_error: '请填写发文单位' }).trim().min(2, '发文单位至少 2 个字').max(60, '发文单位最多 60 个字')
const ZCity = z.string({ required_error: '请填写城市或地区' }).trim().min(2, '城市或地区至少 2 个字').max(30, '城市或地区最多 30 个字')
const ZYear = z.number({ required_error: '请填写年份', invalid_type_error: '年份应为数字' }).int('年份应为整数').min(2000, '年份不能早于 2000 年').max(2100, '年份不能晚于 2100 年')

export const ZCampaignBasicsInput = z.object({
  title: ZTitle,
  /** The main issuer as people name it (连云港市文明办). */
  issuer: ZIssuer,
  /** Every issuing body (肇庆 has seven); the main issuer when empty. */
  issuers: z
    .array(z.string().trim().min(2, '联合发文单位至少 2 个字').max(60, '联合发文单位最多 60 个字'), { invalid_type_error: '联合发文单位应为列表' })
    .max(12, '联合发文单位最多 12 个')
    .default([]),
  city: ZCity,
  year: ZYear,
  theme: z.string().trim().max(60, '活动主题最多 60 个字').nullable().default(null),
  summary: z.string().trim().max(2000, '通知摘要最多 2000 个字').nullable().default(null),
  period: ZPeriodInput,
  isPublished: z.boolean({ invalid_type_error: '是否发布应为是或否' }),
})
export type TCampaignBasicsInput = z.infer<typeof ZCampaignBasicsInput>

// Deadlines ---------------------------------------------------------------------------------------

export const ZDeadlineInput = z.object({
  kind: ZSetupDeadlineKind,
  title: z.string({ required_error: '请填写截止事项' }).trim().min(2, '截止事项至少 2 个字').max(120, '截止事项最多 120 个字'),
  /** Shanghai wall clock, "2027-02-19 18:00". */
  dueAt: ZLocalDateTime,
})
export type TDeadlineInput = z.infer<typeof ZDeadlineInput>

/** One weekly_stats deadline on every Friday of a month (肇庆: 每周五报送统计表). */
export const ZFridayDeadlinesInput = z.object({
  month: ZMonth,
  time: ZTimeOfDay.default('18:00'),
  /** What follows "3月1日（周五）" in each title. */
  titleSuffix: z.string().trim().min(2, '标题至少 2 个字').max(80, '标题最多 80 个字').default('活动开展情况统计表'),
})
export type TFridayDeadlinesInput = z.infer<typeof ZFridayDeadlinesInput>

export const ZSetupDeadline = z.object({
  id: ZUuid,
  kind: ZDeadlineKind,
  title: z.string(),
  dueAt: ZTimestamp,
  /** Units that submitted against it, and units with something saved but not submitted. */
  submitted: z.number().int(),
  started: z.number().int(),
})
export type TSetupDeadline = z.infer<typeof ZSetupDeadline>

// Quotas ------------------------------------------------------------------------------------------

export const ZQuotaInput = z.object({
  subject: ZQuotaSubject,
  metric: ZQuotaMetric,
  minCount: z.number({ required_error: '请填写数量', invalid_type_error: '数量应为数字' }).int('数量应为整数').min(1, '数量至少为 1').max(1000, '数量不能超过 1000'),
})
export const ZQuotasInput = z.object({
  quotas: z.array(ZQuotaInput).max(6, '指标最多 6 条').superRefine((quotas, ctx) => {
    const seen = new Map<string, number>()
    quotas.forEach((q, index) => {
      const key = `${q.subject}/${q.metric}`
      const earlier = seen.get(key)
      if (earlier !== undefined) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: [index],
          message: `第 ${index + 1} 条指标与第 ${earlier + 1} 条重复（${QUOTA_SUBJECT_LABELS[q.subject]}${QUOTA_METRIC_LABELS[q.metric]}）`,
        })
      } else seen.set(key, index)
    })
  }),
})
export type TQuotasInput = z.infer<typeof ZQuotasInput>
export const ZSetupQuota = z.object({ id: ZUuid, subject: ZQuotaSubject, metric: ZQuotaMetric, minCount: z.number().int() })

// Contacts ----------------------------------------------------------------------------------------

const EMAIL = /^[^\s@，。；]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/
/** Notices print a city's own numbers without the area code (连云港 "85802696"). */
const LOCAL_NUMBER = /^\d{7,8}$/

/** A phone as stored: a normalised mobile or area-code landline, or a local 7–8 digit number; null when invalid. */
export function normaliseContactPhone(text: string): string | null {
  const trimmed = text.trim()
  if (LOCAL_NUMBER.test(trimmed)) return trimmed
  return normalisePhone(trimmed)
}

export const ZContactInput = z.object({
  name: z.string({ required_error: '请填写联系人姓名' }).trim().min(1, '请填写联系人姓名').max(20, '联系人姓名最多 20 个字'),
  organisation: z.string().trim().max(60, '所在单位最多 60 个字').nullable().default(null),
  phone: z.string().trim().max(30, '电话最多 30 个字符').nullable().default(null),
  email: z.string().trim().max(80, '电子邮箱最多 80 个字符').nullable().default(null),
})
export type TContactInput = z.infer<typeof ZContactInput>

export const ZContactsInput = z.object({
  contacts: z.array(ZContactInput).max(20, '联系人最多 20 位').superRefine((contacts, ctx) => {
    contacts.forEach((c, index) => {
      const who = `第 ${index + 1} 位联系人（${c.name}）`
      if (c.phone && normaliseContactPhone(c.phone) === null) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: [index, 'phone'], message: `${who}的电话“${c.phone}”不正确：应为手机号、带区号的座机号或 7–8 位本地号码` })
      }
      if (c.email && !EMAIL.test(c.email)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: [index, 'email'], message: `${who}的电子邮箱“${c.email}”格式不正确` })
      }
      if (!c.phone && !c.email) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: [index, 'phone'], message: `${who}请至少填写电话或电子邮箱` })
      }
    })
  }),
})
export type TContactsInput = z.infer<typeof ZContactsInput>
export const ZSetupContact = z.object({
  id: ZUuid,
  name: z.string(),
  organisation: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
})

// Districts and units -----------------------------------------------------------------------------

export const ZDistrictInput = z.object({
  name: z.string({ required_error: '请填写县区名称' }).trim().min(2, '县区名称至少 2 个字').max(30, '县区名称最多 30 个字'),
  kind: ZSetupDistrictKind,
})
export type TDistrictInput = z.infer<typeof ZDistrictInput>

export const ZUnitInput = z.object({
  name: z.string({ required_error: '请填写单位名称' }).trim().min(2, '单位名称至少 2 个字').max(60, '单位名称最多 60 个字'),
  kind: ZUnitKind,
  /** null: addressed directly by the notice (市直单位, 各志愿服务组织). */
  districtId: ZUuid.nullable(),
})
export type TUnitInput = z.infer<typeof ZUnitInput>

export const ZSetupDistrict = z.object({
  id: ZUuid,
  name: z.string(),
  kind: ZDistrictKind,
  units: z.number().int(),
  /** 区县管理员 joined for it. */
  admins: z.number().int(),
})
export const ZSetupUnit = z.object({
  id: ZUuid,
  name: z.string(),
  kind: ZUnitKind,
  districtId: ZUuid.nullable(),
  contacts: z.number().int(),
  activities: z.number().int(),
  /** Anything handed in or saved (submissions, 附件1, reports, photos): the unit cannot be deleted. */
  hasRecords: z.boolean(),
})
export type TSetupUnit = z.infer<typeof ZSetupUnit>

// The whole page ----------------------------------------------------------------------------------

export const ZCampaignSetupRequest = z.object({ id: ZUuid })
export const ZCampaignSetup = z.object({
  campaign: z.object({
    id: ZUuid,
    slug: z.string(),
    title: z.string(),
    issuer: z.string(),
    issuers: z.array(z.string()),
    city: z.string(),
    year: z.number().int(),
    theme: z.string().nullable(),
    summary: z.string().nullable(),
    noticeRef: z.string().nullable(),
    period: ZPeriod,
    isPublished: z.boolean(),
    isDemo: z.boolean(),
    updatedAt: ZTimestamp,
  }),
  /** Organisers edit; anyone else who can see a published campaign (a seeded notice) reads it as an example. */
  canEdit: z.boolean(),
  deadlines: z.array(ZSetupDeadline),
  quotas: z.array(ZSetupQuota),
  contacts: z.array(ZSetupContact),
  districts: z.array(ZSetupDistrict),
  units: z.array(ZSetupUnit),
})
export type TCampaignSetup = z.infer<typeof ZCampaignSetup>

/** Every change answers the whole page again, so the screen shows what is stored. */
export const ZCampaignSetupResponse = ZCampaignSetup
export type TCampaignSetupResponse = TCampaignSetup

export const ZDeadlineParams = z.object({ id: ZUuid, deadlineId: ZUuid })
export const ZDistrictParams = z.object({ id: ZUuid, districtId: ZUuid })
export const ZUnitParams = z.object({ id: ZUuid, unitId: ZUuid })
export const ZUnitImportParams = z.object({ id: ZUuid, importId: ZUuid })

/** POST /api/campaigns/[id]/setup/fridays answers what it made and skipped. */
export const ZFridayDeadlinesResponse = z.object({
  setup: ZCampaignSetup,
  created: z.array(ZDate),
  /** Fridays that already had a weekly deadline. */
  skipped: z.array(ZDate),
})
export type TFridayDeadlinesResponse = z.infer<typeof ZFridayDeadlinesResponse>

// Create and copy ---------------------------------------------------------------------------------

/** POST /api/campaigns — a new campaign, unpublished, with the caller as its organiser. */
export const ZCreateCampaignRequest = ZCampaignBasicsInput.omit({ isPublished: true })
export type TCreateCampaignRequest = z.infer<typeof ZCreateCampaignRequest>

/** POST /api/campaigns/[id]/setup/copy — 复制去年的活动月 into `year`. */
export const ZCopyCampaignRequest = z.object({ year: ZYear })
export type TCopyCampaignRequest = z.infer<typeof ZCopyCampaignRequest>

export const ZCreatedCampaignResponse = z.object({
  campaignId: ZUuid,
  /** What came along (copy): counts per part. */
  copied: z
    .object({ districts: z.number().int(), units: z.number().int(), quotas: z.number().int(), contacts: z.number().int(), deadlines: z.number().int() })
    .nullable(),
})
export type TCreatedCampaignResponse = z.infer<typeof ZCreatedCampaignResponse>

// Unit-list import --------------------------------------------------------------------------------

/** The unit-list columns as organisers write them; errors name one of these (or 整行). */
export const UNIT_LIST_COLUMNS = ['序号', '单位名称', '所属县区/板块', '类型'] as const
export const ZUnitImportIssue = z.object({ column: z.string(), message: z.string() })
export type TUnitImportIssue = z.infer<typeof ZUnitImportIssue>

export const ZUnitImportRow = z.object({
  row: z.number().int().min(1),
  ok: z.boolean(),
  errors: z.array(ZUnitImportIssue),
  warnings: z.array(ZUnitImportIssue),
  name: z.string(),
  kind: ZUnitKind.nullable(),
  /** As written (trimmed); null: no district (市直). */
  districtName: z.string().nullable(),
  /** Set when the district does not exist yet and applying creates it. */
  newDistrictKind: ZDistrictKind.nullable(),
  /** The campaign already has a unit of this name (or an earlier row has it): skipped. */
  duplicate: z.boolean(),
})
export type TUnitImportRow = z.infer<typeof ZUnitImportRow>

/** POST /api/campaigns/[id]/setup/unit-imports — preview an uploaded unit list. */
export const ZCreateUnitImportRequest = z.object({
  /** From POST /api/uploads with purpose unit_list_workbook, after the PUT. */
  path: z.string().min(1).max(300),
  fileName: z.string().trim().max(200).nullable().default(null),
})
export type TCreateUnitImportRequest = z.infer<typeof ZCreateUnitImportRequest>

export const ZUnitImportPreview = z.object({
  importId: ZUuid,
  status: z.enum(['previewed', 'applied']),
  fileName: z.string().nullable(),
  sheetName: z.string(),
  headerRow: z.number().int(),
  rows: z.array(ZUnitImportRow),
  valid: z.number().int(),
  invalid: z.number().int(),
  /** Units "只导入正确的行" creates (valid, not duplicates), and the districts it creates. */
  toCreate: z.number().int(),
  newDistricts: z.array(z.object({ name: z.string(), kind: ZDistrictKind })),
})
export type TUnitImportPreview = z.infer<typeof ZUnitImportPreview>

/** POST /api/campaigns/[id]/setup/unit-imports/[importId] — apply. */
export const ZApplyUnitImportRequest = z.object({
  mode: z.enum(['all', 'valid_only'], { errorMap: () => ({ message: '导入方式应为：全部导入、只导入正确的行' }) }),
})
export type TApplyUnitImportRequest = z.infer<typeof ZApplyUnitImportRequest>
export const ZApplyUnitImportResponse = z.object({
  units: z.number().int(),
  districts: z.number().int(),
  skipped: z.number().int(),
  alreadyApplied: z.boolean(),
  setup: ZCampaignSetup,
})
export type TApplyUnitImportResponse = z.infer<typeof ZApplyUnitImportResponse>
