import type { TWeeklyStatsActionRequest, TWeeklyStatsResponse } from '../../../types/api/weekly-stats'
import { normalisePhone } from '../../../types/phone'
import { checkStatsRow, computeTotals } from '../../../types/weekly-stats'
import type { TSessionClaims } from '../auth/session-token'
import { recordAudit } from '../audit/record-audit'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { decideSubmission, refuseIf, submitRefusal } from '../submissions/decide-submission'
import { getWeeklyStats } from './get-weekly-stats'
import { loadRows, resolveReturn } from './load-stats-return'
import { freezeFigures, setReturnStatus } from './repository'
import { openEditableReturn, statsMessages } from './save-weekly-stats'
import { quoteName } from '../../../types/quote-name'

/**
 * Submits the return: refused after the deadline unless the organiser returned it (退回), refused
 * while anything required is missing (listing every gap), and otherwise the figures computed from
 * check-ins right now are frozen into the rows, the state becomes 已提交 and the audit log says who.
 */
export async function submitWeeklyStats(session: TSessionClaims, unitId: string, request: TWeeklyStatsActionRequest): Promise<TWeeklyStatsResponse> {
  await withUserTx(session, async (tx) => {
    const resolved = await resolveReturn(tx, unitId, request.deadlineId)
    const header = await openEditableReturn(tx, resolved)
    const { deadline, period, unit } = resolved
    refuseIf(submitRefusal(decideSubmission({ status: header.status, dueAt: deadline.due_at, now: new Date() }), statsMessages(deadline)))
    const { rows } = await loadRows(tx, resolved, 'live', header)
    const problems: string[] = []
    if (!header.contact_name?.trim()) problems.push('请填写联系人')
    if (!header.contact_phone || !normalisePhone(header.contact_phone)) problems.push('请填写联系电话（手机号或带区号的座机号）')
    if (deadline.kind === 'summary' && !header.body.trim()) problems.push('请填写活动总结')
    if (deadline.kind === 'weekly_stats' && rows.length > 0 && !header.body.trim()) problems.push('请填写新闻稿')
    for (const row of rows) {
      if (row.served.length === 0) problems.push(`${quoteName(row.title)}还没有选择覆盖人群类型`)
      problems.push(...checkStatsRow(row, row.title))
    }
    const first = problems[0]
    if (first) {
      throw new AppError('submission_incomplete', {
        userMessage: problems.length > 1 ? `${first}（共 ${problems.length} 处需要补充或修改）` : first,
        issues: problems.map((message) => ({ path: 'return', message })),
      })
    }
    await freezeFigures(
      tx,
      { campaignId: unit.campaign_id, unitId, deadlineId: deadline.id, weekEnding: period.weekEnding },
      rows.map((row) => ({ activityId: row.activityId, volunteerCount: row.volunteerCount, organisationCount: row.organisationCount, serviceHours: row.serviceHours })),
    )
    await setReturnStatus(tx, header.id, 'submitted', session.sub)
    await recordAudit(tx, {
      campaignId: unit.campaign_id,
      actorId: session.sub,
      action: header.status === 'returned' ? 'weekly_stats.resubmit' : 'weekly_stats.submit',
      entity: 'unit_submissions',
      entityId: header.id,
      after: { kind: deadline.kind, deadlineId: deadline.id, period: period.label, activities: rows.length, totals: computeTotals(rows) },
    })
  })
  return getWeeklyStats(session, { unitId, deadlineId: request.deadlineId })
}
