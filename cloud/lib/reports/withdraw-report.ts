import type { TReport } from '../../../types/api/reports'
import type { TSessionClaims } from '../auth/session-token'
import { recordAudit } from '../audit/record-audit'
import { withUserTx } from '../db/transaction'
import { refuseIf, withdrawRefusal } from '../submissions/decide-submission'
import { getReport } from './get-report'
import { decideReport, loadReport, reportMessages } from './guards'
import { markWithdrawn } from './repository'

/** Back to a draft to change it, before the deadline only (after it the organiser has it). */
export async function withdrawReport(session: TSessionClaims, id: string): Promise<TReport> {
  await withUserTx(session, async (tx) => {
    const row = await loadReport(tx, id, { lock: true })
    refuseIf(withdrawRefusal(decideReport(row, new Date()), reportMessages(row)))
    await markWithdrawn(tx, id)
    await recordAudit(tx, { campaignId: row.campaign_id, actorId: session.sub, action: 'report.withdraw', entity: 'report', entityId: id, before: { status: 'submitted' }, after: { status: 'draft' } })
  })
  return getReport(session, id)
}
