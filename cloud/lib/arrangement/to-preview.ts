import type { TArrangementActivity, TArrangementPreview } from '../../../types/api/arrangement'
import type { TActivityInput } from '../../../types/api/unit-activities'
import { toShanghaiIso } from '../time/shanghai'
import type { TImportRow } from './repository'

/** A stored import as the API shows it. */
export function toPreview(row: TImportRow): TArrangementPreview {
  return {
    importId: row.id,
    status: row.status,
    fileName: row.file_name,
    sheetName: row.sheet_name,
    headerRow: row.header_row,
    rows: row.rows.map((r) => ({ ...r, activity: r.activity ? toArrangementActivity(r.activity) : null })),
    valid: row.valid_count,
    invalid: row.invalid_count,
    toCreate: row.rows.filter((r) => r.ok && !r.duplicate).length,
    createdAt: toShanghaiIso(row.created_at),
  }
}

export function toArrangementActivity(a: TActivityInput): TArrangementActivity {
  return {
    seqNo: a.seqNo,
    title: a.title,
    description: a.description,
    startsAt: a.startsAt,
    endsAt: a.endsAt,
    locationName: a.locationName,
    contactName: a.contactName,
    contactPhone: a.contactPhone,
    category: a.category,
    coOrganisers: a.coOrganisers,
  }
}
