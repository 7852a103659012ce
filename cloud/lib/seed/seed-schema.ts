import { z } from 'zod'
import {
  ZActivityCategory,
  ZDeadlineKind,
  ZDistrictKind,
  ZServedPopulation,
} from '../../../types/domain'
import { ZCampaignContact } from '../../../types/api/campaigns'
import { ZActivityInput } from '../../../types/api/unit-activities'
import { normalisePhone } from '../../../types/phone'

/**
 * The shape of seed data: one notice = one campaign. Seed files are plain data checked
 * against this schema before anything is written, so a typo fails loudly at seed time.
 * Local times are Asia/Shanghai wall-clock strings ("2024-03-05 09:00").
 */
const ZLocalDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
const ZLocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

export const ZSeedUnit = z.object({
  /** Stable key within the campaign, referenced by activities and demo accounts. */
  key: z.string().regex(/^[a-z0-9_-]+$/),
  name: z.string().min(1),
  /** District key, or null for units the notice addresses directly (市直单位, 各志愿服务组织). */
  district: z.string().nullable(),
  kind: z.enum(['town', 'department', 'school', 'company', 'team', 'industry', 'community', 'other']),
})

/** "2024-03-05 09:00" (Shanghai wall clock) → "2024-03-05T09:00:00+08:00", as the API sends times. */
export function seedTimeToIso(local: string): string {
  return `${local.replace(' ', 'T')}:00+08:00`
}

/**
 * A seeded activity is checked by the same rules as one a unit enters in the form or imports
 * (ZActivityInput): a seed row that a unit could not have typed fails at seed time.
 */
export const ZSeedActivity = z
  .object({
    seqNo: z.number().int().positive(),
    unit: z.string(),
    title: z.string().min(2),
    description: z.string().min(10),
    startsAt: ZLocalDateTime,
    endsAt: ZLocalDateTime,
    locationName: z.string(),
    address: z.string(),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
    contactName: z.string(),
    contactPhone: z.string().refine((value) => normalisePhone(value) === value, '联系电话应为规范的手机号或带区号的座机号'),
    category: ZActivityCategory,
    servedPopulations: z.array(ZServedPopulation),
    /** What 其他 means when servedPopulations includes 'other'. */
    servedOther: z.string().nullable(),
    isKeyActivity: z.boolean(),
    /** Other organisations running the activity with the unit (参与志愿服务组织数量 in 肇庆's table). */
    coOrganisers: z.array(z.string()),
    capacity: z.number().int().positive(),
    signupDeadline: ZLocalDateTime,
    whatToBring: z.string(),
    dressCode: z.string(),
  })
  .superRefine((a, ctx) => {
    const asInput = ZActivityInput.safeParse({
      seqNo: a.seqNo,
      title: a.title,
      description: a.description,
      startsAt: seedTimeToIso(a.startsAt),
      endsAt: seedTimeToIso(a.endsAt),
      locationName: a.locationName,
      address: a.address,
      latitude: a.latitude,
      longitude: a.longitude,
      contactName: a.contactName,
      contactPhone: a.contactPhone,
      category: a.category,
      servedPopulations: a.servedPopulations,
      servedOther: a.servedOther,
      isKeyActivity: a.isKeyActivity,
      coOrganisers: a.coOrganisers,
      capacity: a.capacity,
      signupDeadline: seedTimeToIso(a.signupDeadline),
      whatToBring: a.whatToBring,
      dressCode: a.dressCode,
    })
    if (!asInput.success) for (const issue of asInput.error.issues) ctx.addIssue({ ...issue, message: `${a.title}: ${issue.message}` })
  })

export const ZSeedCampaign = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  /** The notice file this campaign is read off, or null for the demo campaign. */
  noticeFile: z.string().nullable(),
  issuer: z.string(),
  /** Every issuing body (肇庆 has seven). */
  issuers: z.array(z.string()).min(1),
  city: z.string(),
  year: z.number().int(),
  title: z.string(),
  theme: z.string().nullable(),
  summary: z.string(),
  periodStart: ZLocalDate,
  periodEnd: ZLocalDate,
  /** Runs from periodStart through the year (晋城 "3月5日启动，贯穿全年"); periodEnd is then 31 December. */
  yearRound: z.boolean().optional(),
  isDemo: z.boolean(),
  districts: z.array(z.object({ key: z.string(), name: z.string(), kind: ZDistrictKind })),
  units: z.array(ZSeedUnit),
  deadlines: z.array(z.object({ kind: ZDeadlineKind, title: z.string(), dueAt: ZLocalDateTime })),
  quotas: z.array(
    z.object({
      subject: z.enum(['county', 'function_area', 'unit']),
      metric: z.enum(['showcase_projects', 'key_activities']),
      minCount: z.number().int().positive(),
    }),
  ),
  contacts: z.array(ZCampaignContact),
  activities: z.array(ZSeedActivity),
})
export type TSeedCampaign = z.infer<typeof ZSeedCampaign>
export type TSeedActivity = z.infer<typeof ZSeedActivity>
