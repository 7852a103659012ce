import type { TTx } from '../db/client'
import { AppError } from '../errors/app-error'
import { nameKey } from './names'
import { findDistrictCampaign, type TUnitRow } from './repository'

/** The district must be one of this campaign's: a unit never sits in another campaign's district. */
export async function checkUnitDistrict(tx: TTx, campaignId: string, districtId: string | null): Promise<void> {
  if (!districtId) return
  if ((await findDistrictCampaign(tx, districtId)) !== campaignId) {
    const message = '所选县区不属于本活动月，请从本活动月的县区中选择'
    throw new AppError('validation_failed', { userMessage: message, issues: [{ path: 'districtId', message }] })
  }
}

/** Unit names are unique within a campaign: the status matrix, exports and invites name units by them. */
export function refuseDuplicateUnit(units: TUnitRow[], name: string, exceptId: string | null): void {
  if (!units.some((u) => u.id !== exceptId && nameKey(u.name) === nameKey(name))) return
  const message = `已有名为“${name}”的单位，单位名称不能重复`
  throw new AppError('conflict', { userMessage: message, issues: [{ path: 'name', message }] })
}
