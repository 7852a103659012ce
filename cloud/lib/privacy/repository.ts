import type { TConsentPurpose } from '../../../types/api/privacy'
import type { TTx } from '../db/client'

/** All of the privacy domain's SQL. Runs as the caller: RLS and auth.uid() limit it to their own rows. */

export type TActiveConsentRow = { purpose: string; policy_version: string; consented_at: Date }
export type TConsentEventRow = { purpose: TConsentPurpose; policy_version: string; action: 'granted' | 'withdrawn'; occurred_at: Date }

export async function listActiveConsents(tx: TTx, userId: string): Promise<TActiveConsentRow[]> {
  return tx<TActiveConsentRow[]>`
    select purpose, policy_version, consented_at from privacy_consents
    where user_id = ${userId} order by consented_at desc`
}

/** Newest first. */
export async function listConsentEvents(tx: TTx, userId: string): Promise<TConsentEventRow[]> {
  return tx<TConsentEventRow[]>`
    select purpose, policy_version, action, occurred_at from privacy_consent_events
    where user_id = ${userId} order by occurred_at desc, id desc`
}

export async function insertConsentEvent(
  tx: TTx,
  input: { userId: string; purpose: TConsentPurpose; policyVersion: string; action: 'granted' | 'withdrawn' },
): Promise<void> {
  await tx`
    insert into privacy_consent_events (user_id, purpose, policy_version, action)
    values (${input.userId}, ${input.purpose}, ${input.policyVersion}, ${input.action})`
}

/**
 * Withdraws the registration consent: the consents in force lose it (so sign-up and the hours sheet
 * stop using the name and phone), and the name and phone themselves are erased (PIPL art. 47).
 * Answers the versions withdrawn.
 */
export async function withdrawRegistrationConsent(tx: TTx, userId: string): Promise<string[]> {
  const removed = await tx<{ policy_version: string }[]>`
    delete from privacy_consents where user_id = ${userId} and purpose = 'registration' returning policy_version`
  await tx`update app_users set real_name = null, phone = null where id = ${userId}`
  return removed.map((row) => row.policy_version)
}

export type TDeletionPreviewRow = { upcoming_registrations: number; check_ins_kept: number; hours_kept: string; photos_kept: number }

export async function readDeletionPreview(tx: TTx): Promise<TDeletionPreviewRow> {
  const [row] = await tx<TDeletionPreviewRow[]>`select * from app_private.my_deletion_preview()`
  if (!row) throw new Error('my_deletion_preview returned nothing')
  return row
}

export type TSoleMembershipRow = { role: string; campaign_title: string; unit_name: string | null; district_name: string | null }

export async function listSoleMemberships(tx: TTx): Promise<TSoleMembershipRow[]> {
  return tx<TSoleMembershipRow[]>`select role, campaign_title, unit_name, district_name from app_private.my_sole_memberships()`
}

/** Everything held about the caller (app_private.my_personal_data), as one JSON value. */
export async function readMyPersonalData(tx: TTx): Promise<unknown> {
  const [row] = await tx<{ data: unknown }[]>`select app_private.my_personal_data() as data`
  return row?.data ?? null
}



/** Deletes the caller's account (app_private.delete_my_account); answers the counts it audited. */
export async function deleteAccountInSql(tx: TTx): Promise<unknown> {
  const [row] = await tx<{ summary: unknown }[]>`select app_private.delete_my_account() as summary`
  return row?.summary ?? null
}
