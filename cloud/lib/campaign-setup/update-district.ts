import type { TCampaignSetup, TDistrictInput } from '../../../types/api/campaign-setup'
import { recordAudit } from '../audit/record-audit'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { refuseDuplicateDistrict } from './district-names'
import { loadSetup } from './load-setup'
import { cleanName } from './names'
import { findDistricts, updateDistrict } from './repository'
import { requireOrganiser } from './require-organiser'

/** Renames a district or changes its kind (县区 ↔ 功能板块 decides which quota applies to it). */
export async function updateCampaignDistrict(session: TSessionClaims, campaignId: string, districtId: string, input: TDistrictInput): Promise<TCampaignSetup> {
  return withUserTx(session, async (tx) => {
    const campaign = await requireOrganiser(tx, campaignId)
    const districts = await findDistricts(tx, campaignId)
    const before = districts.find((d) => d.id === districtId)
    if (!before) throw new AppError('not_found', { userMessage: '本活动月没有这个县区，可能已被删除，请刷新' })
    const name = cleanName(input.name)
    refuseDuplicateDistrict(districts, name, districtId)
    await updateDistrict(tx, districtId, { name, kind: input.kind })
    await recordAudit(tx, {
      campaignId,
      actorId: session.sub,
      action: 'district.update',
      entity: 'district',
      entityId: districtId,
      before: { name: before.name, kind: before.kind },
      after: { name, kind: input.kind },
    })
    return loadSetup(tx, campaign)
  })
}
