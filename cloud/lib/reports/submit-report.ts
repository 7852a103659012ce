import type { TReport } from '../../../types/api/reports'
import type { TSessionClaims } from '../auth/session-token'
import { recordAudit } from '../audit/record-audit'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { refuseIf, submitRefusal } from '../submissions/decide-submission'
import { getReport } from './get-report'
import { decideReport, loadReport, reportMessages } from './guards'
import { listPictures, markSubmitted } from './repository'
import { findReportProblems } from './to-report'

/** Hands the report in: text required; after the deadline only a returned (退回) report may be. */
export async function submitReport(session: TSessionClaims, id: string): Promise<TReport> {
  await withUserTx(session, async (tx) => {
    const row = await loadReport(tx, id, { lock: true })
    refuseIf(submitRefusal(decideReport(row, new Date()), reportMessages(row)))
    const problems = findReportProblems(row)
    if (problems.length > 0) {
      throw new AppError('submission_incomplete', {
        userMessage: `还不能提交：${problems.join('；')}`,
        issues: problems.map((message) => ({ path: message.includes('标题') ? 'title' : 'body', message })),
      })
    }
    const pictures = await listPictures(tx, id)
    await markSubmitted(tx, id, session.sub)
    await recordAudit(tx, {
      campaignId: row.campaign_id,
      actorId: session.sub,
      action: row.status === 'returned' ? 'report.resubmit' : 'report.submit',
      entity: 'report',
      entityId: id,
      before: { status: row.status },
      after: { status: 'submitted', characters: row.body.length, pictures: pictures.length, links: row.links.length },
    })
  })
  return getReport(session, id)
}
