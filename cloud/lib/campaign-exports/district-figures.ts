import type { TWeeklyStatsRow } from '../../../types/api/weekly-stats'
import { computeTotals } from '../../../types/weekly-stats'
import type { TScopeUnitRow } from './repository'

/** One line of the district figures: a unit, a district's 小计 or the 合计. */
export type TFiguresLine = {
  name: string
  units: number
  activities: number
  volunteerCount: number
  organisationCount: number
  servedCount: number
  serviceHours: number
  fundsYuan: number
  printReports: number
  webReports: number
  readCount: number
  /** Returns of the period handed in, and due (units × returns of the period). */
  sent: number
  due: number
}

export type TFiguresDistrict = { line: TFiguresLine; units: TFiguresLine[] }

export const NO_DISTRICT = '未分区'

const ZERO: Omit<TFiguresLine, 'name'> = {
  units: 0,
  activities: 0,
  volunteerCount: 0,
  organisationCount: 0,
  servedCount: 0,
  serviceHours: 0,
  fundsYuan: 0,
  printReports: 0,
  webReports: 0,
  readCount: 0,
  sent: 0,
  due: 0,
}

/** Adds lines up; hours and yuan in hundredths, so the 小计 equals what a person adds by hand. */
export function addLines(name: string, lines: readonly TFiguresLine[]): TFiguresLine {
  const cents = (value: number) => Math.round(value * 100)
  let hours = 0
  let funds = 0
  const sum = { ...ZERO, name }
  for (const line of lines) {
    for (const key of ['units', 'activities', 'volunteerCount', 'organisationCount', 'servedCount', 'printReports', 'webReports', 'readCount', 'sent', 'due'] as const) {
      sum[key] += line[key]
    }
    hours += cents(line.serviceHours)
    funds += cents(line.fundsYuan)
  }
  return { ...sum, serviceHours: hours / 100, fundsYuan: funds / 100 }
}

/**
 * Every unit in scope with its figures for the period (units without a row count zero), grouped by
 * district in the campaign's order: what a 县区 answers for, and what the city adds up.
 */
export function groupFigures(
  units: TScopeUnitRow[],
  rows: TWeeklyStatsRow[],
  unitIds: string[],
  sent: Map<string, number>,
  returnsDue: number,
): TFiguresDistrict[] {
  const rowsOf = new Map<string, TWeeklyStatsRow[]>()
  rows.forEach((row, index) => {
    const unitId = unitIds[index] ?? ''
    rowsOf.set(unitId, [...(rowsOf.get(unitId) ?? []), row])
  })
  const districts = new Map<string, TFiguresDistrict>()
  for (const unit of units) {
    const own = rowsOf.get(unit.id) ?? []
    const totals = computeTotals(own)
    const line: TFiguresLine = {
      name: unit.name,
      units: 1,
      activities: own.length,
      volunteerCount: totals.volunteerCount,
      organisationCount: totals.organisationCount,
      servedCount: totals.servedCount,
      serviceHours: totals.serviceHours,
      fundsYuan: totals.fundsYuan,
      printReports: totals.printReports,
      webReports: totals.webReports,
      readCount: totals.readCount,
      sent: sent.get(unit.id) ?? 0,
      due: returnsDue,
    }
    const key = unit.district_id ?? ''
    const group = districts.get(key) ?? { line: { ...ZERO, name: unit.district_name ?? NO_DISTRICT }, units: [] }
    group.units.push(line)
    districts.set(key, group)
  }
  return [...districts.values()].map((group) => ({ line: addLines(group.line.name, group.units), units: group.units }))
}
