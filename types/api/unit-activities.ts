import { z } from 'zod'
import { ZActivityCategory, ZServedPopulation } from '../domain'
import { normalisePhone } from '../phone'
import { ZTimestamp, ZUuid } from './common'

/**
 * One activity as a unit writes it: every column of 附件2 (序号 · 单位 · 时间 · 地点 · 活动名称及内容 ·
 * 联系人及电话 · 所属类别) plus what volunteers need beyond the table. The activity form and the
 * 附件2 import both validate with this schema, so a row the import accepts is one the form would.
 * Rules that need the campaign (dates inside its period) are checked by the operations.
 */
export const ZActivityInput = z
  .object({
    seqNo: z.number().int().min(1).max(100000).nullable().default(null),
    title: z.string().trim().min(2, '活动名称至少 2 个字').max(120, '活动名称最多 120 个字'),
    description: z.string().trim().max(2000, '活动内容最多 2000 个字').default(''),
    startsAt: ZTimestamp,
    endsAt: ZTimestamp,
    locationName: z.string().trim().min(2, '请填写活动地点').max(120, '地点最多 120 个字'),
    address: z.string().trim().max(200).nullable().default(null),
    latitude: z.number().min(-90).max(90).nullable().default(null),
    longitude: z.number().min(-180).max(180).nullable().default(null),
    /** Check-in only within this many metres of the place (needs coordinates). */
    geofenceRadiusM: z.number().int().min(20, '签到范围至少 20 米').max(5000, '签到范围最多 5000 米').nullable().default(null),
    contactName: z.string().trim().min(1, '请填写联系人').max(30, '联系人最多 30 个字'),
    contactPhone: z
      .string()
      .trim()
      .transform((value, ctx) => {
        const phone = normalisePhone(value)
        if (!phone) ctx.addIssue({ code: 'custom', message: '联系电话应为手机号或带区号的座机号' })
        return phone ?? value
      }),
    category: ZActivityCategory,
    servedPopulations: z.array(ZServedPopulation).max(9).default([]),
    servedOther: z.string().trim().max(100).nullable().default(null),
    isKeyActivity: z.boolean().default(false),
    /** Other organisations that run the activity with the unit (参与志愿服务组织). */
    coOrganisers: z.array(z.string().trim().min(2).max(60)).max(20).default([]),
    capacity: z.number().int().min(1, '招募人数至少 1 人').max(100000).nullable().default(null),
    signupDeadline: ZTimestamp.nullable().default(null),
    whatToBring: z.string().trim().max(300).nullable().default(null),
    dressCode: z.string().trim().max(300).nullable().default(null),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (Date.parse(a.endsAt) <= Date.parse(a.startsAt)) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: '结束时间应晚于开始时间' })
    if (a.signupDeadline && Date.parse(a.signupDeadline) > Date.parse(a.endsAt)) {
      ctx.addIssue({ code: 'custom', path: ['signupDeadline'], message: '报名截止时间不能晚于活动结束' })
    }
    if ((a.latitude === null) !== (a.longitude === null)) ctx.addIssue({ code: 'custom', path: ['latitude'], message: '经纬度需同时填写' })
    if (a.geofenceRadiusM !== null && a.latitude === null) {
      ctx.addIssue({ code: 'custom', path: ['geofenceRadiusM'], message: '设置签到范围前请先选择活动位置' })
    }
    if (a.servedPopulations.includes('other') && !a.servedOther) {
      ctx.addIssue({ code: 'custom', path: ['servedOther'], message: '覆盖人群选了“其他”，请说明' })
    }
  })
export type TActivityInput = z.infer<typeof ZActivityInput>
export type TActivityInputRaw = z.input<typeof ZActivityInput>

export const ZActivityIdParam = z.object({ id: ZUuid })
