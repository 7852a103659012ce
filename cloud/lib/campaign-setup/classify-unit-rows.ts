import { DISTRICT_KIND_LABELS, type TUnitImportRow } from '../../../types/api/campaign-setup'
import type { TDistrictKind } from '../../../types/domain'
import { nameKey } from './names'
import type { TRawUnitRow } from './parse-unit-list'
import { UNIT_COLUMN_LABELS, inferDistrictKind } from './unit-list-columns'

export type TKnownUnit = { name: string; districtName: string | null }
export type TKnownDistrict = { name: string; kind: TDistrictKind }

/**
 * Each parsed row against the campaign: a name twice in the file is an error (which one is
 * meant?); a unit the campaign already has is skipped with a warning, so importing a corrected
 * list again adds only what is new; a district the campaign does not have yet is created, its
 * kind read off its name (said in a warning, changeable afterwards).
 */
export function classifyUnitRows(rows: TRawUnitRow[], units: TKnownUnit[], districts: TKnownDistrict[]): TUnitImportRow[] {
  const existingUnits = new Map(units.map((u) => [nameKey(u.name), u]))
  const existingDistricts = new Map(districts.map((d) => [nameKey(d.name), d]))
  const firstRowOf = new Map<string, number>()
  const announced = new Set<string>()
  return rows.map((raw) => {
    const errors = [...raw.errors]
    const warnings = [...raw.warnings]
    let duplicate = false
    const key = nameKey(raw.name)
    if (raw.name !== '') {
      const earlier = firstRowOf.get(key)
      if (earlier !== undefined) errors.push({ column: UNIT_COLUMN_LABELS.name, message: `与第 ${earlier} 行的单位重名，同一单位只能出现一次` })
      else firstRowOf.set(key, raw.row)
      const existing = existingUnits.get(key)
      if (existing && earlier === undefined) {
        duplicate = true
        const moved = existing.districtName !== raw.districtName && nameKey(existing.districtName ?? '') !== nameKey(raw.districtName ?? '')
        warnings.push({
          column: UNIT_COLUMN_LABELS.name,
          message: `本活动月已有单位“${existing.name}”，导入时跳过${moved ? `（它现在属于“${existing.districtName ?? '无县区'}”，不会改动）` : ''}`,
        })
      }
    }
    let newDistrictKind: TDistrictKind | null = null
    if (raw.districtName) {
      const district = existingDistricts.get(nameKey(raw.districtName))
      if (!district) {
        newDistrictKind = inferDistrictKind(raw.districtName)
        if (!announced.has(nameKey(raw.districtName))) {
          announced.add(nameKey(raw.districtName))
          warnings.push({
            column: UNIT_COLUMN_LABELS.district,
            message: `本活动月还没有“${raw.districtName}”，导入时新建（类型：${DISTRICT_KIND_LABELS[newDistrictKind]}，可在导入后修改）`,
          })
        }
      }
    }
    return {
      row: raw.row,
      ok: errors.length === 0,
      errors,
      warnings,
      name: raw.name,
      kind: raw.kind,
      districtName: raw.districtName,
      newDistrictKind,
      duplicate,
    }
  })
}
