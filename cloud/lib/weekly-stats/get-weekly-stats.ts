import type { TGetWeeklyStatsRequest, TWeeklyStatsResponse } from '../../../types/api/weekly-stats'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { loadStatsReturn, toStatsResponse } from './load-stats-return'

/** One unit's return for one deadline (a Friday or the summary), with figures, 合计 and state. */
export async function getWeeklyStats(session: TSessionClaims, request: TGetWeeklyStatsRequest): Promise<TWeeklyStatsResponse> {
  const loaded = await withUserTx(session, (tx) => loadStatsReturn(tx, request.unitId, request.deadlineId))
  return toStatsResponse(loaded)
}
