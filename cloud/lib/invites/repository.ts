import type { TInviteRole, TInviteState } from '../../../types/api/invites'
import type { TDistrictKind } from '../../../types/domain'
import type { TTx } from '../db/client'

/** All of the invites domain's SQL. Runs as the caller (organiser) or as service_role (the CLI). */

export type TCampaignRow = { id: string; title: string; theme: string | null; issuer: string; slug: string }

export async function findCampaign(tx: TTx, idOrSlug: string): Promise<TCampaignRow | null> {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrSlug)
  const [row] = isUuid
    ? await tx<TCampaignRow[]>`select id, title, theme, issuer, slug from campaigns where id = ${idOrSlug}`
    : await tx<TCampaignRow[]>`select id, title, theme, issuer, slug from campaigns where slug = ${idOrSlug}`
  return row ?? null
}

/** Whether the caller organises the campaign (false for service_role, which has no auth.uid()). */
export async function isOrganiser(tx: TTx, campaignId: string): Promise<boolean> {
  const [row] = await tx<{ ok: boolean }[]>`select app_private.is_organiser(${campaignId}) as ok`
  return row?.ok ?? false
}

/**
 * Serialises issuing within one campaign until the transaction ends: two "codes for all units" at
 * once would otherwise both see a unit without a live code and both give it one.
 */
export async function lockCampaignInvites(tx: TTx, campaignId: string): Promise<void> {
  await tx`select pg_advisory_xact_lock(hashtext('invites:' || ${campaignId}))`
}

export type TUnitRow = { id: string; name: string; district_id: string | null; district_name: string | null; sort: number }

export async function findUnits(tx: TTx, campaignId: string): Promise<TUnitRow[]> {
  return tx<TUnitRow[]>`
    select u.id, u.name, u.district_id, d.name as district_name, u.sort
    from units u left join districts d on d.id = u.district_id
    where u.campaign_id = ${campaignId}
    order by d.sort nulls last, u.sort, u.name`
}

export async function findUnitByKey(tx: TTx, campaignId: string, keyOrId: string): Promise<TUnitRow | null> {
  const [row] = await tx<TUnitRow[]>`
    select u.id, u.name, u.district_id, d.name as district_name, u.sort
    from units u left join districts d on d.id = u.district_id
    where u.campaign_id = ${campaignId} and (u.key = ${keyOrId} or u.id::text = ${keyOrId})`
  return row ?? null
}

export type TDistrictRow = { id: string; key: string; name: string; kind: TDistrictKind }

export async function findDistricts(tx: TTx, campaignId: string): Promise<TDistrictRow[]> {
  return tx<TDistrictRow[]>`select id, key, name, kind from districts where campaign_id = ${campaignId} order by sort, name`
}

/** Units of the campaign that have a live unit-contact code now (not revoked, not expired, uses left). */
export async function findUnitsWithLiveCode(tx: TTx, campaignId: string, now: Date): Promise<Set<string>> {
  const rows = await tx<{ unit_id: string }[]>`
    select distinct unit_id from invite_codes
    where campaign_id = ${campaignId} and role = 'unit_contact' and unit_id is not null
      and revoked_at is null and (expires_at is null or expires_at > ${now}) and use_count < max_uses`
  return new Set(rows.map((r) => r.unit_id))
}

export type TNewInvite = {
  code: string
  campaignId: string
  role: TInviteRole
  unitId: string | null
  districtId: string | null
  maxUses: number
  expiresAt: Date
  note: string | null
  createdBy: string | null
}

/** Inserts the code; false when the code is taken (anywhere: the caller draws another). */
export async function insertInvite(tx: TTx, invite: TNewInvite): Promise<boolean> {
  const rows = await tx`
    insert into invite_codes (code, campaign_id, role, unit_id, district_id, max_uses, expires_at, note, created_by)
    values (${invite.code}, ${invite.campaignId}, ${invite.role}, ${invite.unitId}, ${invite.districtId},
            ${invite.maxUses}, ${invite.expiresAt}, ${invite.note}, ${invite.createdBy})
    on conflict (code) do nothing
    returning code`
  return rows.length > 0
}

export type TInviteRow = {
  code: string
  role: TInviteRole
  unit_id: string | null
  unit_name: string | null
  district_id: string | null
  district_name: string | null
  note: string | null
  max_uses: number
  use_count: number
  expires_at: Date | null
  created_at: Date
  created_by_name: string | null
  revoked_at: Date | null
  state: TInviteState
}

/**
 * The campaign's codes with their state at `now`: 已撤销 wins, then 已用完 (a code that did its job
 * and later ran out of time is best described as used), then 已过期, else 有效. Newest first.
 */
export async function findInvites(tx: TTx, campaignId: string, now: Date, codes: string[] | null = null): Promise<TInviteRow[]> {
  return tx<TInviteRow[]>`
    select i.code, i.role::text as role, i.unit_id, u.name as unit_name, i.district_id, d.name as district_name, i.note,
           i.max_uses, i.use_count, i.expires_at, i.created_at, p.display_name as created_by_name, i.revoked_at,
           case when i.revoked_at is not null then 'revoked'
                when i.use_count >= i.max_uses then 'used_up'
                when i.expires_at is not null and i.expires_at <= ${now} then 'expired'
                else 'live' end as state
    from invite_codes i
    left join units u on u.id = i.unit_id
    left join districts d on d.id = i.district_id
    left join app_users p on p.id = i.created_by
    where i.campaign_id = ${campaignId} and (${codes}::text[] is null or i.code = any(${codes}::text[]))
    order by i.created_at desc, u.sort nulls first, i.code`
}

/** Contacts joined so far per unit of the campaign. */
export async function countContacts(tx: TTx, campaignId: string): Promise<Map<string, number>> {
  const rows = await tx<{ unit_id: string; contacts: number }[]>`
    select m.unit_id, count(*)::int as contacts from memberships m
    where m.campaign_id = ${campaignId} and m.role = 'unit_contact' and m.unit_id is not null
    group by m.unit_id`
  return new Map(rows.map((r) => [r.unit_id, r.contacts]))
}

/** Locks the code of this campaign; null when the campaign has no such code. */
export async function lockInvite(tx: TTx, campaignId: string, code: string): Promise<{ code: string; revoked_at: Date | null } | null> {
  const [row] = await tx<{ code: string; revoked_at: Date | null }[]>`
    select code, revoked_at from invite_codes where campaign_id = ${campaignId} and code = ${code} for update`
  return row ?? null
}

export async function markRevoked(tx: TTx, code: string, by: string | null, now: Date): Promise<void> {
  await tx`update invite_codes set revoked_at = ${now}, revoked_by = ${by} where code = ${code}`
}

export type TAuditJson = Record<string, string | number | boolean | null>

export async function insertAudit(
  tx: TTx,
  entry: { campaignId: string; actorId: string | null; action: string; before?: TAuditJson; after: TAuditJson },
): Promise<void> {
  await tx`
    insert into audit_log (campaign_id, actor_id, action, entity, entity_id, before, after)
    values (${entry.campaignId}, ${entry.actorId}, ${entry.action}, 'invite_codes', null,
            ${entry.before ? tx.json(entry.before) : null}, ${tx.json(entry.after)})`
}
