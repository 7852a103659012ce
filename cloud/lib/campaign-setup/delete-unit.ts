import type { TCampaignSetup } from '../../../types/api/campaign-setup'
import { recordAudit } from '../audit/record-audit'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { loadSetup } from './load-setup'
import { deleteUnit, findUnits } from './repository'
import { requireOrganiser } from './require-organiser'

/**
 * Deletes a unit nothing hangs on yet. A unit with activities, anything handed in or saved, or
 * contacts who joined is kept: deleting it would take their work and their access with it.
 */
export async function deleteCampaignUnit(session: TSessionClaims, campaignId: string, unitId: string): Promise<TCampaignSetup> {
  return withUserTx(session, async (tx) => {
    const campaign = await requireOrganiser(tx, campaignId)
    const [unit] = await findUnits(tx, campaignId, unitId)
    if (!unit) throw new AppError('unit_not_found', { userMessage: '本活动月没有这个单位，可能已被删除，请刷新' })
    const holds = [
      unit.activities > 0 ? `${unit.activities} 个活动` : null,
      unit.has_records ? '已报送或保存的材料' : null,
      unit.contacts > 0 ? `${unit.contacts} 位已加入的单位联系人` : null,
    ].filter(Boolean)
    if (holds.length > 0) throw new AppError('conflict', { userMessage: `“${unit.name}”已有${holds.join('、')}，不能删除` })
    await deleteUnit(tx, unitId)
    await recordAudit(tx, {
      campaignId,
      actorId: session.sub,
      action: 'unit.delete',
      entity: 'unit',
      entityId: unitId,
      before: { name: unit.name, kind: unit.kind, districtId: unit.district_id },
    })
    return loadSetup(tx, campaign)
  })
}
