import type { TSubmissionStatus } from '../../../types/api/common'
import { signShownCopies } from '../privacy/shown-copies'
import type { TCellActivity, TCellDetail, TCellShowcase, TCellSubmission } from '../../../types/api/submission-status'
import { SERVED_POPULATIONS, type TServedPopulation } from '../../../types/domain'
import { formatActivityName } from '../../../types/weekly-stats'
import type { TTx } from '../db/client'
import { toShanghaiIso } from '../time/shanghai'
import {
  findHandedInPhotos,
  findReportForDeadline,
  findReportPictures,
  findShowcaseApplications,
  findShowcasePictures,
  findStatsPictures,
  findStatsReturn,
  findStatsRows,
  findStatsServed,
  findSubmission,
  findUnitActivities,
  type TActivityRow,
  type TDeadlineRow,
  type TPictureRow,
  type TShowcaseRow,
} from './repository'

const READ_URL_SECONDS = 600
/** Thumbnails in one panel: enough to judge a unit's return, few enough to sign and load quickly. */
const PHOTO_LIMIT = 60

export type TLoadedCell = {
  detail: TCellDetail
  /** The return's header (unit_submissions or the report); null for 附件1, whose applications carry their own. */
  submission: TCellSubmission | null
  /** The handed-in photos' verdict mix, for the photos cell's figure. */
  handedIn: { handed_in: number; handed_in_review: number; handed_in_failed: number }
}

/** What a unit handed in for one deadline, read as the caller (row-level security applies), for reading only. */
export async function loadCellDetail(
  tx: TTx,
  input: { campaignId: string; unitId: string; unitName: string; deadline: TDeadlineRow; organiser: boolean; showcaseQuota: number | null },
): Promise<TLoadedCell> {
  const { deadline, unitId } = input
  const noPhotos = { handed_in: 0, handed_in_review: 0, handed_in_failed: 0 }
  switch (deadline.kind) {
    case 'activity_plan': {
      const submission = await findSubmission(tx, unitId, deadline.id)
      const activities = await findUnitActivities(tx, unitId)
      return { detail: { kind: 'activity_plan', activities: activities.map(toCellActivity) }, submission: toSubmission(submission, deadline), handedIn: noPhotos }
    }
    case 'showcase_application': {
      const rows = await findShowcaseApplications(tx, input.campaignId, unitId, deadline.id)
      const pictures = await findShowcasePictures(tx, rows.map((r) => r.id))
      const applications = await Promise.all(rows.map((row) => toCellShowcase(row, pictures.filter((p) => p.owner_id === row.id), input.organiser)))
      return {
        detail: {
          kind: 'showcase_application',
          quota: input.showcaseQuota,
          submitted: rows.filter((r) => r.status === 'submitted' || r.status === 'accepted').length,
          applications,
        },
        submission: null,
        handedIn: noPhotos,
      }
    }
    case 'photos': {
      const submission = await findSubmission(tx, unitId, deadline.id)
      const found = await findHandedInPhotos(tx, unitId, PHOTO_LIMIT)
      // EXIF-free copies only; a photo without one yet is left out (signShownCopies).
      const photos = (await signShownCopies(found.photos, READ_URL_SECONDS)).map(({ row: p, url }) => ({
        id: p.id,
        url,
        activityTitle: p.activity_title,
        verdict: p.verdict,
      }))
      return {
        detail: { kind: 'photos', handedIn: found.handedIn, uploaded: found.uploaded, photos },
        submission: toSubmission(submission, deadline),
        handedIn: { handed_in: found.handedIn, handed_in_review: found.review, handed_in_failed: found.failed },
      }
    }
    case 'weekly_stats':
    case 'summary': {
      const submission = await findSubmission(tx, unitId, deadline.id)
      return { detail: await loadStats(tx, unitId, input.unitName, deadline.id, submission), submission: toSubmission(submission, deadline), handedIn: noPhotos }
    }
    case 'report':
    case 'status_report': {
      const report = await findReportForDeadline(tx, unitId, deadline.id)
      const pictures = report ? await signPictures(await findReportPictures(tx, report.id)) : []
      return {
        detail: {
          kind: 'report',
          reportId: report?.id ?? null,
          title: report?.title ?? '',
          body: report?.body ?? '',
          links: (report?.links ?? []).map((url, i) => ({ url, label: report?.link_labels[i] ?? '' })),
          pictures,
        },
        submission: toSubmission(report, deadline),
        handedIn: noPhotos,
      }
    }
    case 'other': {
      const submission = await findSubmission(tx, unitId, deadline.id)
      return { detail: { kind: 'other', body: submission?.body ?? '', links: submission?.links ?? [] }, submission: toSubmission(submission, deadline), handedIn: noPhotos }
    }
  }
}

export function toCellActivity(row: TActivityRow): TCellActivity {
  return {
    id: row.id,
    seq: row.seq_no,
    title: row.title,
    description: row.description,
    startsAt: toShanghaiIso(row.starts_at),
    endsAt: toShanghaiIso(row.ends_at),
    locationName: row.location_name,
    contact: [row.contact_name, row.contact_phone].filter(Boolean).join(' '),
    category: row.category,
    isKeyActivity: row.is_key_activity,
    status: row.status,
    coOrganisers: row.co_organisers,
  }
}

type THeader = { status: TSubmissionStatus; submitted_at: Date | null; returned_at: Date | null; return_reason: string | null }

function toSubmission(row: THeader | null, deadline: TDeadlineRow): TCellSubmission | null {
  if (!row) return null
  return {
    status: row.status,
    submittedAt: row.submitted_at ? toShanghaiIso(row.submitted_at) : null,
    returnedAt: row.returned_at ? toShanghaiIso(row.returned_at) : null,
    returnReason: row.status === 'returned' ? row.return_reason : null,
    late: row.submitted_at !== null && (row.status === 'submitted' || row.status === 'accepted') && row.submitted_at.getTime() > deadline.due_at.getTime(),
  }
}

async function signPictures(rows: TPictureRow[]): Promise<Array<{ id: string; url: string; caption: string | null }>> {
  return (await signShownCopies(rows, READ_URL_SECONDS)).map(({ row: p, url }) => ({ id: p.id, url, caption: p.caption }))
}

async function toCellShowcase(row: TShowcaseRow, pictures: TPictureRow[], organiser: boolean): Promise<TCellShowcase> {
  const describe = (items: string[], details: Record<string, string>) => items.map((item) => ({ item, description: details[item] ?? '' }))
  return {
    id: row.id,
    status: row.status,
    organisationName: row.organisation_name,
    projectName: row.project_name,
    summary: row.project_summary,
    displayContents: describe(row.display_contents, row.display_details),
    standardNeeds: row.standard_needs,
    extraNeeds: describe(row.extra_needs, row.extra_need_details),
    contactName: row.contact_name ?? '',
    contactUnitTitle: row.contact_unit_title ?? '',
    contactPhone: row.contact_phone ?? '',
    remark: row.remark ?? '',
    pictures: await signPictures(pictures),
    submittedAt: row.submitted_at ? toShanghaiIso(row.submitted_at) : null,
    returnedAt: row.returned_at ? toShanghaiIso(row.returned_at) : null,
    returnReason: row.status === 'returned' ? row.return_reason : null,
    canReturn: organiser && (row.status === 'submitted' || row.status === 'accepted'),
    canAccept: organiser && row.status === 'submitted',
  }
}

async function loadStats(
  tx: TTx,
  unitId: string,
  unitName: string,
  deadlineId: string,
  submission: Awaited<ReturnType<typeof findSubmission>>,
): Promise<Extract<TCellDetail, { kind: 'weekly_stats' }>> {
  const rows = await findStatsRows(tx, unitId, deadlineId)
  const served = await findStatsServed(tx, unitId, deadlineId)
  const header = submission ? await findStatsReturn(tx, submission.id) : null
  const pictures = submission ? await signPictures(await findStatsPictures(tx, submission.id)) : []
  const label = (population: string, description: string | null) =>
    population === 'other' ? `其他：${description ?? ''}` : (SERVED_POPULATIONS[population as TServedPopulation] ?? population)
  const statsRows = rows.map((row) => {
    const mine = served.filter((s) => s.activity_id === row.activity_id)
    return {
      activityName: formatActivityName(row.title, unitName, row.co_organisers),
      volunteerCount: row.volunteer_count,
      organisationCount: row.organisation_count,
      served: mine.map((s) => ({ label: label(s.population, s.description), count: s.served_count })),
      servedCount: mine.reduce((n, s) => n + s.served_count, 0),
      serviceHours: Number(row.service_hours),
      fundsYuan: row.funds_yuan === null ? null : Number(row.funds_yuan),
    }
  })
  const media = rows
    .filter((row) => row.print_reports !== null)
    .map((row) => ({
      activityName: formatActivityName(row.title, unitName, row.co_organisers),
      printReports: row.print_reports ?? 0,
      webReports: row.web_reports ?? 0,
      links: row.links ?? [],
      readCount: row.read_count ?? 0,
    }))
  const sum = <T>(list: T[], pick: (item: T) => number) => list.reduce((n, item) => n + pick(item), 0)
  return {
    kind: 'weekly_stats',
    figures: !submission ? 'none' : submission.status === 'submitted' || submission.status === 'accepted' ? 'submitted' : 'draft',
    rows: statsRows,
    media,
    totals: {
      volunteerCount: sum(statsRows, (r) => r.volunteerCount),
      organisationCount: sum(statsRows, (r) => r.organisationCount),
      servedCount: sum(statsRows, (r) => r.servedCount),
      // Hundredths, as the statistics table sums them (no binary-fraction drift in 合计).
      serviceHours: Math.round(sum(statsRows, (r) => Math.round(r.serviceHours * 100))) / 100,
      fundsYuan: Math.round(sum(statsRows, (r) => Math.round((r.fundsYuan ?? 0) * 100))) / 100,
      printReports: sum(media, (m) => m.printReports),
      webReports: sum(media, (m) => m.webReports),
      readCount: sum(media, (m) => m.readCount),
    },
    body: submission?.body ?? '',
    pictures,
    contactName: header?.contact_name ?? '',
    contactPhone: header?.contact_phone ?? '',
  }
}
