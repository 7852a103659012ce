import type { TListInvitesResponse } from '../../../types/api/invites'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { countContacts, findDistricts, findInvites, findUnits, findUnitsWithLiveCode } from './repository'
import { requireOrganiser } from './require-organiser'
import { toInvite } from './to-invite'

/**
 * The 邀请码 page: every code of the campaign with its state (有效 / 已用完 / 已过期 / 已撤销) and use
 * count, each unit with its live code and the contacts who joined, and the districts (for district
 * admin codes).
 */
export async function listInvites(session: TSessionClaims, campaignId: string, options: { baseUrl: string; now?: Date }): Promise<TListInvitesResponse> {
  const now = options.now ?? new Date()
  return withUserTx(session, async (tx) => {
    const campaign = await requireOrganiser(tx, campaignId)
    const rows = await findInvites(tx, campaign.id, now)
    const units = await findUnits(tx, campaign.id)
    const live = await findUnitsWithLiveCode(tx, campaign.id, now)
    const contacts = await countContacts(tx, campaign.id)
    // Newest first, so the unit's current code is the first live one met.
    const liveCode = new Map<string, string>()
    for (const row of rows) if (row.unit_id && row.state === 'live' && !liveCode.has(row.unit_id)) liveCode.set(row.unit_id, row.code)
    const counts = { live: 0, used_up: 0, expired: 0, revoked: 0 }
    for (const row of rows) counts[row.state] += 1
    return {
      campaign: { id: campaign.id, title: campaign.title, theme: campaign.theme, issuer: campaign.issuer },
      items: rows.map((row) => toInvite(row, options.baseUrl)),
      units: units.map((u) => ({
        id: u.id,
        name: u.name,
        districtId: u.district_id,
        districtName: u.district_name,
        liveCode: live.has(u.id) ? (liveCode.get(u.id) ?? null) : null,
        contacts: contacts.get(u.id) ?? 0,
      })),
      districts: (await findDistricts(tx, campaign.id)).map((d) => ({ id: d.id, name: d.name, kind: d.kind })),
      counts,
    }
  })
}
