import { z } from 'zod'
import { ZDistrictKind } from '../domain'
import { ZTimestamp, ZUuid } from './common'

/**
 * Invite codes: 8 characters from an alphabet without the look-alikes 0/O and 1/I, so a code read
 * off a printed poster or a phone screen is typed right the first time. (The join form still takes
 * the older 6–12 character codes, e.g. the seed's DEMOORG1.)
 */
export const INVITE_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
export const INVITE_CODE_LENGTH = 8

/** The roles an invite can give: a unit's contact, a further organiser, a district admin. */
export const ZInviteRole = z.enum(['unit_contact', 'organiser', 'district_admin'])
export type TInviteRole = z.infer<typeof ZInviteRole>

export const ZInviteState = z.enum(['live', 'used_up', 'expired', 'revoked'])
export type TInviteState = z.infer<typeof ZInviteState>
export const INVITE_STATE_LABELS: Record<TInviteState, string> = {
  live: '有效',
  used_up: '已用完',
  expired: '已过期',
  revoked: '已撤销',
}

/** What an organiser gets when they do not say otherwise: a unit has a few contacts, a colleague is one person. */
export const INVITE_DEFAULTS: Record<TInviteRole, { maxUses: number; days: number }> = {
  unit_contact: { maxUses: 3, days: 30 },
  organiser: { maxUses: 1, days: 14 },
  district_admin: { maxUses: 2, days: 30 },
}
export const INVITE_LIMITS = { maxUses: 200, days: 365 } as const

/** Where a scanned code lands: 我的, with the code already in the invite box. */
export function inviteJoinPath(code: string): string {
  return `/#/pages/me/index?invite=${encodeURIComponent(code)}`
}

export const ZInvite = z.object({
  code: z.string(),
  role: ZInviteRole,
  unitId: ZUuid.nullable(),
  unitName: z.string().nullable(),
  districtId: ZUuid.nullable(),
  districtName: z.string().nullable(),
  note: z.string().nullable(),
  maxUses: z.number().int(),
  useCount: z.number().int(),
  /** Null: never expires (the seed's demo codes). */
  expiresAt: ZTimestamp.nullable(),
  createdAt: ZTimestamp,
  createdByName: z.string().nullable(),
  revokedAt: ZTimestamp.nullable(),
  state: ZInviteState,
  /** The link the QR code carries (the H5 app's 我的 with ?invite=). */
  joinUrl: z.string(),
})
export type TInvite = z.infer<typeof ZInvite>

const ZUses = z.coerce
  .number({ invalid_type_error: '可用次数应为数字' })
  .int('可用次数应为整数')
  .min(1, '可用次数至少为 1')
  .max(INVITE_LIMITS.maxUses, `可用次数最多 ${INVITE_LIMITS.maxUses}`)
const ZDays = z.coerce
  .number({ invalid_type_error: '有效天数应为数字' })
  .int('有效天数应为整数')
  .min(1, '有效天数至少为 1 天')
  .max(INVITE_LIMITS.days, `有效天数最多 ${INVITE_LIMITS.days} 天`)
const ZNote = z
  .string()
  .trim()
  .max(40, '备注最多 40 个字')
  .transform((value) => (value === '' ? null : value))
  .nullish()

/** GET /api/campaigns/:id/invites — every code of the campaign, and its units with their live code. */
export const ZListInvitesRequest = z.object({ id: ZUuid })
export type TListInvitesRequest = z.infer<typeof ZListInvitesRequest>

export const ZInviteUnit = z.object({
  id: ZUuid,
  name: z.string(),
  districtId: ZUuid.nullable(),
  districtName: z.string().nullable(),
  /** The unit's live code, if it has one. */
  liveCode: z.string().nullable(),
  /** Contacts who have joined the unit so far. */
  contacts: z.number().int(),
})
export type TInviteUnit = z.infer<typeof ZInviteUnit>

export const ZInviteDistrict = z.object({ id: ZUuid, name: z.string(), kind: ZDistrictKind })

export const ZInviteCampaign = z.object({ id: ZUuid, title: z.string(), theme: z.string().nullable(), issuer: z.string() })

export const ZListInvitesResponse = z.object({
  campaign: ZInviteCampaign,
  items: z.array(ZInvite),
  units: z.array(ZInviteUnit),
  districts: z.array(ZInviteDistrict),
  counts: z.object({ live: z.number().int(), used_up: z.number().int(), expired: z.number().int(), revoked: z.number().int() }),
})
export type TListInvitesResponse = z.infer<typeof ZListInvitesResponse>

/**
 * POST /api/campaigns/:id/invites — issue codes. `all_units` gives every unit of the campaign
 * without a live code one code (units that have one are skipped, so issuing twice never makes a
 * second code); `unit` one unit; `organiser` a further organiser; `district_admin` a district's admin.
 */
const ZIssueCommon = { maxUses: ZUses.optional(), days: ZDays.optional(), note: ZNote }
export const ZIssueInvitesRequest = z.discriminatedUnion('target', [
  z.object({ target: z.literal('all_units'), ...ZIssueCommon }),
  z.object({ target: z.literal('unit'), unitId: ZUuid, ...ZIssueCommon }),
  z.object({ target: z.literal('organiser'), ...ZIssueCommon }),
  z.object({ target: z.literal('district_admin'), districtId: ZUuid, ...ZIssueCommon }),
])
export type TIssueInvitesRequest = z.infer<typeof ZIssueInvitesRequest>

export const ZIssueInvitesResponse = z.object({
  created: z.array(ZInvite),
  /** Units skipped because they already had a live code (all_units only). */
  skipped: z.number().int(),
})
export type TIssueInvitesResponse = z.infer<typeof ZIssueInvitesResponse>

/** POST /api/campaigns/:id/invites/revoke */
export const ZRevokeInviteRequest = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{6,12}$/, '邀请码为 6–12 位字母或数字'),
})
export type TRevokeInviteRequest = z.infer<typeof ZRevokeInviteRequest>
export const ZRevokeInviteResponse = z.object({ invite: ZInvite })
export type TRevokeInviteResponse = z.infer<typeof ZRevokeInviteResponse>

/** GET /api/campaigns/:id/invites/poster?unitId= — the printable cards: one per unit with a live code. */
export const ZInvitePosterRequest = z.object({ id: ZUuid, unitId: ZUuid.optional() })
export type TInvitePosterRequest = z.infer<typeof ZInvitePosterRequest>
export const ZPosterCard = z.object({
  unitId: ZUuid,
  unitName: z.string(),
  districtName: z.string().nullable(),
  code: z.string(),
  expiresAt: ZTimestamp.nullable(),
  maxUses: z.number().int(),
  useCount: z.number().int(),
  joinUrl: z.string(),
})
export type TPosterCard = z.infer<typeof ZPosterCard>
export const ZInvitePosterResponse = z.object({
  campaign: ZInviteCampaign,
  cards: z.array(ZPosterCard),
  /** Units with no live code (no card): issue codes first. */
  missing: z.array(z.object({ unitId: ZUuid, unitName: z.string() })),
})
export type TInvitePosterResponse = z.infer<typeof ZInvitePosterResponse>
