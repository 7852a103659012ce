import type { TUnitImportPreview } from '../../../types/api/campaign-setup'
import { nameKey } from './names'
import type { TImportRecord } from './repository'

/** A stored import as the page shows it: the rows, their counts, and the districts applying would create. */
export function toUnitImportPreview(record: TImportRecord): TUnitImportPreview {
  const creating = record.rows.filter((r) => r.ok && !r.duplicate)
  const newDistricts = new Map<string, { name: string; kind: NonNullable<(typeof record.rows)[number]['newDistrictKind']> }>()
  for (const r of creating) {
    if (r.districtName && r.newDistrictKind && !newDistricts.has(nameKey(r.districtName))) {
      newDistricts.set(nameKey(r.districtName), { name: r.districtName, kind: r.newDistrictKind })
    }
  }
  return {
    importId: record.id,
    status: record.status,
    fileName: record.file_name,
    sheetName: record.sheet_name,
    headerRow: record.header_row,
    rows: record.rows,
    valid: record.valid_count,
    invalid: record.invalid_count,
    toCreate: creating.length,
    newDistricts: [...newDistricts.values()],
  }
}
