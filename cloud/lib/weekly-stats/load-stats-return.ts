import type { TSubmissionStatus } from '../../../types/api/common'
import { signShownCopies } from '../privacy/shown-copies'
import type { TStatsDeadline, TWeeklyStatsResponse, TWeeklyStatsRow } from '../../../types/api/weekly-stats'
import { computeTotals, formatActivityName, sumServed, type TServedInput } from '../../../types/weekly-stats'
import type { TTx } from '../db/client'
import { AppError } from '../errors/app-error'
import { deadlinePassed, decideSubmission } from '../submissions/decide-submission'
import { toShanghaiIso } from '../time/shanghai'
import {
  findLiveRows,
  findManagedUnit,
  findPictures,
  findReturnHeader,
  findServedRows,
  findStatsDeadlines,
  findSubmittedRows,
  unitExists,
  type TDeadlineWithStatus,
  type TPictureRow,
  type TReturnHeader,
  type TStatsRowData,
  type TStatsUnit,
} from './repository'
import { deadlineLabel, statsPeriod, type TStatsPeriod } from './stats-period'
import { tableTitle } from './table-title'

/** The unit, the deadline and the days a return covers: everything but its rows. */
export type TResolvedReturn = {
  unit: TStatsUnit
  deadline: TDeadlineWithStatus
  deadlines: TDeadlineWithStatus[]
  period: TStatsPeriod
}

export type TLoadedReturn = TResolvedReturn & {
  header: TReturnHeader | null
  figures: 'live' | 'submitted'
  rows: TWeeklyStatsRow[]
  pictures: TPictureRow[]
}

/**
 * Finds the unit (the caller must manage it), the campaign's statistics deadlines and the one asked
 * for (without one: the next due, else the last). Chinese errors for each way this can fail.
 */
export async function resolveReturn(tx: TTx, unitId: string, deadlineId: string | undefined, now = new Date()): Promise<TResolvedReturn> {
  const unit = await findManagedUnit(tx, unitId)
  if (!unit) {
    if (await unitExists(tx, unitId)) throw new AppError('forbidden', { userMessage: '只能查看和填写自己负责的单位的统计表' })
    throw new AppError('unit_not_found')
  }
  const deadlines = await findStatsDeadlines(tx, unit.campaign_id, unit.id)
  if (deadlines.length === 0) {
    throw new AppError('not_found', { userMessage: '本活动月没有要求报送每周统计表或活动总结' })
  }
  const deadline = deadlineId
    ? deadlines.find((d) => d.id === deadlineId)
    : (deadlines.find((d) => d.due_at.getTime() >= now.getTime()) ?? deadlines[deadlines.length - 1])
  if (!deadline) throw new AppError('not_found', { userMessage: '没有这一期统计表：它不是本活动月的每周统计表或活动总结' })
  const period = statsPeriod(deadline, deadlines, { periodStart: unit.period_start, periodEnd: unit.period_end })
  return { unit, deadline, deadlines, period }
}

/** Submitted (and accepted) returns show the figures as sent; drafts and returned ones, live figures. */
export function figuresMode(status: TSubmissionStatus | null | undefined): 'live' | 'submitted' {
  return status === 'submitted' || status === 'accepted' ? 'submitted' : 'live'
}

export async function loadStatsReturn(tx: TTx, unitId: string, deadlineId: string | undefined, now = new Date()): Promise<TLoadedReturn> {
  const resolved = await resolveReturn(tx, unitId, deadlineId, now)
  const header = await findReturnHeader(tx, unitId, resolved.deadline.id)
  const figures = figuresMode(header?.status)
  return { ...resolved, header, figures, ...(await loadRows(tx, resolved, figures, header)) }
}

export async function loadRows(
  tx: TTx,
  resolved: TResolvedReturn,
  figures: 'live' | 'submitted',
  header: TReturnHeader | null,
): Promise<{ rows: TWeeklyStatsRow[]; pictures: TPictureRow[] }> {
  const { unit, deadline, period } = resolved
  const data =
    figures === 'submitted'
      ? await findSubmittedRows(tx, unit.id, deadline.id)
      : await findLiveRows(tx, unit.id, deadline.id, period.from, period.to)
  const served = new Map<string, TServedInput[]>()
  for (const row of await findServedRows(tx, unit.id, deadline.id)) {
    const list = served.get(row.activity_id) ?? []
    list.push({ population: row.population, description: row.description, count: row.served_count })
    served.set(row.activity_id, list)
  }
  const rows = data.map((row, index) => toRow(row, index + 1, unit.name, served.get(row.activity_id)))
  return { rows, pictures: header ? await findPictures(tx, header.id) : [] }
}

function toRow(data: TStatsRowData, seq: number, unitName: string, saved: TServedInput[] | undefined): TWeeklyStatsRow {
  // Until the contact saves the row, the activity's own 覆盖人群 (from 附件2) is offered.
  const served: TServedInput[] =
    data.stats_id !== null
      ? (saved ?? [])
      : data.served_populations.map((population) => ({ population, description: population === 'other' ? data.served_other : null, count: 0 }))
  return {
    seq,
    activityId: data.activity_id,
    title: data.title,
    activityName: formatActivityName(data.title, unitName, data.co_organisers),
    startsAt: toShanghaiIso(data.starts_at),
    endsAt: toShanghaiIso(data.ends_at),
    volunteerCount: data.volunteer_count,
    organisationCount: data.organisation_count,
    serviceHours: Number(data.service_hours),
    served,
    servedCount: sumServed(served),
    fundsYuan: data.funds_yuan === null ? null : Number(data.funds_yuan),
    media: {
      printReports: data.print_reports ?? 0,
      webReports: data.web_reports ?? 0,
      links: data.links ?? [],
      readCount: data.read_count ?? 0,
    },
  }
}

const PICTURE_URL_SECONDS = 600

function toDeadline(deadline: TDeadlineWithStatus, now: Date): TStatsDeadline {
  return {
    id: deadline.id,
    kind: deadline.kind,
    title: deadline.title,
    dueAt: toShanghaiIso(deadline.due_at),
    label: deadlineLabel(deadline),
    status: deadline.status,
    pastDue: deadlinePassed(deadline.due_at, now),
  }
}

/** Each with a link to its EXIF-free copy; a picture without one yet is left out (signShownCopies). */
export async function signPictures(pictures: TPictureRow[]): Promise<TWeeklyStatsResponse['pictures']> {
  return (await signShownCopies(pictures, PICTURE_URL_SECONDS)).map(({ row: picture, url }) => ({ id: picture.id, url, byteSize: picture.byte_size }))
}

/** The API's view of a return: rows, 合计, state and what the contact may do now. */
export async function toStatsResponse(loaded: TLoadedReturn, now = new Date()): Promise<TWeeklyStatsResponse> {
  const { unit, deadline, header, period } = loaded
  const status = header?.status ?? 'draft'
  const decision = decideSubmission({ status, dueAt: deadline.due_at, now })
  return {
    unit: { id: unit.id, name: unit.name },
    campaign: { id: unit.campaign_id, year: unit.year, city: unit.city, tableTitle: tableTitle(unit) },
    deadline: toDeadline(deadline, now),
    deadlines: loaded.deadlines.map((d) => toDeadline(d, now)),
    period: { from: toShanghaiIso(period.from), to: toShanghaiIso(period.to), label: period.label },
    status,
    submittedAt: header?.submitted_at ? toShanghaiIso(header.submitted_at) : null,
    returnedAt: header?.returned_at ? toShanghaiIso(header.returned_at) : null,
    returnReason: header?.return_reason ?? null,
    figures: loaded.figures,
    canEdit: decision.editable,
    canSubmit: decision.submit === null,
    canWithdraw: decision.withdraw === null,
    body: header?.body ?? '',
    contactName: header?.contact_name ?? '',
    contactPhone: header?.contact_phone ?? '',
    pictures: await signPictures(loaded.pictures),
    rows: loaded.rows,
    totals: computeTotals(loaded.rows),
  }
}
