import type { TConsoleRole } from '../../../types/api/organiser-console'
import type { TTx } from '../db/client'
import { AppError } from '../errors/app-error'
import { findExportCampaign, listScopeDistricts, type TDistrictRow, type TExportCampaignRow } from './repository'

export type TExportScope = {
  campaign: TExportCampaignRow
  role: TConsoleRole
  /** The districts the caller may pick (all for an organiser, its own for a district admin). */
  districts: TDistrictRow[]
  /** The one district asked for, or null for every unit the caller answers for. */
  district: TDistrictRow | null
  /** 填报单位 of a gathered table and the part of file names that says whose it is. */
  label: string
}

/**
 * Who may export what: the campaign's organisers every unit (or one district's), a 区县管理员 its
 * own district's units only. Anyone else — another campaign's organiser, a unit contact, a
 * volunteer — is refused before anything is read.
 */
export async function resolveExportScope(tx: TTx, campaignId: string, districtId: string | undefined): Promise<TExportScope> {
  const campaign = await findExportCampaign(tx, campaignId)
  if (!campaign) throw new AppError('campaign_not_found')
  const districts = await listScopeDistricts(tx, campaign.id)
  if (!campaign.is_organiser && districts.length === 0) {
    throw new AppError('forbidden', { userMessage: '只有本活动月的组织方和区县管理员可以导出报表' })
  }
  const role: TConsoleRole = campaign.is_organiser ? 'organiser' : 'district_admin'
  let district: TDistrictRow | null = null
  if (districtId) {
    district = districts.find((d) => d.id === districtId) ?? null
    if (!district) {
      throw campaign.is_organiser
        ? new AppError('not_found', { userMessage: '本活动月没有这个区县' })
        : new AppError('forbidden', { userMessage: '区县管理员只能导出本区县的报表' })
    }
  } else if (!campaign.is_organiser && districts.length === 1) {
    district = districts[0] ?? null
  }
  const label = district ? district.name : campaign.is_organiser ? `${campaign.issuer}（全部单位）` : districts.map((d) => d.name).join('、')
  return { campaign, role, districts, district, label }
}

/** A name safe in a file name and a zip entry on Windows. */
export function safeFileName(text: string): string {
  return text.replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim()
}
