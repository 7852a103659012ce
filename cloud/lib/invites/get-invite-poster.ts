import type { TInvitePosterResponse } from '../../../types/api/invites'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { toShanghaiIso } from '../time/shanghai'
import { findInvites, findUnits, type TInviteRow } from './repository'
import { requireOrganiser } from './require-organiser'
import { joinUrl } from './to-invite'

/**
 * What the printable poster shows: per unit (or the one `unitId`), its live code with the join link
 * its QR carries, and the units that have no live code yet (no card for them).
 */
export async function getInvitePoster(
  session: TSessionClaims,
  campaignId: string,
  unitId: string | undefined,
  options: { baseUrl: string; now?: Date },
): Promise<TInvitePosterResponse> {
  const now = options.now ?? new Date()
  return withUserTx(session, async (tx) => {
    const campaign = await requireOrganiser(tx, campaignId)
    const units = (await findUnits(tx, campaign.id)).filter((u) => !unitId || u.id === unitId)
    if (unitId && units.length === 0) throw new AppError('unit_not_found', { userMessage: '该单位不属于本活动月' })
    // Newest first: a unit's current live code is the first one met.
    const live = new Map<string, TInviteRow>()
    for (const row of await findInvites(tx, campaign.id, now)) {
      if (row.role === 'unit_contact' && row.unit_id && row.state === 'live' && !live.has(row.unit_id)) live.set(row.unit_id, row)
    }
    const cards: TInvitePosterResponse['cards'] = []
    const missing: TInvitePosterResponse['missing'] = []
    for (const unit of units) {
      const row = live.get(unit.id)
      if (!row) {
        missing.push({ unitId: unit.id, unitName: unit.name })
        continue
      }
      cards.push({
        unitId: unit.id,
        unitName: unit.name,
        districtName: unit.district_name,
        code: row.code,
        expiresAt: row.expires_at ? toShanghaiIso(row.expires_at) : null,
        maxUses: row.max_uses,
        useCount: row.use_count,
        joinUrl: joinUrl(options.baseUrl, row.code),
      })
    }
    return { campaign: { id: campaign.id, title: campaign.title, theme: campaign.theme, issuer: campaign.issuer }, cards, missing }
  })
}
