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

// Shown copies' back-fill (run by the scheduled tick as the service role) ------------------------

export type TCopyTable = 'photos' | 'weekly_stats_pictures'
export type TCopyClaim = { table: TCopyTable; id: string; storage_path: string; purpose: string; attempts: number }

/**
 * Leases the oldest row of `table` that has no shown copy yet, is not leased by a live worker and
 * has attempts left. SKIP LOCKED: a concurrent tick takes the next row instead of waiting on this
 * one; the attempt is counted here, in the claim, so a copy that crashes its worker still uses it up.
 */
export async function claimRowWithoutCopy(tx: TTx, table: TCopyTable, leaseSeconds: number, maxAttempts: number): Promise<TCopyClaim | null> {
  // Only the purpose differs: a weekly-stats picture is always a news picture. Table names come from
  // the closed TCopyTable union, never from input.
  const purpose = table === 'photos' ? tx`p.purpose::text` : tx`'news_picture'`
  const rows = await tx<TCopyClaim[]>`
    with next as (
      select id from ${tx(table)}
      where display_path is null and display_copy_attempts < ${maxAttempts}
        and (display_copy_leased_until is null or display_copy_leased_until < now())
      order by created_at, id limit 1
      for update skip locked
    )
    update ${tx(table)} p set display_copy_attempts = p.display_copy_attempts + 1,
                              display_copy_leased_until = now() + make_interval(secs => ${leaseSeconds})
    from next where p.id = next.id
    returning ${table}::text as "table", p.id, p.storage_path, ${purpose} as purpose, p.display_copy_attempts as attempts`
  return rows[0] ?? null
}

/**
 * Records the made copy. `taken`: the row already has one (a worker whose lease ran out finished
 * after another, writing the same file); `gone`: the row was deleted meanwhile.
 */
export async function saveShownCopy(tx: TTx, claim: TCopyClaim, displayPath: string): Promise<'saved' | 'taken' | 'gone'> {
  const rows =
    claim.table === 'photos'
      ? await tx<{ saved: boolean }[]>`
          with saved as (
            update photos set display_path = ${displayPath}, display_copy_leased_until = null, display_copy_error = null
            where id = ${claim.id} and display_path is null returning id)
          select exists (select 1 from saved) as saved from photos where id = ${claim.id}`
      : await tx<{ saved: boolean }[]>`
          with saved as (
            update weekly_stats_pictures set display_path = ${displayPath}, display_copy_leased_until = null, display_copy_error = null
            where id = ${claim.id} and display_path is null returning id)
          select exists (select 1 from saved) as saved from weekly_stats_pictures where id = ${claim.id}`
  const [row] = rows
  return !row ? 'gone' : row.saved ? 'saved' : 'taken'
}

/** A failed copy: the reason kept, the row free again after `retrySeconds` (if attempts remain). */
export async function releaseFailedCopy(tx: TTx, claim: TCopyClaim, error: string, retrySeconds: number): Promise<void> {
  if (claim.table === 'photos') {
    await tx`update photos set display_copy_error = ${error.slice(0, 500)}, display_copy_leased_until = now() + make_interval(secs => ${retrySeconds})
             where id = ${claim.id} and display_path is null`
  } else {
    await tx`update weekly_stats_pictures set display_copy_error = ${error.slice(0, 500)}, display_copy_leased_until = now() + make_interval(secs => ${retrySeconds})
             where id = ${claim.id} and display_path is null`
  }
}

/** Rows still without a shown copy that the back-fill will take (attempts left), per table. */
export async function countRowsWithoutCopy(tx: TTx, maxAttempts: number): Promise<{ photos: number; weekly_stats_pictures: number }> {
  const [row] = await tx<{ photos: number; weekly_stats_pictures: number }[]>`
    select (select count(*)::int from photos where display_path is null and display_copy_attempts < ${maxAttempts}) as photos,
           (select count(*)::int from weekly_stats_pictures where display_path is null and display_copy_attempts < ${maxAttempts}) as weekly_stats_pictures`
  return row ?? { photos: 0, weekly_stats_pictures: 0 }
}
