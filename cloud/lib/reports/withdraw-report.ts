import type { TReport } from '../../../types/api/reports'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { getReport } from './get-report'
import { deadlinePassed, loadReport } from './guards'
import { insertAudit, markWithdrawn } from './repository'

/** Back to a draft to change it, before the deadline only (after it the organiser has it). */
export async function withdrawReport(session: TSessionClaims, id: string): Promise<TReport> {
  await withUserTx(session, async (tx) => {
    const row = await loadReport(tx, id, { lock: true })
    if (row.status !== 'submitted') throw new AppError('not_submitted', { userMessage: '报告还没有提交，无需撤回' })
    if (deadlinePassed(row, new Date())) throw new AppError('deadline_passed', { userMessage: '已过报告截止时间，不能再撤回；如需修改请联系组织方' })
    await markWithdrawn(tx, id)
    await insertAudit(tx, { campaignId: row.campaign_id, actorId: session.sub, action: 'report.withdraw', entityId: id, before: { status: 'submitted' }, after: { status: 'draft' } })
  })
  return getReport(session, id)
}
