import type { TCampaignSetup } from '../../../types/api/campaign-setup'
import { recordAudit } from '../audit/record-audit'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { loadSetup } from './load-setup'
import { deleteDistrict, findDistricts } from './repository'
import { requireOrganiser } from './require-organiser'

/**
 * Deletes a district that no unit and no 区县管理员 belongs to: its units are moved or deleted
 * first (the message says how many), and an admin's access is never cut off by a tidy-up.
 */
export async function deleteCampaignDistrict(session: TSessionClaims, campaignId: string, districtId: string): Promise<TCampaignSetup> {
  return withUserTx(session, async (tx) => {
    const campaign = await requireOrganiser(tx, campaignId)
    const district = (await findDistricts(tx, campaignId)).find((d) => d.id === districtId)
    if (!district) throw new AppError('not_found', { userMessage: '本活动月没有这个县区，可能已被删除，请刷新' })
    if (district.units > 0) {
      throw new AppError('conflict', { userMessage: `“${district.name}”下还有 ${district.units} 个单位，请先把它们移到其他县区或删除，再删除这个县区` })
    }
    if (district.admins > 0) {
      throw new AppError('conflict', { userMessage: `“${district.name}”已有 ${district.admins} 位区县管理员，删除会取消他们的权限，不能删除` })
    }
    await deleteDistrict(tx, districtId)
    await recordAudit(tx, {
      campaignId,
      actorId: session.sub,
      action: 'district.delete',
      entity: 'district',
      entityId: districtId,
      before: { name: district.name, kind: district.kind },
    })
    return loadSetup(tx, campaign)
  })
}
