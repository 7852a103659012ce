import { ZStatsUnitParam, ZWeeklyStatsActionRequest, type TWeeklyStatsResponse } from '../../../../../types/api/weekly-stats'
import { defineHandler, requireSession } from '../../../../lib/http/define-handler'
import { parseInput } from '../../../../lib/http/parse-input'
import { withdrawWeeklyStats } from '../../../../lib/weekly-stats/withdraw-weekly-stats'

export default defineHandler({
  POST: async (ctx): Promise<TWeeklyStatsResponse> =>
    withdrawWeeklyStats(requireSession(ctx), parseInput(ZStatsUnitParam, { unitId: ctx.req.query.id }).unitId, parseInput(ZWeeklyStatsActionRequest, ctx.req.body)),
})
