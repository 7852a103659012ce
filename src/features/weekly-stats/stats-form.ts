import type { TSaveWeeklyStatsRequest, TStatsRowInput, TWeeklyStatsResponse, TWeeklyStatsRow } from '../../../types/api/weekly-stats'
import type { TServedPopulation } from '../../../types/domain'
import { checkStatsRow, computeTotals, type TEditableStats, type TStatsTotals } from '../../../types/weekly-stats'

/**
 * What the contact is typing, kept as text until it is sent: "12." or "" are normal states of a
 * number box. Converted with the same rules the server applies (types/weekly-stats.ts), so the 合计
 * and the messages under each activity are what the server will say.
 */
export type TServedForm = { population: TServedPopulation; description: string; count: string }
export type TRowForm = {
  activityId: string
  served: TServedForm[]
  funds: string
  printReports: string
  webReports: string
  readCount: string
  links: string[]
}
export type TStatsForm = { rows: TRowForm[]; body: string; contactName: string; contactPhone: string }

const text = (value: number) => (value === 0 ? '' : String(value))

export function toForm(stats: TWeeklyStatsResponse): TStatsForm {
  return {
    rows: stats.rows.map((row) => ({
      activityId: row.activityId,
      served: row.served.map((entry) => ({ population: entry.population, description: entry.description ?? '', count: text(entry.count) })),
      funds: row.fundsYuan === null ? '' : String(row.fundsYuan),
      printReports: text(row.media.printReports),
      webReports: text(row.media.webReports),
      readCount: text(row.media.readCount),
      links: row.media.links,
    })),
    body: stats.body,
    contactName: stats.contactName,
    contactPhone: stats.contactPhone,
  }
}

/** "" is 0 for counts; anything else is read as a number (NaN when it is not one). */
function count(value: string): number {
  const trimmed = value.trim()
  return trimmed === '' ? 0 : Number(trimmed)
}

export function toRowInput(row: TRowForm): TStatsRowInput {
  const funds = row.funds.trim()
  return {
    activityId: row.activityId,
    served: row.served.map((entry) => ({
      population: entry.population,
      description: entry.population === 'other' ? entry.description.trim() : null,
      count: count(entry.count),
    })),
    fundsYuan: funds === '' ? null : Number(funds),
    media: {
      printReports: count(row.printReports),
      webReports: count(row.webReports),
      readCount: count(row.readCount),
      links: row.links.map((link) => link.trim()).filter((link) => link !== ''),
    },
  }
}

/**
 * JSON cannot carry NaN: a box that holds no number is sent as -1, which the server refuses with
 * the same message the page already shows under the activity.
 */
function finite(value: number): number {
  return Number.isFinite(value) ? value : -1
}

export function toSaveRequest(deadlineId: string, form: TStatsForm): TSaveWeeklyStatsRequest {
  return {
    deadlineId,
    body: form.body,
    contactName: form.contactName.trim(),
    contactPhone: form.contactPhone.trim(),
    rows: form.rows.map((row) => {
      const input = toRowInput(row)
      return {
        ...input,
        served: input.served.map((entry) => ({ ...entry, count: finite(entry.count) })),
        fundsYuan: input.fundsYuan === null ? null : finite(input.fundsYuan),
        media: { ...input.media, printReports: finite(input.media.printReports), webReports: finite(input.media.webReports), readCount: finite(input.media.readCount) },
      }
    }),
  }
}

/** The messages under one activity's card, live. */
export function rowProblems(row: TRowForm, title: string): string[] {
  const input: TEditableStats = toRowInput(row)
  return checkStatsRow(input, title)
}

/** The 合计 while typing: the computed figures from the server, the typed columns from the form. */
export function liveTotals(rows: readonly TWeeklyStatsRow[], form: TStatsForm): TStatsTotals {
  const byId = new Map(form.rows.map((row) => [row.activityId, toRowInput(row)]))
  return computeTotals(
    rows.map((row) => {
      const typed = byId.get(row.activityId)
      return typed ? { ...row, served: typed.served, fundsYuan: typed.fundsYuan, media: typed.media } : row
    }),
  )
}

export function sameForm(a: TStatsForm, b: TStatsForm): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
