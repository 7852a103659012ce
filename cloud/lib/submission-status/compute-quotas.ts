import type { TDistrictQuota, TStatusQuotas } from '../../../types/api/submission-status'
import type { TQuotaRow, TScopeUnitRow } from './repository'

/** The campaign's quotas by subject (连云港: 县区 ≥ 6 and 功能板块 ≥ 3 showcase projects; each unit ≥ 1 of each). */
export function readQuotas(rows: TQuotaRow[]): Pick<TStatusQuotas, 'countyShowcase' | 'functionAreaShowcase' | 'unitShowcase' | 'unitKey'> {
  const find = (subject: TQuotaRow['subject'], metric: TQuotaRow['metric']) =>
    rows.find((q) => q.subject === subject && q.metric === metric)?.min_count ?? null
  return {
    countyShowcase: find('county', 'showcase_projects'),
    functionAreaShowcase: find('function_area', 'showcase_projects'),
    unitShowcase: find('unit', 'showcase_projects'),
    unitKey: find('unit', 'key_activities'),
  }
}

/**
 * Quota progress per district (in the units' order) and who is short: a 县区's or 功能板块's showcase
 * projects (submitted or accepted applications of its units) against its kind's quota, and the
 * units below the per-unit quotas. Districts of other kinds (部门, 其他) have no district quota but
 * their units still answer for theirs. Units without a district are grouped under 未分区.
 */
export function computeQuotas(units: TScopeUnitRow[], quotaRows: TQuotaRow[]): TStatusQuotas {
  const quotas = readQuotas(quotaRows)
  const groups = new Map<string, TScopeUnitRow[]>()
  for (const unit of units) {
    const key = unit.district_id ?? ''
    groups.set(key, [...(groups.get(key) ?? []), unit])
  }
  const districts: TDistrictQuota[] = [...groups.values()].map((rows) => {
    const head = rows[0]!
    const count = rows.reduce((n, u) => n + u.showcase_submitted, 0)
    const quota = head.district_kind === 'county' ? quotas.countyShowcase : head.district_kind === 'function_area' ? quotas.functionAreaShowcase : null
    return {
      id: head.district_id,
      name: head.district_name ?? '未分区',
      kind: head.district_kind,
      units: rows.length,
      showcase: { count, quota, short: quota === null ? 0 : Math.max(0, quota - count) },
      keyActivities: rows.reduce((n, u) => n + u.key_activities, 0),
      unitsShortKey:
        quotas.unitKey === null
          ? []
          : rows.filter((u) => u.key_activities < quotas.unitKey!).map((u) => ({ id: u.unit_id, name: u.unit_name, count: u.key_activities })),
      unitsShortShowcase:
        quotas.unitShowcase === null
          ? []
          : rows
              .filter((u) => u.showcase_submitted < quotas.unitShowcase!)
              .map((u) => ({ id: u.unit_id, name: u.unit_name, count: u.showcase_submitted })),
    }
  })
  return {
    ...quotas,
    districts,
    districtsShort: districts.filter((d) => d.showcase.short > 0).length,
    unitsShortKey: districts.reduce((n, d) => n + d.unitsShortKey.length, 0),
    unitsShortShowcase: districts.reduce((n, d) => n + d.unitsShortShowcase.length, 0),
  }
}
