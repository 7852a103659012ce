import { z } from 'zod'

/** The eight 所属类别 of 附件2 (连云港 notice). Codes are stable; labels are what users see. */
export const ACTIVITY_CATEGORIES = {
  theory: '理论宣讲类',
  culture_education: '文化教育类',
  civility: '文明倡导类',
  care: '爱心帮扶类',
  environment: '环境保护类',
  science: '科学普及类',
  health: '医疗健康类',
  legal: '法律服务类',
} as const
export const ZActivityCategory = z.enum([
  'theory',
  'culture_education',
  'civility',
  'care',
  'environment',
  'science',
  'health',
  'legal',
])
export type TActivityCategory = z.infer<typeof ZActivityCategory>

/** Served-population types of the 肇庆 statistics table. */
export const SERVED_POPULATIONS = {
  disabled: '残疾人',
  migrant_children: '异地务工人员子女',
  empty_nest_elderly: '空巢老人',
  idle_youth: '闲散青少年',
  misbehaving_youth: '不良行为青少年',
  left_behind_children: '农村留守儿童',
  street_minors: '流浪乞讨未成年人',
  prisoners_children: '服刑在教人员未成年子女',
  other: '其他',
} as const
export const ZServedPopulation = z.enum([
  'disabled',
  'migrant_children',
  'empty_nest_elderly',
  'idle_youth',
  'misbehaving_youth',
  'left_behind_children',
  'street_minors',
  'prisoners_children',
  'other',
])
export type TServedPopulation = z.infer<typeof ZServedPopulation>

export const ZRole = z.enum(['volunteer', 'unit_contact', 'organiser', 'district_admin'])
export type TRole = z.infer<typeof ZRole>
export const ROLE_LABELS: Record<TRole, string> = {
  volunteer: '志愿者',
  unit_contact: '单位联系人',
  organiser: '组织方',
  // 县区 / 功能板块 文明办 or 团委: reads its own district's units and answers for its quotas.
  district_admin: '区县管理员',
}

/** 县区 / 功能板块 / 部门 — how the notices group the units they address. */
export const ZDistrictKind = z.enum(['county', 'function_area', 'department', 'other'])
export type TDistrictKind = z.infer<typeof ZDistrictKind>

export const ZDeadlineKind = z.enum([
  'activity_plan', // 活动安排表 (附件2)
  'showcase_application', // 启动仪式展示项目申报 (附件1)
  'photos', // 活动图片
  'weekly_stats', // 每周五统计表
  'summary', // 活动总结
  'report', // 图文报告
  'status_report', // 开展情况报告
  'other',
])
export type TDeadlineKind = z.infer<typeof ZDeadlineKind>
export const DEADLINE_KIND_LABELS: Record<TDeadlineKind, string> = {
  activity_plan: '活动安排表',
  showcase_application: '展示项目申报',
  photos: '活动图片',
  weekly_stats: '每周统计表',
  summary: '活动总结',
  report: '图文报告',
  status_report: '开展情况报告',
  other: '其他',
}

/** March days that activities cluster on (SPEC.md). `month-day` keys, labels shown as chips. */
export const SPECIAL_DAYS = [
  { day: '03-05', short: '3·5', label: '学雷锋纪念日' },
  { day: '03-12', short: '3·12', label: '植树节' },
  { day: '03-15', short: '3·15', label: '消费者权益日' },
  { day: '03-17', short: '3·17', label: '中国国医节' },
  { day: '03-21', short: '3·21', label: '世界森林日' },
  { day: '03-22', short: '3·22', label: '世界水日' },
  { day: '03-24', short: '3·24', label: '世界防治结核病日' },
] as const

/** 中国水周 runs 3月22—28日. */
export const WATER_WEEK = { from: '03-22', to: '03-28', label: '中国水周' } as const

/** The privacy notice a volunteer agrees to before their real name and phone are stored (PIPL). */
export const PRIVACY_POLICY_VERSION = '2027-02'

/**
 * Where a person stands with an activity's sign-up, as lists and detail pages show it.
 * open: seats left; waitlist: full, sign-ups join the waitlist; closed: sign-up deadline passed;
 * ended: the activity is over; cancelled: the unit called it off.
 */
export const ZSignupState = z.enum(['open', 'waitlist', 'closed', 'ended', 'cancelled'])
export type TSignupState = z.infer<typeof ZSignupState>
export const SIGNUP_STATE_LABELS: Record<TSignupState, string> = {
  open: '可报名',
  waitlist: '候补',
  closed: '报名截止',
  ended: '已结束',
  cancelled: '已取消',
}

/** The list's status filter: 可报名 / 已满 / 候补 / 已结束. */
export const ZActivityStatusFilter = z.enum(['open', 'full', 'waitlist', 'ended'])
export type TActivityStatusFilter = z.infer<typeof ZActivityStatusFilter>
