import type { TWeeklyStatsActionRequest, TWeeklyStatsResponse } from '../../../types/api/weekly-stats'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { getWeeklyStats } from './get-weekly-stats'
import { resolveReturn } from './load-stats-return'
import { findReturnHeader, insertAudit, setReturnStatus, unfreezeFigures } from './repository'

/**
 * Takes a submitted return back to 草稿 so it can be corrected — only before the deadline (after it,
 * the organiser may already be counting it) and never once the organiser has accepted it.
 */
export async function withdrawWeeklyStats(session: TSessionClaims, unitId: string, request: TWeeklyStatsActionRequest): Promise<TWeeklyStatsResponse> {
  await withUserTx(session, async (tx) => {
    const { unit, deadline } = await resolveReturn(tx, unitId, request.deadlineId)
    const header = await findReturnHeader(tx, unitId, deadline.id, true)
    if (header?.status === 'accepted') throw new AppError('already_submitted', { userMessage: '统计表已被组织方接收，不能撤回' })
    if (!header || header.status !== 'submitted') throw new AppError('not_submitted', { userMessage: '统计表还没有提交，无需撤回' })
    if (Date.now() > deadline.due_at.getTime()) {
      throw new AppError('deadline_passed', { userMessage: '已过报送截止时间，不能撤回；如需更正请联系组织方退回' })
    }
    await unfreezeFigures(tx, unitId, deadline.id)
    await setReturnStatus(tx, header.id, 'draft', session.sub)
    await insertAudit(tx, { campaignId: unit.campaign_id, actorId: session.sub, action: 'weekly_stats.withdraw', entityId: header.id, after: { deadlineId: deadline.id } })
  })
  return getWeeklyStats(session, { unitId, deadlineId: request.deadlineId })
}
