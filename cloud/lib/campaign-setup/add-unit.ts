import type { TCampaignSetup, TUnitInput } from '../../../types/api/campaign-setup'
import { recordAudit } from '../audit/record-audit'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { loadSetup } from './load-setup'
import { cleanName, newKey } from './names'
import { findUnits, insertUnit } from './repository'
import { requireOrganiser } from './require-organiser'
import { checkUnitDistrict, refuseDuplicateUnit } from './unit-checks'

/** A unit typed in: name (unique in the campaign), kind, and its district or none (市直). */
export async function addUnit(session: TSessionClaims, campaignId: string, input: TUnitInput): Promise<TCampaignSetup> {
  return withUserTx(session, async (tx) => {
    const campaign = await requireOrganiser(tx, campaignId)
    const name = cleanName(input.name)
    await checkUnitDistrict(tx, campaignId, input.districtId)
    refuseDuplicateUnit(await findUnits(tx, campaignId), name, null)
    const id = await insertUnit(tx, campaignId, { key: newKey('u'), name, kind: input.kind, districtId: input.districtId })
    await recordAudit(tx, { campaignId, actorId: session.sub, action: 'unit.create', entity: 'unit', entityId: id, after: { name, kind: input.kind, districtId: input.districtId } })
    return loadSetup(tx, campaign)
  })
}
