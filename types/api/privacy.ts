import { z } from 'zod'
import { ZTimestamp, ZUuid } from './common'

/**
 * 个人信息与隐私 (PIPL): the consents a person gave and can withdraw, a copy of their data, and
 * deleting the account. One schema per operation; the app parses the answers with the same ones.
 */

/**
 * What a person consents to. 'registration' (name and phone for sign-ups, contact and service
 * hours) is what sign-up needs; 'hours_report' (that name and phone in the organiser's hours sheet
 * for i志愿 / 中国志愿服务网) can be withdrawn on its own and sign-up still works.
 */
export const ZConsentPurpose = z.enum(['registration', 'hours_report'])
export type TConsentPurpose = z.infer<typeof ZConsentPurpose>

export const ZConsentState = z.object({
  purpose: ZConsentPurpose,
  /** given: in force; withdrawn: withdrawn since; never: not given yet (the profile form gives it). */
  state: z.enum(['given', 'withdrawn', 'never']),
  /** The notice version the consent in force was given to (null unless given). */
  policyVersion: z.string().nullable(),
  /** When the state began: the consent or the withdrawal. */
  since: ZTimestamp.nullable(),
})
export type TConsentState = z.infer<typeof ZConsentState>

export const ZConsentEvent = z.object({
  purpose: ZConsentPurpose,
  policyVersion: z.string(),
  action: z.enum(['granted', 'withdrawn']),
  at: ZTimestamp,
})
export type TConsentEvent = z.infer<typeof ZConsentEvent>

/** A membership only the caller holds: deleting the account leaves it empty. */
export const ZSoleMembership = z.object({
  role: z.string(),
  campaignTitle: z.string(),
  unitName: z.string().nullable(),
  districtName: z.string().nullable(),
  /** What happens to it, in Chinese. */
  consequence: z.string(),
})
export type TSoleMembership = z.infer<typeof ZSoleMembership>

/** GET /api/me/privacy — the page's state: consents, their history, and what deleting would do. */
export const ZPrivacyOverviewResponse = z.object({
  currentPolicyVersion: z.string(),
  consents: z.array(ZConsentState),
  history: z.array(ZConsentEvent),
  deletion: z.object({
    /** Sign-ups for activities not yet started, given up on deletion (seats go to the waitlist). */
    upcomingRegistrations: z.number().int(),
    /** Check-ins with hours, kept as anonymous figures in the units' statistics. */
    checkInsKept: z.number().int(),
    hoursKept: z.number(),
    /** Photos and pictures the person uploaded for a unit: the unit's material, kept without the uploader. */
    photosKeptByUnits: z.number().int(),
    soleMemberships: z.array(ZSoleMembership),
  }),
})
export type TPrivacyOverviewResponse = z.infer<typeof ZPrivacyOverviewResponse>

/** POST /api/me/privacy/consents — withdraw a consent, or give an optional one again. */
export const ZChangeConsentRequest = z
  .object({
    purpose: ZConsentPurpose,
    action: z.enum(['withdraw', 'grant']),
  })
  .strict()
export type TChangeConsentRequest = z.infer<typeof ZChangeConsentRequest>

/** POST /api/me/privacy/export — a copy of everything held about the caller, as a JSON file. */
export const ZExportMyDataRequest = z.object({}).strict()

/** The words typed to confirm: deleting cannot be undone. */
export const ACCOUNT_DELETION_PHRASE = '注销账号'

/** POST /api/me/privacy/delete-account */
export const ZDeleteAccountRequest = z
  .object({
    confirmation: z.string().max(20),
    /** Required when the caller is the only contact / admin / organiser of something (soleMemberships). */
    acknowledgeSoleMemberships: z.boolean().optional(),
  })
  .strict()
export type TDeleteAccountRequest = z.infer<typeof ZDeleteAccountRequest>

export const ZDeleteAccountResponse = z.object({
  deleted: z.literal(true),
  registrationsKept: z.number().int(),
  cancelledUpcoming: z.number().int(),
  checkInsKept: z.number().int(),
  hoursKept: z.number(),
})
export type TDeleteAccountResponse = z.infer<typeof ZDeleteAccountResponse>

/** The exported file's shape (what the JSON holds), also read back by tests. */
export const ZMyDataExport = z.object({
  exportedAt: ZTimestamp,
  policyVersion: z.string(),
  profile: z.object({ id: ZUuid, displayName: z.string(), realName: z.string().nullable(), phone: z.string().nullable() }).passthrough(),
  memberships: z.array(z.record(z.unknown())),
  registrations: z.array(z.object({ activity: z.string(), status: z.string(), checkIn: z.record(z.unknown()).nullable() }).passthrough()),
  checkInScans: z.array(z.record(z.unknown())),
  notifications: z.array(z.record(z.unknown())),
  consents: z.array(z.record(z.unknown())),
  consentHistory: z.array(z.record(z.unknown())),
  photos: z.array(z.object({ id: ZUuid, purpose: z.string(), url: z.string().nullable() }).passthrough()),
  newsPictures: z.array(z.object({ id: ZUuid, url: z.string().nullable() }).passthrough()),
  linksValidUntil: ZTimestamp,
})
export type TMyDataExport = z.infer<typeof ZMyDataExport>
