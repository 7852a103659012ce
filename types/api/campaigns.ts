import { z } from 'zod'
import { ZDeadlineKind, ZDistrictKind } from '../domain'
import { ZDate, ZTimestamp, ZUuid } from './common'

export const ZCampaignSummary = z.object({
  id: ZUuid,
  slug: z.string(),
  issuer: z.string(),
  city: z.string(),
  year: z.number().int(),
  title: z.string(),
  theme: z.string().nullable(),
  periodStart: ZDate,
  periodEnd: ZDate,
  isDemo: z.boolean(),
  activityCount: z.number().int(),
})
export type TCampaignSummary = z.infer<typeof ZCampaignSummary>

export const ZListCampaignsResponse = z.object({ items: z.array(ZCampaignSummary) })
export type TListCampaignsResponse = z.infer<typeof ZListCampaignsResponse>

export const ZGetCampaignRequest = z.object({ id: ZUuid })

/** A campaign contact (联系人) exactly as the notice prints it. */
export const ZCampaignContact = z.object({
  name: z.string(),
  organisation: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
})

export const ZCampaignDetail = ZCampaignSummary.extend({
  issuers: z.array(z.string()),
  summary: z.string().nullable(),
  noticeRef: z.string().nullable(),
  deadlines: z.array(
    z.object({ id: ZUuid, kind: ZDeadlineKind, title: z.string(), dueAt: ZTimestamp }),
  ),
  quotas: z.array(
    z.object({
      subject: z.enum(['county', 'function_area', 'unit']),
      metric: z.enum(['showcase_projects', 'key_activities']),
      minCount: z.number().int(),
    }),
  ),
  districts: z.array(z.object({ id: ZUuid, name: z.string(), kind: ZDistrictKind })),
  units: z.array(z.object({ id: ZUuid, name: z.string(), districtId: ZUuid.nullable() })),
  contacts: z.array(ZCampaignContact),
})
export type TCampaignDetail = z.infer<typeof ZCampaignDetail>
