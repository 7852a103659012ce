import { checkReportLink, type TReport, type TSaveReportRequest } from '../../../types/api/reports'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError, type TFieldIssue } from '../errors/app-error'
import { getReport } from './get-report'
import { requireEditable } from './guards'
import { findManagedUnit, findReport, insertReport, listReportDeadlines, updateReportContent } from './repository'

/** Every link must open in a browser; each bad one is named by its place in the list. */
function checkLinks(links: TSaveReportRequest['links']): void {
  const issues: TFieldIssue[] = []
  links.forEach((link, i) => {
    const problem = link.url ? checkReportLink(link.url) : '网址不能为空'
    if (problem) issues.push({ path: `links.${i}.url`, message: `第 ${i + 1} 个链接${problem}` })
  })
  const first = issues[0]
  if (first) throw new AppError('validation_failed', { userMessage: issues.map((issue) => issue.message).join('；'), issues })
}

/**
 * Saves the unit's report for a deadline as a draft, creating it on the first save. A returned
 * report keeps 已退回 and the organiser's reason until it is submitted again.
 */
export async function saveReportDraft(session: TSessionClaims, request: TSaveReportRequest): Promise<TReport> {
  checkLinks(request.links)
  const id = await withUserTx(session, async (tx) => {
    const unit = await findManagedUnit(tx, request.id)
    if (!unit) throw new AppError('unit_not_found', { userMessage: '单位不存在，或你不是该单位的联系人' })
    const deadline = (await listReportDeadlines(tx, unit.campaignId, unit.id)).find((d) => d.id === request.deadlineId)
    if (!deadline) throw new AppError('not_found', { userMessage: '没有找到这次报告的截止日期' })
    const content = {
      title: request.title || `${unit.name}${deadline.title}`.slice(0, 100),
      body: request.body,
      links: request.links.map((l) => l.url),
      linkLabels: request.links.map((l) => l.label),
    }
    const existing = await findReport(tx, { unitId: unit.id, deadlineId: deadline.id }, { lock: true })
    if (!existing) {
      return insertReport(tx, { ...content, campaignId: unit.campaignId, unitId: unit.id, deadlineId: deadline.id, kind: deadline.kind })
    }
    requireEditable(existing)
    await updateReportContent(tx, existing.id, content)
    return existing.id
  })
  return getReport(session, id)
}
