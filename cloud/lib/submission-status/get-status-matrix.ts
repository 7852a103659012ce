import {
  KEY_ACTIVITIES_COLUMN,
  type TStatusCell,
  type TStatusRequest,
  type TStatusResponse,
  type TStatusUnit,
} from '../../../types/api/submission-status'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { toShanghaiIso } from '../time/shanghai'
import { buildColumns, emptyCounts } from './build-columns'
import { computeQuotas, readQuotas } from './compute-quotas'
import { describeCell, describeKeyCell } from './describe-cell'
import {
  findDeadlines,
  findQuotas,
  findReminders,
  findMatrixCells,
  findScopeDistricts,
  findScopeUnits,
  type TCellFacts,
} from './repository'
import { requireStatusAccess } from './require-status-access'

/**
 * 报送情况: every unit the caller answers for × every deliverable, with quota progress per district.
 * States come from the unit home's own rules for the whole campaign in one query, at `now` in
 * Asia/Shanghai. Filters: district, a column (deliverable), a state (in the shown columns), and
 * part of a unit's name; column counts ignore the state filter so they stay put while it changes.
 */
export async function getStatusMatrix(session: TSessionClaims, input: TStatusRequest, now: Date = new Date()): Promise<TStatusResponse> {
  return withUserTx(session, async (tx) => {
    const access = await requireStatusAccess(tx, session, input.id)
    // Sent together: postgres.js pipelines them on the transaction's connection.
    const [deadlines, quotaRows, scopeUnits, deliverables, reminders, districts] = await Promise.all([
      findDeadlines(tx, access.id),
      findQuotas(tx, access.id),
      findScopeUnits(tx, access.id),
      findMatrixCells(tx, access.id, now),
      findReminders(tx, access.id),
      findScopeDistricts(tx, access.id, access.role === 'organiser', session.sub),
    ])

    const keyQuota = readQuotas(quotaRows).unitKey
    const allColumns = buildColumns(deadlines, keyQuota, now)
    const columns = input.deliverable ? allColumns.filter((c) => c.key === input.deliverable) : allColumns

    const byUnit = new Map<string, Map<string, TCellFacts>>()
    for (const row of deliverables) {
      const cells = byUnit.get(row.unit_id) ?? new Map<string, TCellFacts>()
      cells.set(row.deadline_id, row)
      byUnit.set(row.unit_id, cells)
    }
    const reminded = new Map(reminders.map((r) => [`${r.unit_id}:${r.deadline_id}`, toShanghaiIso(r.reminded_at)]))

    const q = input.q?.toLowerCase() ?? ''
    const candidates = scopeUnits.filter(
      (u) => (!input.districtId || u.district_id === input.districtId) && (!q || u.unit_name.toLowerCase().includes(q)),
    )
    const rows: TStatusUnit[] = candidates.map((unit) => ({
      id: unit.unit_id,
      name: unit.unit_name,
      districtId: unit.district_id,
      districtName: unit.district_name,
      contacts: unit.contacts,
      cells: columns.map((column): TStatusCell => {
        if (column.key === KEY_ACTIVITIES_COLUMN) return describeKeyCell(unit, keyQuota ?? 0)
        const row = byUnit.get(unit.unit_id)?.get(column.key)
        // Every unit has a row per deadline; a deadline added while this request ran has none yet.
        const cell: TStatusCell = row ? describeCell(row, unit) : { state: 'not_started', note: null, late: false }
        const at = reminded.get(`${unit.unit_id}:${column.key}`)
        return at ? { ...cell, remindedAt: at } : cell
      }),
    }))

    const counted = columns.map((column, i) => {
      const counts = emptyCounts()
      for (const row of rows) counts[row.cells[i]!.state] += 1
      return { ...column, counts }
    })
    const shown = input.state ? rows.filter((row) => row.cells.some((cell) => cell.state === input.state)) : rows

    const quotas = computeQuotas(input.districtId ? scopeUnits.filter((u) => u.district_id === input.districtId) : scopeUnits, quotaRows)

    return {
      campaign: { id: access.id, title: access.title },
      role: access.role,
      can: { return: access.role === 'organiser', remind: true },
      districts,
      filters: {
        districtId: input.districtId ?? null,
        state: input.state ?? null,
        deliverable: input.deliverable ?? null,
        q: input.q ?? '',
      },
      columns: counted,
      deliverables: allColumns.map((c) => ({ key: c.key, label: c.label, kind: c.kind })),
      units: shown,
      totals: { units: scopeUnits.length, shown: shown.length },
      quotas,
      now: toShanghaiIso(now),
    }
  })
}
