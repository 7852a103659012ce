import { ZStatsUnitParam, ZWeeklyStatsActionRequest, type TWeeklyStatsResponse } from '../../../../../types/api/weekly-stats'
import { defineHandler, requireSession } from '../../../../lib/http/define-handler'
import { parseInput } from '../../../../lib/http/parse-input'
import { submitWeeklyStats } from '../../../../lib/weekly-stats/submit-weekly-stats'

export default defineHandler({
  POST: async (ctx): Promise<TWeeklyStatsResponse> =>
    submitWeeklyStats(requireSession(ctx), parseInput(ZStatsUnitParam, { unitId: ctx.req.query.id }).unitId, parseInput(ZWeeklyStatsActionRequest, ctx.req.body)),
})
