import type { TWeeklyStatsActionRequest, TWeeklyStatsResponse } from '../../../types/api/weekly-stats'
import type { TSessionClaims } from '../auth/session-token'
import { recordAudit } from '../audit/record-audit'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { decideSubmission, withdrawRefusal } from '../submissions/decide-submission'
import { getWeeklyStats } from './get-weekly-stats'
import { resolveReturn } from './load-stats-return'
import { findReturnHeader, setReturnStatus, unfreezeFigures } from './repository'
import { statsMessages } from './save-weekly-stats'

/**
 * Takes a submitted return back to 草稿 so it can be corrected — only before the deadline (after it,
 * the organiser may already be counting it) and never once the organiser has accepted it.
 */
export async function withdrawWeeklyStats(session: TSessionClaims, unitId: string, request: TWeeklyStatsActionRequest): Promise<TWeeklyStatsResponse> {
  await withUserTx(session, async (tx) => {
    const { unit, deadline } = await resolveReturn(tx, unitId, request.deadlineId)
    const header = await findReturnHeader(tx, unitId, deadline.id, true)
    const refusal = withdrawRefusal(decideSubmission({ status: header?.status ?? 'draft', dueAt: deadline.due_at, now: new Date() }), statsMessages(deadline))
    if (refusal || !header) throw new AppError(refusal?.code ?? 'not_submitted', { userMessage: refusal?.message })
    await unfreezeFigures(tx, unitId, deadline.id)
    await setReturnStatus(tx, header.id, 'draft', session.sub)
    await recordAudit(tx, { campaignId: unit.campaign_id, actorId: session.sub, action: 'weekly_stats.withdraw', entity: 'unit_submissions', entityId: header.id, after: { deadlineId: deadline.id } })
  })
  return getWeeklyStats(session, { unitId, deadlineId: request.deadlineId })
}
