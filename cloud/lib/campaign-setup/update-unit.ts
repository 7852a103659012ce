import type { TCampaignSetup, TUnitInput } from '../../../types/api/campaign-setup'
import { recordAudit } from '../audit/record-audit'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { loadSetup } from './load-setup'
import { cleanName } from './names'
import { findUnits, updateUnit } from './repository'
import { requireOrganiser } from './require-organiser'
import { checkUnitDistrict, refuseDuplicateUnit } from './unit-checks'

/** Renames a unit, changes its kind, or moves it to another district of the campaign. */
export async function updateCampaignUnit(session: TSessionClaims, campaignId: string, unitId: string, input: TUnitInput): Promise<TCampaignSetup> {
  return withUserTx(session, async (tx) => {
    const campaign = await requireOrganiser(tx, campaignId)
    const units = await findUnits(tx, campaignId)
    const before = units.find((u) => u.id === unitId)
    if (!before) throw new AppError('unit_not_found', { userMessage: '本活动月没有这个单位，可能已被删除，请刷新' })
    const name = cleanName(input.name)
    await checkUnitDistrict(tx, campaignId, input.districtId)
    refuseDuplicateUnit(units, name, unitId)
    await updateUnit(tx, unitId, { name, kind: input.kind, districtId: input.districtId })
    await recordAudit(tx, {
      campaignId,
      actorId: session.sub,
      action: 'unit.update',
      entity: 'unit',
      entityId: unitId,
      before: { name: before.name, kind: before.kind, districtId: before.district_id },
      after: { name, kind: input.kind, districtId: input.districtId },
    })
    return loadSetup(tx, campaign)
  })
}
