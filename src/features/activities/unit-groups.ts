import type { TCampaignDetail } from '../../../types/api/campaigns'

type TDistrict = TCampaignDetail['districts'][number]
type TUnit = TCampaignDetail['units'][number]

/**
 * The notices address units two ways: by place (县区 and 功能板块: 海州区, 市开发区) and by system
 * (市志愿服务协调小组成员单位, 各文明行业（单位）, 各志愿服务组织). Only places belong under 区域; the systems
 * are groups of units and are offered with the units.
 */
export function isPlace(district: Pick<TDistrict, 'kind'>): boolean {
  return district.kind === 'county' || district.kind === 'function_area'
}

export type TUnitOption = { id: string; label: string; kind: 'group' | 'unit'; districtId: string | null }

/**
 * The 单位 picker: within a chosen 区域 its units; otherwise each group of units (all of it, then
 * its units indented), then the units of places, by name.
 */
export function unitOptions(campaign: Pick<TCampaignDetail, 'districts' | 'units'>, regionId: string | undefined): TUnitOption[] {
  const asUnit = (u: TUnit, indent = ''): TUnitOption => ({ id: `u:${u.id}`, label: `${indent}${u.name}`, kind: 'unit', districtId: u.districtId })
  if (regionId) return campaign.units.filter((u) => u.districtId === regionId).map((u) => asUnit(u))
  const groups = campaign.districts.filter((d) => !isPlace(d))
  const grouped = groups.flatMap((g) => [
    { id: `g:${g.id}`, label: `${g.name}（全部）`, kind: 'group' as const, districtId: g.id },
    ...campaign.units.filter((u) => u.districtId === g.id).map((u) => asUnit(u, '　')),
  ])
  const groupIds = new Set(groups.map((g) => g.id))
  const others = campaign.units.filter((u) => !u.districtId || !groupIds.has(u.districtId)).map((u) => asUnit(u))
  return [...grouped, ...others]
}
