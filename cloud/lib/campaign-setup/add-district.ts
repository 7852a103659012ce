import type { TCampaignSetup, TDistrictInput } from '../../../types/api/campaign-setup'
import { recordAudit } from '../audit/record-audit'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { refuseDuplicateDistrict } from './district-names'
import { loadSetup } from './load-setup'
import { cleanName, newKey } from './names'
import { findDistricts, insertDistrict } from './repository'
import { requireOrganiser } from './require-organiser'

/** 县区 / 功能板块 / 部门 / 其他: a new district of the campaign. Names are unique within it. */
export async function addDistrict(session: TSessionClaims, campaignId: string, input: TDistrictInput): Promise<TCampaignSetup> {
  return withUserTx(session, async (tx) => {
    const campaign = await requireOrganiser(tx, campaignId)
    const name = cleanName(input.name)
    refuseDuplicateDistrict(await findDistricts(tx, campaignId), name, null)
    const id = await insertDistrict(tx, campaignId, { key: newKey('d'), name, kind: input.kind })
    await recordAudit(tx, { campaignId, actorId: session.sub, action: 'district.create', entity: 'district', entityId: id, after: { name, kind: input.kind } })
    return loadSetup(tx, campaign)
  })
}
